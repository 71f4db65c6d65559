/**
 * What a demo run will generate, decided before any event is drawn: the organisation, the
 * service profiles, the pagers and rotas, the SLOs and the time span. Everything here is small
 * (at most a few thousand objects); the events themselves are produced lazily from it.
 */
import type { Rng } from './random.js';
import type { Org } from './people.js';
import type { PagerProfile } from './pages.js';
import type { RotaSpec } from './oncall.js';
import type { ServiceProfile } from './services.js';
import type { SloSpec } from './sli.js';
import { buildLumenOrg } from './org.js';
import { extendToLarge } from './large-org.js';
import { DEMO_DOMAIN } from './lumen.js';
import { LUMEN_GO_TO, lumenPagers } from './lumen-oncall.js';
import { NameBook } from './names.js';
import { lumenServices } from './services.js';
import { demoSloSpecs } from './sli.js';
import type { Situations } from './situations.js';

export interface DemoPlan {
  org: Org;
  services: ServiceProfile[];
  pagers: PagerProfile[];
  rotas: Map<string, RotaSpec>;
  slos: SloSpec[];
  /** Change authors per team (emails, as git has them). */
  authors: Map<string, string[]>;
  years: number;
  /** How many of `services` (the first ones) are Lumen's own, and Lumen's own teams: the rest is large-scale filler. */
  lumenServices: number;
  lumenTeams: Set<string>;
}

export function buildPlan(scale: 'default' | 'large', rng: Rng, anchor: number, s: Situations): DemoPlan {
  const book = new NameBook(DEMO_DOMAIN);
  const org = buildLumenOrg(rng.fork('org'), anchor, book);
  const zoneOfTeam = new Map(org.teams.map((t) => [t.id, t.timezone ?? 'UTC']));
  const zoneOf = (team: string) => zoneOfTeam.get(team) ?? 'UTC';
  const services = lumenServices(s, zoneOf);
  const pagers = lumenPagers(s);
  const lumenServiceCount = services.length;
  const lumenTeams = new Set(org.engineers.keys());
  if (scale === 'large') {
    const more = extendToLarge(org, book, rng.fork('large-org'), anchor, services.length);
    services.push(...more.services);
    pagers.push(...more.pagers);
  }
  const rotas = new Map<string, RotaSpec>();
  const authors = new Map<string, string[]>();
  for (const [team, engineers] of org.engineers) {
    const goTo = (LUMEN_GO_TO as Record<string, RotaSpec['goTo']>)[team];
    rotas.set(team, { team, timezone: zoneOf(team), engineers: engineers.map((e) => e.id), ...(goTo ? { goTo } : {}) });
    authors.set(team, engineers.map((e) => e.email ?? e.id));
  }
  const serviceZone = new Map(services.map((p) => [p.id, p.timezone]));
  const slos = demoSloSpecs(s, anchor, (service) => serviceZone.get(service) ?? 'UTC');
  return { org, services, pagers, rotas, slos, authors, years: scale === 'large' ? 3 : 1, lumenServices: lumenServiceCount, lumenTeams };
}
