import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/dialects.js';
import { createTestServer, getJson, send, type TestServer } from '../../../../test/http-helpers.js';
import { cycleAt, publishDefaultRubric } from '../../../../test/reviews.js';
import { manualRuntime } from '../../../app/runtime.js';

const now = Date.UTC(2025, 5, 1, 12);

describeEachDialect('/api/cycles/:id/compensation/:person', (dialect) => {
  let s: TestServer;
  let url: string;
  beforeAll(async () => {
    s = await createTestServer(dialect, { runtime: manualRuntime(now) });
    // An engineer imported without a team: not in the cycle, and named as such.
    await s.store.db.insertInto('people').values({ id: 'nadia', name: 'Nadia Noteam', email: 'nadia@lumen.example', team: null, manager: null, level: 'L3', track: 'ic', timezone: null, working_hours: null, start_date: null, active: 1 }).execute();
    await publishDefaultRubric(s);
    url = `/api/cycles/${await cycleAt(s, 'writing')}/compensation/alan`;
  });
  afterAll(async () => s.close());

  it('the compensation reviewer writes and reads compensation, audited', async () => {
    expect((await getJson(s.app, url, await s.as('reviewer'))).body).toEqual({ compensation: null });
    const put = await send(s.app, { method: 'PUT', url, payload: { fields: { proposedBand: 'L4', adjustment: 0.04 } }, as: await s.as('reviewer') });
    expect(put.statusCode).toBe(200);
    const read = await getJson(s.app, url, await s.as('partner'));
    expect(read.body.compensation).toMatchObject({ person: 'alan', fields: { proposedBand: 'L4', adjustment: 0.04 }, updatedBy: 'acct-reviewer' });
    const audit = await s.store.db.selectFrom('audit_log').select(['actor_account', 'action']).where('resource_type', '=', 'compensation').orderBy('at').execute();
    expect(audit).toEqual(expect.arrayContaining([{ actor_account: 'acct-reviewer', action: 'write' }, { actor_account: 'acct-partner', action: 'read' }]));
  });

  it('never through the manager line: the manager, the manager’s manager and the engineer get 403', async () => {
    for (const who of ['grace', 'ada', 'alan'] as const) {
      const res = await getJson(s.app, url, await s.as(who));
      expect(res.status, who).toBe(403);
    }
    expect((await getJson(s.app, url, await s.as('grace'))).body.error.message).toBe('Compensation is for compensation reviewers and people partners only — never through the manager line.');
    expect((await send(s.app, { method: 'PUT', url, payload: { fields: { band: 'x' } }, as: await s.as('alan') })).statusCode).toBe(403);
  });

  it('the compensation reviewer reads compensation but not ratings', async () => {
    const ratings = url.replace('/compensation/alan', '/people/alan/ratings');
    expect((await getJson(s.app, ratings, await s.as('reviewer'))).status).toBe(403);
    expect((await getJson(s.app, url, await s.as('reviewer'))).status).toBe(200);
  });

  it('lists everyone the cycle covers with their proposal — no ratings, evidence or growth notes — names who is left out, and audits the read once', async () => {
    const list = url.replace('/compensation/alan', '/compensation');
    await send(s.app, { method: 'PUT', url, payload: { fields: { proposedBand: 'L5' } }, as: await s.as('reviewer') });
    const reads = () => s.store.db.selectFrom('audit_log').select(['id', 'subject_person', 'detail']).where('resource_type', '=', 'compensation').where('action', '=', 'read').where('actor_account', '=', 'acct-partner').execute();
    const before = await reads();
    const res = await getJson(s.app, list, await s.as('partner'));
    expect(res.status).toBe(200);
    // Active people with a team; not Edsger (left), not Nadia (no team).
    expect(res.body.items.map((r: { person: { id: string } }) => r.person.id).sort()).toEqual(['ada', 'alan', 'barbara', 'grace', 'katherine']);
    expect(res.body.leftOut).toEqual([{ id: 'nadia', name: 'Nadia Noteam' }]);
    const alan = res.body.items.find((r: { person: { id: string } }) => r.person.id === 'alan');
    expect(alan).toMatchObject({ person: { id: 'alan' }, compensation: { fields: { proposedBand: 'L5' } }, mayEdit: true });
    expect(Object.keys(alan).sort()).toEqual(['band', 'compensation', 'mayEdit', 'person', 'ratings']);
    // Before calibration is done, no rating values; never evidence, growth notes or rationales.
    expect(res.body.items.every((r: { ratings: unknown }) => r.ratings === null)).toBe(true);
    expect(JSON.stringify(res.body)).not.toMatch(/evidence|growth|rationale/i);
    const added = (await reads()).filter((r) => !before.some((b) => b.id === r.id));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ subject_person: null, detail: expect.stringContaining('Alan Turing') });
    const named = await s.store.db.selectFrom('audit_subjects').select('person').where('audit_id', '=', added[0]!.id).orderBy('person').execute();
    expect(named.map((n) => n.person)).toEqual(['ada', 'alan', 'barbara', 'grace', 'katherine']);
    // Alan still finds the read in who read his records, in words.
    const log = await getJson(s.app, '/api/people/alan/access-log?limit=50', await s.as('alan'));
    expect(log.body.items.map((i: { summary: string }) => i.summary)).toContain('Viewed compensation in “annual writing”');
  });

  it('shows each person’s level, track and band, the budget and the sum of the proposals against it, and exports it as CSV', async () => {
    const admin = await s.as('admin');
    const bad = await send(s.app, { method: 'POST', url: '/api/compensation/bands', payload: { csv: 'level,track,currency,min,mid,max\nL3,ic,EUR,60000,50000,70000\n', fileName: 'bands.csv' }, as: admin });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.problems).toEqual(['bands.csv:2: mid: min ≤ mid ≤ max does not hold (60000, 50000, 70000)']);
    expect((await getJson(s.app, '/api/compensation/bands', admin)).body.bands).toEqual([]);
    const ok = await send(s.app, { method: 'POST', url: '/api/compensation/bands', payload: { csv: 'level,track,currency,min,mid,max\nL3,ic,EUR,50000,60000,70000\nL3,ic,USD,55000,65000,75000\n' }, as: admin });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await send(s.app, { method: 'POST', url: '/api/compensation/bands', payload: { csv: 'level,track,currency,min,mid,max\n' }, as: await s.as('reviewer') })).statusCode).toBe(403);
    const list = url.replace('/compensation/alan', '/compensation');
    expect((await send(s.app, { method: 'PUT', url: `${list}/budget`, payload: { currency: 'eur', amount: 10000 }, as: await s.as('reviewer') })).statusCode).toBe(200);
    expect((await send(s.app, { method: 'PUT', url: `${list}/budget`, payload: { currency: 'EUR', amount: 10 }, as: await s.as('grace') })).statusCode).toBe(403);
    await send(s.app, { method: 'PUT', url, payload: { fields: { proposedBand: 'L4', increase: 2500 } }, as: await s.as('reviewer') });
    await send(s.app, { method: 'PUT', url: url.replace('/alan', '/barbara'), payload: { fields: { increase: 1500 } }, as: await s.as('reviewer') });
    const body = (await getJson(s.app, list, await s.as('reviewer'))).body;
    expect(body.budget).toMatchObject({ currency: 'EUR', amount: 10000 });
    expect(body.proposedTotal).toBe(4000);
    expect(body.calibrated).toBe(false);
    const alan = body.items.find((r: { person: { id: string } }) => r.person.id === 'alan');
    expect(alan).toMatchObject({ person: { level: 'L3', track: 'ic' }, band: { currency: 'EUR', min: 50000, mid: 60000, max: 70000 }, ratings: null });
    const csv = await send(s.app, { method: 'GET', url: `${list}/export`, as: await s.as('reviewer') });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const rows = parse(csv.body) as string[][];
    expect(rows[0]).toEqual(['person', 'team', 'level', 'track', 'band currency', 'band min', 'band mid', 'band max', 'calibrated ratings', 'increase', 'other proposal fields']);
    expect(rows.find((r) => r[0] === 'Alan Turing')).toEqual(['Alan Turing', 'platform', 'L3', 'ic', 'EUR', '50000', '60000', '70000', '', '2500', 'proposedBand: L4']);
    expect(rows.find((r) => r[0] === 'Left in the budget')?.[9]).toBe('6000');
    expect((await send(s.app, { method: 'GET', url: `${list}/export`, as: await s.as('grace') })).statusCode).toBe(403);
  });

  it('refuses the list to the manager line with the reason', async () => {
    const res = await getJson(s.app, url.replace('/compensation/alan', '/compensation'), await s.as('grace'));
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe('Compensation is for compensation reviewers and people partners only — never through the manager line.');
  });
});
