/**
 * The fixed cast of the demo organisation, Lumen Freight (spec/demo.md). These do not depend on
 * the seed: browser tests and sign-in pages look people up by these ids and emails.
 */
export const DEMO_DOMAIN = 'lumen.example';
export const ROOT_TEAM = 'engineering';

export type DemoRole = 'director' | 'manager' | 'engineer' | 'people-partner' | 'compensation-reviewer' | 'admin';

export interface DemoPerson {
  id: string;
  firstname: string;
  name: string;
  email: string;
  /** Team id; the people partner, compensation reviewer and admin belong to no engineering team. */
  team?: string;
  role: DemoRole;
  level?: string;
}

function person(first: string, last: string, role: DemoRole, team?: string, level?: string): DemoPerson {
  const id = last === '' ? first.toLowerCase() : `${first}-${last}`.toLowerCase();
  return {
    id,
    firstname: first,
    name: last === '' ? first : `${first} ${last}`,
    email: `${first.toLowerCase()}@${DEMO_DOMAIN}`,
    ...(team === undefined ? {} : { team }),
    role,
    ...(level === undefined ? {} : { level }),
  };
}

/** The named people of spec/demo.md, plus `admin`. */
export const demoPeople: readonly DemoPerson[] = [
  person('Priya', 'Raman', 'director', ROOT_TEAM, 'M3'),
  person('Sofia', 'Rossi', 'manager', 'platform', 'M2'),
  person('Greg', 'Hale', 'manager', 'mobile', 'M1'),
  person('Amara', 'Okafor', 'engineer', 'platform', 'L4'),
  person('Dev', 'Patel', 'engineer', 'payments', 'L3'),
  person('Jonas', 'Weber', 'engineer', 'search', 'L3'),
  person('Mei', 'Lin', 'engineer', 'identity', 'L3'),
  person('Hannah', 'Cole', 'people-partner'),
  person('Omar', 'Haddad', 'compensation-reviewer'),
  person('Admin', '', 'admin'),
];

export function demoPerson(id: string): DemoPerson {
  const found = demoPeople.find((p) => p.id === id);
  if (found === undefined) throw new Error(`no demo person ${id}`);
  return found;
}

export interface LumenTeam {
  id: string;
  name: string;
  timezone: string;
  /** Engineers on the team besides the manager (named people included). */
  engineers: number;
}

/** The eight teams under Engineering, in Europe and the Americas. */
export const LUMEN_TEAMS: readonly LumenTeam[] = [
  { id: 'platform', name: 'Platform', timezone: 'Europe/London', engineers: 8 },
  { id: 'payments', name: 'Payments', timezone: 'Europe/Berlin', engineers: 7 },
  { id: 'search', name: 'Search', timezone: 'America/New_York', engineers: 6 },
  { id: 'identity', name: 'Identity', timezone: 'Europe/Dublin', engineers: 6 },
  { id: 'mobile', name: 'Mobile', timezone: 'America/Sao_Paulo', engineers: 7 },
  { id: 'data', name: 'Data', timezone: 'Europe/Amsterdam', engineers: 6 },
  { id: 'growth', name: 'Growth', timezone: 'Europe/Berlin', engineers: 6 },
  { id: 'sre', name: 'SRE', timezone: 'America/Chicago', engineers: 6 },
];

/** Time zones a remote engineer of a team may live in, by the team's region. */
export const NEARBY_ZONES: Record<string, readonly string[]> = {
  Europe: ['Europe/London', 'Europe/Berlin', 'Europe/Madrid', 'Europe/Warsaw', 'Europe/Lisbon', 'Europe/Amsterdam'],
  America: ['America/New_York', 'America/Chicago', 'America/Sao_Paulo', 'America/Toronto', 'America/Bogota'],
};
