import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/dialects.js';
import { createTestServer, getJson, send, type TestServer } from '../../../../test/http-helpers.js';
import { cycleAt, publishDefaultRubric } from '../../../../test/reviews.js';
import { manualRuntime } from '../../../app/runtime.js';

const now = Date.UTC(2025, 5, 1, 12);
const payload = { kind: 'annual', name: '2025 annual review', periodFrom: '2025-01-01', periodTo: '2026-01-01' };

describeEachDialect('/api/cycles', (dialect) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await createTestServer(dialect, { runtime: manualRuntime(now) });
  });
  afterAll(async () => s.close());

  it('refuses an annual cycle before any rubric is published (409), and anyone but people partners and admins (403)', async () => {
    expect((await send(s.app, { method: 'POST', url: '/api/cycles', payload, as: await s.as('partner') })).statusCode).toBe(409);
    await publishDefaultRubric(s);
    for (const who of ['ada', 'grace', 'alan', 'reviewer'] as const) expect((await send(s.app, { method: 'POST', url: '/api/cycles', payload, as: await s.as(who) })).statusCode, who).toBe(403);
    expect((await send(s.app, { method: 'POST', url: '/api/cycles', payload, as: 'anonymous' })).statusCode).toBe(401);
  });

  it('creates a draft pinned to the latest published rubric and moves it one step at a time, audited', async () => {
    const created = await send(s.app, { method: 'POST', url: '/api/cycles', payload, as: await s.as('admin') });
    expect(created.statusCode).toBe(201);
    const c = created.json();
    expect(c).toMatchObject({ kind: 'annual', state: 'draft', nextState: 'published', rubric: { id: 'engineering', version: 1 }, periodFrom: '2025-01-01T00:00:00.000Z' });
    const skip = await send(s.app, { method: 'POST', url: `/api/cycles/${c.id}/transition`, payload: { to: 'writing' }, as: await s.as('partner') });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error.message).toBe('A cycle moves one step forward at a time: from draft the next state is published, not writing.');
    const step = await send(s.app, { method: 'POST', url: `/api/cycles/${c.id}/transition`, payload: { to: 'published' }, as: await s.as('partner') });
    expect(step.json()).toMatchObject({ state: 'published', nextState: 'writing', history: [{ state: 'draft' }, { state: 'published', by: 'acct-partner' }] });
    const audit = await s.store.db.selectFrom('audit_log').select(['action', 'detail']).where('resource_type', '=', 'review-cycle').where('resource_id', '=', c.id).orderBy('action').execute();
    expect(audit).toEqual([
      { action: 'create', detail: 'annual "2025 annual review"' },
      { action: 'transition', detail: 'draft → published' },
    ]);
  });

  it('sets a deadline per step when the cycle is created, in the order of the steps, and shows them', async () => {
    const deadlines = { selfReview: '2025-11-14', managerReview: '2025-11-28', sharing: '2025-12-19' };
    const created = await send(s.app, { method: 'POST', url: '/api/cycles', payload: { ...payload, name: 'with deadlines', deadlines }, as: await s.as('partner') });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().deadlines).toEqual({ ...deadlines, calibration: null });
    const read = await getJson(s.app, `/api/cycles/${created.json().id}`, await s.as('alan'));
    expect(read.body.cycle.deadlines).toEqual({ ...deadlines, calibration: null });
    const backwards = await send(s.app, { method: 'POST', url: '/api/cycles', payload: { ...payload, deadlines: { selfReview: '2025-11-14', managerReview: '2025-11-01' } }, as: await s.as('partner') });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.message).toBe('deadlines.managerReview: manager reviews (2025-11-01) cannot be due before self reviews (2025-11-14)');
    const notADate = await send(s.app, { method: 'POST', url: '/api/cycles', payload: { ...payload, deadlines: { sharing: 'soon' } }, as: await s.as('partner') });
    expect(notADate.statusCode).toBe(400);
    // A cycle created without deadlines has none.
    expect((await send(s.app, { method: 'POST', url: '/api/cycles', payload, as: await s.as('partner') })).json().deadlines).toEqual({ selfReview: null, managerReview: null, calibration: null, sharing: null });
  });

  it('shows the cycle with its rubric and the participants each viewer may see', async () => {
    const id = await cycleAt(s, 'writing');
    const view = async (who: 'partner' | 'grace' | 'alan') => (await getJson(s.app, `/api/cycles/${id}`, await s.as(who))).body;
    const partner = await view('partner');
    expect(partner.rubric.version).toBe(1);
    expect(partner.participants.map((p: { id: string }) => p.id).sort()).toEqual(['ada', 'alan', 'barbara', 'grace', 'katherine']);
    // A manager sees their line (with counts) and themself (without: nobody reads their own ratings before shared).
    expect((await view('grace')).participants).toEqual([
      { id: 'alan', name: 'Alan Turing', team: 'platform', manager: 'grace', ratings: 0, mayOpen: { ratings: true, packet: true }, progress: { selfReview: false, managerReview: false, calibrationChanges: 0 } },
      { id: 'grace', name: 'Grace Hopper', team: 'platform', manager: 'ada', ratings: null, mayOpen: { ratings: true, packet: true }, progress: { selfReview: false, managerReview: false, calibrationChanges: null } },
    ]);
    // The engineer sees themself, without a rating count before the cycle is shared.
    expect((await view('alan')).participants).toEqual([
      { id: 'alan', name: 'Alan Turing', team: 'platform', manager: 'grace', ratings: null, mayOpen: { ratings: true, packet: true }, progress: { selfReview: false, managerReview: false, calibrationChanges: null } },
    ]);
    // Nobody is listed with links that answer "You don't have access".
    for (const v of [partner, await view('grace'), await view('alan')]) for (const p of v.participants) expect(p.mayOpen.ratings || p.mayOpen.packet).toBe(true);
    expect(partner.notOpenable).toBe(0);
    const list = await getJson(s.app, '/api/cycles', await s.as('alan'));
    expect(list.body.items.length).toBeGreaterThanOrEqual(2);
    expect((await getJson(s.app, '/api/cycles/nope', await s.as('alan'))).status).toBe(404);
  });

  it('lists for an administrator only what they may open (nobody’s reviews), with a count of the rest', async () => {
    const id = await cycleAt(s, 'writing', 'annual', 'admin view');
    const admin = (await getJson(s.app, `/api/cycles/${id}`, await s.as('admin'))).body;
    expect(admin.participants).toEqual([]);
    expect(admin.notOpenable).toBe(5);
    // A people partner opens everyone's.
    expect((await getJson(s.app, `/api/cycles/${id}`, await s.as('partner'))).body.participants).toHaveLength(5);
  });

  it('shows each participant’s progress (reviews written, calibration changes) and the completion across the cycle, and exports it as CSV', async () => {
    const id = await cycleAt(s, 'writing', 'annual', 'progress');
    expect((await send(s.app, { method: 'PUT', url: `/api/cycles/${id}/people/alan/reviews/self`, payload: { text: 'I shipped the retry work.' }, as: await s.as('alan') })).statusCode).toBe(200);
    expect((await send(s.app, { method: 'PUT', url: `/api/cycles/${id}/people/alan/reviews/manager`, payload: { text: 'Retry work cut failures.' }, as: await s.as('grace') })).statusCode).toBe(200);
    const partner = (await getJson(s.app, `/api/cycles/${id}`, await s.as('partner'))).body;
    const alan = partner.participants.find((p: { id: string }) => p.id === 'alan');
    expect(alan.progress).toEqual({ selfReview: true, managerReview: true, calibrationChanges: 0 });
    expect(partner.participants.find((p: { id: string }) => p.id === 'barbara').progress).toEqual({ selfReview: false, managerReview: false, calibrationChanges: 0 });
    expect(partner.completion).toMatchObject({ selfReviews: 1, managerReviews: 1, fullyRated: 0 });
    expect(partner.completion.participants).toBe(partner.participants.length);
    // An engineer sees no figures across the organisation.
    expect((await getJson(s.app, `/api/cycles/${id}`, await s.as('alan'))).body.completion).toBeNull();
    const csv = await send(s.app, { method: 'GET', url: `/api/cycles/${id}/participants/export`, as: await s.as('partner') });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const rows = parse(csv.body) as string[][];
    expect(rows[0]).toEqual(['person', 'team', 'manager', 'self review', 'manager review', 'signals rated', 'calibration changes', 'shared with the person']);
    expect(rows.find((r) => r[0] === 'Alan Turing')).toEqual(['Alan Turing', 'Platform', 'Grace Hopper', 'written', 'written', '0 of 5', '0', 'not yet']);
    expect(csv.body).not.toContain('retry work');
  });

  it('covers active people with a team, and names the active people left out to those who run cycles', async () => {
    await s.store.db.insertInto('people').values({ id: 'nadia', name: 'Nadia Noteam', email: 'nadia@lumen.example', team: null, manager: null, level: 'L3', track: 'ic', timezone: null, working_hours: null, start_date: null, active: 1 }).execute();
    const id = await cycleAt(s, 'writing', 'annual', 'coverage');
    const partner = (await getJson(s.app, `/api/cycles/${id}`, await s.as('partner'))).body;
    expect(partner.participants.map((p: { id: string }) => p.id)).not.toContain('nadia');
    expect(partner.leftOut).toEqual([{ id: 'nadia', name: 'Nadia Noteam' }]);
    expect((await getJson(s.app, `/api/cycles/${id}`, await s.as('alan'))).body.leftOut).toEqual([]);
  });
});
