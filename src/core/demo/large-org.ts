/**
 * The benchmark organisation: Lumen Freight grown to 250 teams, 2,000 engineers and 500
 * services. Twenty-one departments of ten or eleven teams each join Engineering; every team
 * gets a manager and seven or eight engineers, two or three services drawn from the mixture of
 * delivery shapes, and a pager. Only the organisation is built up front (a few thousand small
 * objects); events are generated service by service.
 */
import type { Rng } from './random.js';
import type { Org, PersonRecord } from './people.js';
import type { PagerProfile } from './pages.js';
import { generated } from './org.js';
import { NameBook, slug } from './names.js';
import { ROOT_TEAM } from './lumen.js';
import { randomIcLevel } from './people.js';
import { serviceProfile, type ServiceProfile } from './services.js';
import { SHAPES, SHAPE_MIX, type Shape } from './shapes.js';

const DEPARTMENTS = [
  'Routing', 'Fleet', 'Customs', 'Warehousing', 'Pricing', 'Tracking', 'Notifications', 'Partners', 'Dispatch', 'Carriers',
  'Returns', 'Claims', 'Compliance', 'Marketplace', 'Loyalty', 'Support Tools', 'Documents', 'Forecasting', 'Telematics',
  'Procurement', 'Yard Management',
] as const;
const SQUADS = ['Core', 'API', 'Edge', 'Insights', 'Tools', 'Web', 'Workers', 'Integrations', 'Quality', 'Mobile', 'Infra'] as const;
const SERVICE_NOUNS = ['api', 'worker', 'web', 'scheduler', 'gateway', 'store', 'sync', 'events'] as const;
const ZONES = [
  'Europe/London', 'Europe/Berlin', 'America/New_York', 'Europe/Madrid', 'America/Sao_Paulo',
  'Europe/Warsaw', 'America/Chicago', 'Europe/Amsterdam', 'America/Toronto', 'America/Los_Angeles',
] as const;

export const LARGE = { teams: 250, engineers: 2000, services: 500 } as const;

export interface LargeExtension {
  services: ServiceProfile[];
  pagers: PagerProfile[];
}

/** Adds the departments to `org` (in place) and returns their services and pagers. */
export function extendToLarge(org: Org, book: NameBook, rng: Rng, anchor: number, existingServices: number): LargeExtension {
  const leafTeams = LARGE.teams - org.teams.length - DEPARTMENTS.length;
  const engineersToAdd = LARGE.engineers - countEngineers(org.people) - DEPARTMENTS.length - leafTeams;
  const servicesToAdd = LARGE.services - existingServices;
  const out: LargeExtension = { services: [], pagers: [] };
  let leaf = 0;
  DEPARTMENTS.forEach((department, d) => {
    const deptId = slug(department);
    const timezone = ZONES[d % ZONES.length]!;
    org.teams.push({ kind: 'team', id: deptId, name: department, parent: ROOT_TEAM, timezone });
    const head = generated(rng, anchor, book, { team: deptId, manager: 'priya-raman', level: 'M2', track: 'manager', timezone }, false);
    org.people.push(head);
    const teamsHere = Math.floor(leafTeams / DEPARTMENTS.length) + (d < leafTeams % DEPARTMENTS.length ? 1 : 0);
    for (let i = 0; i < teamsHere; i++, leaf++) {
      const teamId = `${deptId}-${slug(SQUADS[i % SQUADS.length]!)}`;
      org.teams.push({ kind: 'team', id: teamId, name: `${department} ${SQUADS[i % SQUADS.length]!}`, parent: deptId, timezone });
      const manager = generated(rng, anchor, book, { team: teamId, manager: head.id, level: 'M1', track: 'manager', timezone }, false);
      const size = Math.floor(engineersToAdd / leafTeams) + (leaf < engineersToAdd % leafTeams ? 1 : 0);
      const engineers = Array.from({ length: size }, () =>
        generated(rng, anchor, book, { team: teamId, manager: manager.id, level: randomIcLevel(rng), track: 'ic', timezone, mayLiveElsewhere: true }, false),
      );
      org.people.push(manager, ...engineers);
      org.engineers.set(teamId, engineers);
      const serviceCount = Math.floor(servicesToAdd / leafTeams) + (leaf < servicesToAdd % leafTeams ? 1 : 0);
      const services = rng.shuffle([...SERVICE_NOUNS]).slice(0, serviceCount).map((noun) => `${teamId}-${noun}`);
      for (const id of services) out.services.push(serviceProfile(id, teamId, timezone, jitteredShape(rng)));
      out.pagers.push(randomPager(rng, teamId, services));
    }
  });
  return out;
}

function countEngineers(people: readonly PersonRecord[]): number {
  return people.filter((p) => p.track === 'ic' || p.track === 'manager').length;
}

/** A shape from the mixture with its rates spread, so no two services look alike. */
function jitteredShape(rng: Rng): Shape {
  const base: Shape = SHAPES[rng.weighted(SHAPE_MIX)];
  const spread = () => rng.lognormal(1, 0.35);
  const cadence = base.cadence.kind === 'daily' ? { ...base.cadence, perDay: base.cadence.perDay * spread() } : base.cadence;
  return {
    ...base,
    cadence,
    changesPerDay: base.changesPerDay * spread(),
    reviewHours: base.reviewHours * spread(),
    failureRate: Math.min(0.35, base.failureRate * rng.lognormal(1, 0.4)),
    incidentsPerMonth: base.incidentsPerMonth * spread(),
  };
}

function randomPager(rng: Rng, team: string, services: readonly string[]): PagerProfile {
  const perWeek = rng.lognormal(4, 0.6);
  const actionable = rng.float(0.45, 0.85);
  return { team, services, pagesPerWeekAt: () => perWeek, actionableAt: () => actionable, nightWeight: rng.float(0.6, 1.4) };
}
