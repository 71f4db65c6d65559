/**
 * A file that states one record twice is refused naming both lines (issue 11, item 20), on both
 * dialects, whether the repeat sits in the same batch or thousands of lines later; replaying
 * sources ask for the later line to win.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect, freshStore, type TestStore } from '../../test/dialects.js';
import { jsonl, org, sourceOf } from '../../test/records.js';
import { formatProblem, isTrellisError, type TrellisError } from '../errors.js';
import { OrgRepository } from '../store/org-repository.js';
import { importRecords } from './import-records.js';

async function rejection(p: Promise<unknown>): Promise<TrellisError> {
  try {
    await p;
  } catch (e) {
    if (isTrellisError(e)) return e;
    throw e;
  }
  throw new Error('expected the import to be rejected');
}

const team = (id: string, name = id) => ({ kind: 'team', id, name });

describeEachDialect('importRecords: records stated twice', (dialect) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await freshStore(dialect);
  });
  afterEach(async () => store.dispose());

  it('refuses a file that states a record twice in one batch, naming both lines, and stores nothing', async () => {
    const e = await rejection(importRecords(store, sourceOf('org.jsonl', jsonl([team('a'), team('b'), team('a', 'Second A')]))));
    expect(e.code).toBe('IMPORT_REJECTED');
    expect(e.problems.map(formatProblem)).toEqual(['org.jsonl:3: id: team "a" is already stated at line 1; a file states each record once (use --last-wins if later lines should replace earlier ones)']);
    expect(await new OrgRepository(store.db).existing('teams', ['a', 'b'])).toEqual(new Set());
  });

  it('finds a repeat thousands of lines (several batches) after the first, and a third statement too', async () => {
    const many = Array.from({ length: 1800 }, (_, i) => team(`t${i}`));
    const e = await rejection(importRecords(store, sourceOf('big.jsonl', jsonl([...many, team('t7', 'again'), team('t1500', 'again'), team('t7', 'thrice')]))));
    expect(e.problems.map((p) => [p.line, p.message.match(/line (\d+)/)?.[1]])).toEqual([
      [1801, '8'],
      [1802, '1501'],
      [1803, '8'],
    ]);
  });

  it('tells kinds apart: a team and a service may share an id; an SLI repeats by slo + time', async () => {
    const ok = await importRecords(store, sourceOf('ok.jsonl', jsonl([team('x'), { kind: 'service', id: 'x', name: 'X', team: 'x' }])));
    expect(ok.byKind).toEqual({ team: 1, service: 1 });
    const sli = { kind: 'sli', slo: 'x-availability', at: '2024-03-04T09:00:00Z', good: 1, total: 2 };
    const e = await rejection(importRecords(store, sourceOf('sli.jsonl', jsonl([sli, { ...sli, at: '2024-03-04T10:00:00+01:00', good: 2 }]))));
    expect(e.problems.map(formatProblem)).toEqual([expect.stringMatching(/^sli\.jsonl:2: at: sli "x-availability@\d+" is already stated at line 1/)]);
  });

  it('with last-wins, the later line replaces the earlier one', async () => {
    const s = await importRecords(store, sourceOf('replay.jsonl', jsonl([...org.slice(0, 1), team('a'), team('a', 'Renamed')])), { duplicates: 'last-wins' });
    expect(s.records).toBe(3);
    const teams = await store.db.selectFrom('teams').select(['id', 'name']).where('id', '=', 'a').execute();
    expect(teams).toEqual([{ id: 'a', name: 'Renamed' }]);
  });

  it('reports exactly the repeated lines of any file, each against the first line of its id (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 40 }), async (ids) => {
        const first = new Map<number, number>();
        const expected: [number, number][] = [];
        ids.forEach((id, i) => {
          if (first.has(id)) expected.push([i + 1, first.get(id)!]);
          else first.set(id, i + 1);
        });
        const run = importRecords(store, sourceOf('p.jsonl', jsonl(ids.map((id) => team(`p${id}`)))));
        if (expected.length === 0) {
          await run;
          return;
        }
        const e = await rejection(run);
        expect(e.problems.map((p) => [p.line, Number(p.message.match(/line (\d+)/)?.[1])])).toEqual(expected);
      }),
      { numRuns: 25 },
    );
  });
});
