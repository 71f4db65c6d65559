/**
 * Lumen Freight's organisation (spec/demo.md): Engineering with eight teams, a manager per team
 * reporting to Priya Raman, the named people in their teams, and generated engineers to fill
 * each team. Generated first names are kept distinct so every sign-in is `<firstname>@…`.
 */
import type { Rng } from './random.js';
import { NameBook, randomName } from './names.js';
import { DEMO_DOMAIN, LUMEN_TEAMS, ROOT_TEAM, demoPeople, type DemoPerson } from './lumen.js';
import { personRecord, randomIcLevel, type Org, type PersonRecord, type PersonSpec } from './people.js';

const DIRECTOR = 'priya-raman';

export function buildLumenOrg(rng: Rng, anchor: number, book = new NameBook(DEMO_DOMAIN)): Org {
  for (const p of demoPeople) book.reserve(p.id, p.firstname.toLowerCase());
  const org: Org = {
    teams: [{ kind: 'team', id: ROOT_TEAM, name: 'Engineering', timezone: 'Europe/London' }],
    people: [],
    engineers: new Map(),
  };
  const named = (p: DemoPerson, extra: Partial<PersonSpec> & { tenureYears: number }): PersonRecord =>
    personRecord(rng, anchor, {
      id: p.id,
      name: p.name,
      email: p.email,
      team: p.team,
      level: p.level,
      ...extra,
    });

  org.people.push(named(demoPeople[0]!, { track: 'manager', timezone: 'Europe/London', tenureYears: 6 }));
  const reports: PersonRecord[] = [];
  for (const team of LUMEN_TEAMS) {
    org.teams.push({ kind: 'team', id: team.id, name: team.name, parent: ROOT_TEAM, timezone: team.timezone });
    const cast = demoPeople.filter((p) => p.team === team.id);
    const namedManager = cast.find((p) => p.role === 'manager');
    const manager = namedManager
      ? named(namedManager, { manager: DIRECTOR, track: 'manager', timezone: team.timezone, tenureYears: 4 })
      : generated(rng, anchor, book, { team: team.id, manager: DIRECTOR, level: 'M1', track: 'manager', timezone: team.timezone });
    org.people.push(manager);
    const engineers = cast
      .filter((p) => p.role === 'engineer')
      .map((p) => named(p, { manager: manager.id, track: 'ic', timezone: team.timezone, tenureYears: rng.float(1.5, 4) }));
    while (engineers.length < team.engineers) {
      engineers.push(
        generated(rng, anchor, book, {
          team: team.id,
          manager: manager.id,
          level: randomIcLevel(rng),
          track: 'ic',
          timezone: team.timezone,
          mayLiveElsewhere: true,
        }),
      );
    }
    org.engineers.set(team.id, engineers);
    reports.push(...engineers);
  }
  org.people.push(...reports);
  for (const p of demoPeople.filter((d) => d.team === undefined)) {
    org.people.push(named(p, { timezone: 'Europe/London', tenureYears: 3 }));
  }
  return org;
}

type GeneratedSpec = Omit<PersonSpec, 'id' | 'name' | 'email' | 'tenureYears'>;

/** A generated person with a fresh first name when one is left, and a plausible tenure. */
export function generated(rng: Rng, anchor: number, book: NameBook, spec: GeneratedSpec, freshFirst = true): PersonRecord {
  const [first, last] = randomName(rng, book, freshFirst);
  const identity = book.add(first, last);
  const tenureYears = spec.track === 'manager' ? rng.float(2, 8) : rng.lognormal(2.5, 0.6);
  return personRecord(rng, anchor, { ...identity, ...spec, tenureYears });
}
