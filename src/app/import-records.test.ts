import { afterEach, beforeEach, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { describeEachDialect, freshStore, type TestStore } from '../../test/dialects.js';
import { events, jsonl, org, sourceOf } from '../../test/records.js';
import { isTrellisError, formatProblem, type TrellisError } from '../errors.js';
import { exportRecords } from './export-records.js';
import { importRecords } from './import-records.js';

async function exported(store: TestStore): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await exportRecords(store, out);
  out.end();
  return Buffer.concat(chunks).toString('utf8');
}

async function rejection(p: Promise<unknown>): Promise<TrellisError> {
  try {
    await p;
  } catch (e) {
    if (isTrellisError(e)) return e;
    throw e;
  }
  throw new Error('expected the import to be rejected');
}

describeEachDialect('importRecords', (dialect) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await freshStore(dialect);
  });
  afterEach(async () => {
    await store.dispose();
  });

  it('imports every kind and exports them in canonical form', async () => {
    const summary = await importRecords(store, sourceOf('org.jsonl', jsonl([...org, ...events])));
    expect(summary.records).toBe(17);
    expect(summary.byKind).toEqual({ team: 3, person: 3, service: 2, change: 2, deployment: 2, incident: 1, page: 1, oncall_shift: 1, sli: 1, pull_request: 1 });
    const lines = (await exported(store)).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(17);
    expect(lines.at(-1)).toEqual({ kind: 'pull_request', id: 'gh:acme/pipeline#7', service: 'deploy-pipeline', openedAt: '2024-03-04T07:00:00.000Z', author: 'amara', firstReviewAt: '2024-03-04T10:30:00.000Z', firstReviewer: 'sofia', mergedAt: '2024-03-04T12:00:00.000Z', mergedBy: 'sofia', closedAt: '2024-03-04T12:00:00.000Z', title: 'Retry flaky uploads' });
    expect(lines.find((r) => r.id === 'c2')).toEqual({ kind: 'change', id: 'c2', service: 'deploy-pipeline', committedAt: '2024-03-04T10:00:00.000Z', isMerge: true });
    expect(lines.find((r) => r.id === 'd1')).toMatchObject({ environment: 'production', status: 'success', changes: ['c1', 'c2'] });
    expect(lines.find((r) => r.id === 'amara')).toMatchObject({ active: true, workingHours: '09:00-17:00', manager: 'sofia' });
    expect(lines.find((r) => r.kind === 'sli')).toEqual({ kind: 'sli', slo: 'deploy-pipeline-availability', at: '2024-03-04T09:00:00.000Z', good: 998, total: 1000 });
  });

  it('is idempotent: the same file twice changes nothing', async () => {
    await importRecords(store, sourceOf('a.jsonl', jsonl([...org, ...events])));
    const first = await exported(store);
    await importRecords(store, sourceOf('a.jsonl', jsonl([...org, ...events])));
    expect(await exported(store)).toBe(first);
  });

  it('round-trips: export → import into an empty store → export gives the same lines', async () => {
    await importRecords(store, sourceOf('a.jsonl', jsonl([...org, ...events])));
    const first = await exported(store);
    const other = await freshStore(dialect);
    try {
      await importRecords(other, sourceOf('export.jsonl', first));
      expect(await exported(other)).toBe(first);
    } finally {
      await other.dispose();
    }
  });

  it('updates a record imported again with new values, and replaces a deployment’s changes', async () => {
    await importRecords(store, sourceOf('a.jsonl', jsonl([...org, ...events])));
    await importRecords(store, sourceOf('b.jsonl', jsonl([
      { kind: 'team', id: 'platform', name: 'Platform Engineering', parent: 'eng' },
      { kind: 'deployment', id: 'd1', service: 'deploy-pipeline', finishedAt: '2024-03-04T15:00:00Z', changes: ['c1'] },
    ])));
    const lines = (await exported(store)).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.find((r) => r.id === 'platform')).toEqual({ kind: 'team', id: 'platform', name: 'Platform Engineering', parent: 'eng' });
    expect(lines.find((r) => r.id === 'd1').changes).toEqual(['c1']);
  });

  it('rejects a file with bad lines, naming FILE:LINE: field, and stores nothing', async () => {
    const text = jsonl([
      ...org,
      { kind: 'change', id: 'c9', service: 'deploy-pipeline', committedAt: '2024-03-04 09:00' },
      'not json',
      { kind: 'deploymnet', id: 'x' },
      { kind: 'sli', slo: 's', at: '2024-03-04T09:00:00Z', good: 5, total: 3 },
      { kind: 'team', id: 't9', name: 'T', colour: 'red' },
    ]);
    const e = await rejection(importRecords(store, sourceOf('bad.jsonl', text)));
    expect(e.code).toBe('IMPORT_REJECTED');
    const msgs = e.problems.map(formatProblem);
    expect(msgs[0]).toMatch(/^bad\.jsonl:9: committedAt: must be an ISO 8601 time with an offset/);
    expect(msgs[1]).toMatch(/^bad\.jsonl:10: \(line\): is not valid JSON/);
    expect(msgs[2]).toMatch(/^bad\.jsonl:11: kind: must be one of team, person/);
    expect(msgs[3]).toBe('bad.jsonl:12: good: must not exceed total (3)');
    expect(msgs[4]).toBe('bad.jsonl:13: (record): unknown field colour');
    expect(await exported(store)).toBe('');
  });

  it('resolves forward references within a file and checks the rest against the store', async () => {
    const reversed = [...org].reverse();
    await importRecords(store, sourceOf('rev.jsonl', jsonl(reversed)));
    await importRecords(store, sourceOf('later.jsonl', jsonl([{ kind: 'person', id: 'dev', name: 'Dev Patel', team: 'payments', manager: 'priya' }])));
    const e = await rejection(importRecords(store, sourceOf('dangling.jsonl', jsonl([
      { kind: 'person', id: 'x', name: 'X', team: 'nope' },
      { kind: 'change', id: 'cx', service: 'ghost', committedAt: '2024-01-01T00:00:00Z' },
    ]))));
    expect(e.problems.map(formatProblem)).toEqual([
      'dangling.jsonl:1: team: team "nope" does not exist (not in this file nor in the store)',
      'dangling.jsonl:2: service: service "ghost" does not exist (not in this file nor in the store)',
    ]);
  });

  it("checks a pull request's people against the store and its times against openedAt", async () => {
    await importRecords(store, sourceOf('org.jsonl', jsonl(org)));
    const pr = { kind: 'pull_request', id: 'pr1', service: 'deploy-pipeline', openedAt: '2024-01-01T00:00:00Z', author: 'amara' };
    const dangling = await rejection(importRecords(store, sourceOf('prs.jsonl', jsonl([{ ...pr, firstReviewAt: '2024-01-02T00:00:00Z', firstReviewer: 'octocat' }]))));
    expect(dangling.problems.map(formatProblem)).toEqual(['prs.jsonl:1: firstReviewer: person "octocat" does not exist (not in this file nor in the store)']);
    const early = await rejection(importRecords(store, sourceOf('prs.jsonl', jsonl([{ ...pr, mergedAt: '2023-12-31T00:00:00Z', mergedBy: 'sofia' }]))));
    expect(early.problems.map(formatProblem)).toEqual(['prs.jsonl:1: mergedAt: must not be before openedAt']);
    expect(await exported(store)).not.toContain('pull_request');
  });

  it('rejects a reporting line that would form a cycle, and keeps the store as it was', async () => {
    await importRecords(store, sourceOf('org.jsonl', jsonl(org)));
    const before = await exported(store);
    const e = await rejection(importRecords(store, sourceOf('cycle.jsonl', jsonl([
      { kind: 'person', id: 'priya', name: 'Priya Raman', team: 'eng', manager: 'amara' },
    ]))));
    expect(e.problems.map(formatProblem)).toEqual(['cycle.jsonl:1: manager: reporting line would form a cycle: amara → sofia → priya → amara']);
    expect(await exported(store)).toBe(before);
  });

  it('stops after the error limit and says so', async () => {
    const bad = Array.from({ length: 30 }, () => 'nope');
    const e = await rejection(importRecords(store, sourceOf('many.jsonl', jsonl(bad)), { maxErrors: 5 }));
    expect(e.problems).toHaveLength(6);
    expect(formatProblem(e.problems[5]!)).toBe('many.jsonl: stopped after 5 problems; fix these and import again');
  });
});
