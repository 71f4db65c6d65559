/** Links to the app's record pages, in one place so ids are always encoded. */
const at = (base: string, id: string): string => `${base}/${encodeURIComponent(id)}`;

export const paths = {
  team: (id: string) => at('/teams', id),
  person: (id: string) => at('/people', id),
  personPrivate: (id: string) => `${at('/people', id)}/private`,
  personDocument: (id: string) => `${at('/people', id)}/document`,
  service: (id: string) => at('/services', id),
  teamDelivery: (id: string) => `${at('/teams', id)}/delivery`,
  teamOncall: (id: string) => `${at('/teams', id)}/oncall`,
  incident: (id: string) => at('/incidents', id),
  serviceDelivery: (id: string) => `${at('/services', id)}/delivery`,
  serviceReliability: (id: string) => `${at('/services', id)}/reliability`,
};
