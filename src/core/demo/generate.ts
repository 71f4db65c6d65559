/**
 * The demo generator: a seeded, pure, streaming source of import records.
 *
 * Records come in dependency order — teams (parents first), people (managers first), services,
 * then per service its changes followed by its deployments and incidents in time order, then
 * pages, on-call shifts, SLI slices and last pull requests — so a reader that stores them one by one never meets an
 * id it has not seen. (Deployments and incidents are interleaved by time because they refer to
 * each other: an incident is `causedBy` an earlier deployment, a hotfix `remediates` an earlier
 * incident.)
 *
 * It is a generator so the large benchmark organisation (millions of records) is never held in
 * memory: one service's history, one team's pages, one SLO's minutes at a time.
 */
import type { TrellisRecord } from '../records/schemas.js';
import { Rng } from './random.js';
import { simulateService } from './delivery-events.js';
import { pagesForShift } from './pages.js';
import { rota, shiftRecords } from './oncall.js';
import { sliSlices } from './sli.js';
import { situationsFor } from './situations.js';
import { servicePullRequests, type PullRequestTeam } from './pull-requests.js';
import { buildPlan, type DemoPlan } from './plan.js';
import { DAY, Zones } from './zone.js';
import { withIncidentDetails } from './incident-details.js';
import type { Shift } from './oncall.js';

export interface DemoOptions {
  /** Same seed and options give a byte-identical record sequence. */
  seed: number;
  /** `default`: Lumen Freight (~60 engineers, 20 services, 1 year). `large`: 2,000 engineers, 500 services, 3 years. */
  scale: 'default' | 'large';
  /** Epoch ms: the end of the generated history ("now"); callers pass the start of today, UTC. */
  anchor: number;
  /** Days of per-minute SLI data before the anchor (default 35 at default scale, 0 at large). */
  sliDays?: number;
}

export function* generateDemo(opts: DemoOptions): Generator<TrellisRecord> {
  if (!Number.isFinite(opts.anchor)) throw new Error('anchor must be a finite epoch-ms number');
  const root = new Rng(opts.seed >>> 0);
  const zones = new Zones();
  const plan = buildPlan(opts.scale, root, opts.anchor, situationsFor(opts.anchor));
  const from = opts.anchor - plan.years * 365 * DAY;

  yield* plan.org.teams;
  yield* plan.org.people;
  for (const p of plan.services) yield { kind: 'service', id: p.id, name: p.id, team: p.team };
  // Each team's rota, computed once for the incidents' participants (the pages recompute their own).
  const rotas = new Map<string, Shift[]>();
  const shiftsOf = (team: string): Shift[] => {
    let shifts = rotas.get(team);
    const spec = plan.rotas.get(team);
    if (shifts === undefined) rotas.set(team, (shifts = spec ? rota(spec, root.fork(`rota:${team}`), zones.get(spec.timezone), from, opts.anchor) : []));
    return shifts;
  };
  for (const p of plan.services) {
    const history = simulateService(p, root.fork(`service:${p.id}`), zones.get(p.timezone), from, opts.anchor, plan.authors.get(p.team) ?? []);
    yield* history.changes;
    const goTo = plan.rotas.get(p.team)?.goTo?.person;
    for (const e of history.events) yield e.kind === 'incident' ? withIncidentDetails(e, shiftsOf(p.team), goTo) : e;
  }
  rotas.clear();
  yield* pages(plan, root, zones, from, opts.anchor);
  for (const spec of plan.rotas.values()) {
    yield* shiftRecords(spec, rota(spec, root.fork(`rota:${spec.team}`), zones.get(spec.timezone), from, opts.anchor));
  }
  const sliDays = opts.sliDays ?? (opts.scale === 'large' ? 0 : 35);
  for (const slo of plan.slos) {
    yield* sliSlices(slo, root.fork(`sli:${slo.id}`), zones.get(slo.timezone), opts.anchor - sliDays * DAY, opts.anchor);
  }
  yield* pullRequests(plan, root, zones, from, opts.anchor);
}

/** Pull requests of Lumen's own services (also at large scale; see pull-requests.ts). */
function* pullRequests(plan: DemoPlan, root: Rng, zones: Zones, from: number, anchor: number): Generator<TrellisRecord> {
  const teams = new Map<string, PullRequestTeam>();
  for (const [team, engineers] of plan.org.engineers) teams.set(team, { team, engineers: engineers.map((e) => e.id) });
  for (const p of plan.services.slice(0, plan.lumenServices)) {
    const owner = teams.get(p.team);
    if (owner === undefined) continue;
    const others = [...teams.values()].filter((t) => t.team !== p.team && plan.lumenTeams.has(t.team));
    yield* servicePullRequests(p.id, owner, others, root.fork(`pull-requests:${p.id}`), zones.get(p.timezone), from, anchor);
  }
}

/** Pages team by team; each team's rota is recomputed from its own stream, not kept. */
function* pages(plan: DemoPlan, root: Rng, zones: Zones, from: number, anchor: number): Generator<TrellisRecord> {
  for (const pager of plan.pagers) {
    const spec = plan.rotas.get(pager.team);
    if (spec === undefined) continue;
    const zone = zones.get(spec.timezone);
    const rng = root.fork(`pages:${pager.team}`);
    let n = 0;
    const nextId = () => `page-${pager.team}-${++n}`;
    for (const shift of rota(spec, root.fork(`rota:${spec.team}`), zone, from, anchor)) {
      yield* pagesForShift(pager, shift, rng, zone, anchor, nextId);
    }
  }
}
