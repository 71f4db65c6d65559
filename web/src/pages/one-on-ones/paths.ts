/** Links to the 1:1, support plan and template pages, ids encoded. */
const person = (id: string) => `/people/${encodeURIComponent(id)}`;

export const oneOnOnePaths = {
  list: '/one-on-ones',
  pair: (id: string) => `${person(id)}/one-on-ones`,
  supportPlans: (id: string) => `${person(id)}/support-plans`,
  templates: '/templates',
};
