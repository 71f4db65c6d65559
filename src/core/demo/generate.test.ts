import { describe, expect, it } from 'vitest';
import { recordSchema, recordIdentity, type TrellisRecord } from '../records/schemas.js';
import { findCycles } from '../org/cycles.js';
import { generateDemo } from './generate.js';
import { ANCHOR, digest, ofKind, records } from './demo.test-helpers.js';

describe('generateDemo: determinism', () => {
  it('gives a byte-identical sequence for the same seed and anchor', () => {
    const opts = { seed: 11, scale: 'default', anchor: ANCHOR, sliDays: 1 } as const;
    expect(digest(generateDemo(opts))).toBe(digest(generateDemo(opts)));
  });

  it('gives a different sequence for a different seed, with the same cast', () => {
    const a = [...generateDemo({ seed: 11, scale: 'default', anchor: ANCHOR, sliDays: 1 })];
    const b = [...generateDemo({ seed: 12, scale: 'default', anchor: ANCHOR, sliDays: 1 })];
    expect(digest(a)).not.toBe(digest(b));
    const named = (rs: TrellisRecord[]) => ofKind(rs, 'person').filter((p) => p.id === 'dev-patel' || p.id === 'admin').map((p) => p.email);
    expect(named(a)).toEqual(named(b));
  });

  it('does not depend on how many SLI days are asked for, before the SLI slices', () => {
    const head = (sliDays: number) => [...generateDemo({ seed: 3, scale: 'default', anchor: ANCHOR, sliDays })].filter((r) => r.kind !== 'sli');
    expect(digest(head(0))).toBe(digest(head(1)));
  });
});

describe('generateDemo: records', () => {
  const all = records();

  it('yields only records that pass the import schema', () => {
    const bad = all.map((r) => [r, recordSchema.safeParse(r)] as const).filter(([, res]) => !res.success);
    expect(bad.slice(0, 3).map(([r, res]) => ({ r, issues: res.error?.issues }))).toEqual([]);
  });

  it('keeps record identities unique', () => {
    const ids = all.map((r) => `${r.kind}:${recordIdentity(r)}`);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('yields kinds in dependency order: org, services, delivery, pages, shifts, SLIs, pull requests', () => {
    const order = ['team', 'person', 'service', 'delivery', 'page', 'oncall_shift', 'sli', 'pull_request'];
    const stage = (r: TrellisRecord) => order.indexOf(['change', 'deployment', 'incident'].includes(r.kind) ? 'delivery' : r.kind);
    const stages = all.map(stage);
    expect(stages.every((s, i) => i === 0 || s >= stages[i - 1]!)).toBe(true);
  });

  it('only references ids yielded earlier', () => {
    const seen = new Set<string>();
    const missing: string[] = [];
    const need = (kind: string, id: string | undefined, by: TrellisRecord) => {
      if (id !== undefined && !seen.has(`${kind}:${id}`)) missing.push(`${by.kind} ${recordIdentity(by)} → ${kind} ${id}`);
    };
    for (const r of all) {
      if (r.kind === 'team') need('team', r.parent, r);
      if (r.kind === 'person') (need('team', r.team, r), need('person', r.manager, r));
      if (r.kind === 'service') need('team', r.team, r);
      if (r.kind === 'change') (need('service', r.service, r), need('change', r.revertOf, r));
      if (r.kind === 'deployment') {
        need('service', r.service, r);
        need('deployment', r.rollbackOf, r);
        need('incident', r.remediates, r);
        for (const c of r.changes ?? []) need('change', c, r);
      }
      if (r.kind === 'incident') (need('service', r.service, r), need('deployment', r.causedBy, r));
      if (r.kind === 'page') (need('person', r.person, r), need('service', r.service, r));
      if (r.kind === 'oncall_shift') need('person', r.person, r);
      if (r.kind === 'pull_request') (need('service', r.service, r), need('person', r.author, r), need('person', r.firstReviewer, r), need('person', r.mergedBy, r));
      seen.add(`${r.kind}:${recordIdentity(r)}`);
    }
    expect(missing.slice(0, 5)).toEqual([]);
  });

  it('has acyclic reporting lines and team trees with a single top', () => {
    const people = ofKind(all, 'person');
    expect(findCycles(new Map(people.map((p) => [p.id, p.manager])))).toEqual([]);
    expect(findCycles(new Map(ofKind(all, 'team').map((t) => [t.id, t.parent])))).toEqual([]);
    const engineers = people.filter((p) => p.track !== undefined);
    expect(engineers.filter((p) => p.manager === undefined).map((p) => p.id)).toEqual(['priya-raman']);
  });

  it('gives everyone a unique lower-case email on the demo domain', () => {
    const emails = ofKind(all, 'person').map((p) => p.email ?? '');
    expect(emails.every((e) => /^[a-z0-9.]+@lumen\.example$/.test(e))).toBe(true);
    expect(new Set(emails).size).toBe(emails.length);
  });

  it('puts every event before the anchor', () => {
    const times = all.flatMap((r) => {
      if (r.kind === 'change') return [r.committedAt, r.mergedAt];
      if (r.kind === 'deployment') return [r.finishedAt];
      if (r.kind === 'incident') return [r.startedAt, r.detectedAt, r.resolvedAt];
      if (r.kind === 'page') return [r.at, r.acknowledgedAt, r.resolvedAt];
      if (r.kind === 'oncall_shift') return [r.start];
      if (r.kind === 'sli') return [r.at];
      if (r.kind === 'pull_request') return [r.openedAt, r.firstReviewAt, r.mergedAt, r.closedAt];
      return [];
    });
    expect(times.filter((t) => t !== undefined && Date.parse(t) >= ANCHOR)).toEqual([]);
  });

  it('keeps each incident and page in order: start ≤ detect/ack ≤ resolve', () => {
    const t = (s: string | undefined, fallback: number) => (s === undefined ? fallback : Date.parse(s));
    for (const i of ofKind(all, 'incident')) {
      expect(t(i.startedAt, 0)).toBeLessThanOrEqual(t(i.detectedAt, Infinity));
      expect(t(i.detectedAt, 0)).toBeLessThanOrEqual(t(i.resolvedAt, Infinity));
    }
    for (const p of ofKind(all, 'page')) {
      expect(t(p.at, 0)).toBeLessThanOrEqual(t(p.acknowledgedAt, Infinity));
      expect(t(p.acknowledgedAt, 0)).toBeLessThanOrEqual(t(p.resolvedAt, Infinity));
    }
  });
});
