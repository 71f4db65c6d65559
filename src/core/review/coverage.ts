/**
 * Who a review cycle covers: the active people with a team. Staff outside the engineering
 * org chart (an administrator, the people partner, the compensation reviewer) have no team and
 * are not reviewees. Active people left out are named, never silently dropped: an engineer
 * imported without a team shows up as "no team, not in this cycle" so someone can fix the record.
 */

export interface CoverablePerson {
  id: string;
  name: string;
  team: string | null;
  active: boolean;
}

export interface CycleCoverage<P extends CoverablePerson> {
  /** Active people with a team, in the order given. */
  covered: P[];
  /** Active people without a team: not in the cycle, and said so. */
  leftOut: P[];
}

export function cycleCoverage<P extends CoverablePerson>(people: readonly P[]): CycleCoverage<P> {
  const active = people.filter((p) => p.active);
  return { covered: active.filter((p) => p.team !== null), leftOut: active.filter((p) => p.team === null) };
}

/** "3 active people have no team and are not in this cycle: Admin, Hannah Cole, Omar Haddad." — or null when nobody is left out. */
export function leftOutSentence(leftOut: readonly { name: string }[]): string | null {
  if (leftOut.length === 0) return null;
  const names = leftOut.map((p) => p.name).join(', ');
  return leftOut.length === 1 ? `1 active person has no team and is not in this cycle: ${names}.` : `${leftOut.length} active people have no team and are not in this cycle: ${names}.`;
}
