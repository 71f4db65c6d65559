/**
 * Generated delivery histories for the tests that compare the facts paths with the events paths
 * (delivery-facts.test.ts, compare-delivery-facts.test.ts): about 200 days per service with the
 * cases that reach across a window — rollbacks by id and by commit, redeploys, reverts inside and
 * outside 14 days, remediations, incidents caused in another service of the team, clock skew,
 * merges, deployments listing nothing, staging.
 */
import { DAY } from '../../core/delivery/index.js';
import type { TrellisRecord } from '../../core/records/schemas.js';

export const HOUR = 3_600_000;
export const start = Date.parse('2024-01-01T00:00:00Z');
export const iso = (ms: number) => new Date(ms).toISOString();

/** A small deterministic generator (mulberry32): the same histories on every run. */
export function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const org: TrellisRecord[] = [
  { kind: 'team', id: 'red', name: 'Red', timezone: 'Europe/Berlin' },
  { kind: 'team', id: 'blue', name: 'Blue', timezone: 'America/New_York' },
  { kind: 'service', id: 'r1', name: 'r1', team: 'red' },
  { kind: 'service', id: 'r2', name: 'r2', team: 'red' },
  { kind: 'service', id: 'b1', name: 'b1', team: 'blue' },
  { kind: 'service', id: 'b2', name: 'b2', team: 'blue' },
];

/** About 200 days of one service: changes, deployments in two environments, incidents. */
export function history(s: string, seed: number, peers: string[]): TrellisRecord[] {
  const rnd = random(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const out: TrellisRecord[] = [];
  const changes: string[] = [];
  const deployments: string[] = [];
  let pending: string[] = [];
  let t = start + Math.floor(rnd() * DAY);
  for (let n = 0; t < start + 200 * DAY; n++) {
    t += Math.floor(rnd() * 10 * HOUR);
    const id = `${s}-c${n}`;
    const change: TrellisRecord = { kind: 'change', id, service: s, committedAt: iso(t), isMerge: rnd() < 0.2 };
    if (changes.length > 3 && rnd() < 0.06) change.revertOf = pick(changes.slice(-40));
    out.push(change);
    changes.push(id);
    pending.push(id);
    if (rnd() < 0.35) {
      const at = t + Math.floor(rnd() * 6 * HOUR);
      const d = `${s}-d${n}`;
      const dep: TrellisRecord = { kind: 'deployment', id: d, service: s, finishedAt: iso(at), commit: rnd() < 0.1 && deployments.length > 0 ? `${s}-c${Math.max(0, n - 30)}` : id };
      const r = rnd();
      if (deployments.length === 0 && seed % 2 === 0) {
        // The first deployment lists nothing: it ships everything before it, as baseline.
      } else if (r < 0.75) dep.changes = pending;
      else if (r < 0.85) for (const c of pending) out.push({ kind: 'change', id: `${c}-named`, service: s, committedAt: iso(t - HOUR), deployment: d });
      if (rnd() < 0.05 && deployments.length > 0) dep.rollbackOf = pick(rnd() < 0.3 ? deployments : deployments.slice(-5));
      if (rnd() < 0.05) dep.status = 'failure';
      out.push(dep);
      if (dep.status !== 'failure') deployments.push(d);
      if (rnd() < 0.5) out.push({ kind: 'deployment', id: `${s}-st${n}`, service: s, environment: 'staging', finishedAt: iso(at - HOUR), commit: id, changes: pending });
      pending = [];
      if (rnd() < 0.04) out.push({ kind: 'deployment', id: `${d}-again`, service: s, finishedAt: iso(at + HOUR), commit: id });
    }
    if (rnd() < 0.08 && deployments.length > 0) {
      const started = t + Math.floor(rnd() * 30 * HOUR);
      const causeOwner = rnd() < 0.2 ? pick(peers) : s;
      const incident: TrellisRecord = { kind: 'incident', id: `${s}-i${n}`, service: causeOwner, startedAt: iso(started) };
      if (rnd() < 0.85) incident.resolvedAt = iso(started + Math.floor(rnd() * 40 * HOUR));
      // Now and then an incident (or a rollback) names a deployment from months ago: a report
      // whose window ends more than 14 days before it must not see it.
      if (rnd() < 0.7) incident.causedBy = pick(rnd() < 0.2 ? deployments : deployments.slice(-6));
      out.push(incident);
      if (rnd() < 0.3) out.push({ kind: 'deployment', id: `${s}-fix${n}`, service: s, finishedAt: iso(started + 5 * HOUR), commit: id, remediates: incident.id });
    }
    if (rnd() < 0.01) out.push({ kind: 'change', id: `${s}-skew${n}`, service: s, committedAt: iso(t + 20 * DAY), deployment: deployments.at(-1) ?? `${s}-none` });
  }
  return out;
}
