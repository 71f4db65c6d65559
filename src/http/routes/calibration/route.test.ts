/**
 * Calibration of a real cycle, walked through the routes on both dialects: pre-ratings hidden
 * from other managers until the session opens; a change without a reason or note is refused; a
 * locked session refuses changes; an open no-surprises flag blocks sharing until acknowledged;
 * the audit trail exports every change; manager consistency lists managers by name with n.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { samplePlan } from '../../../../test/one-on-ones.js';
import { describeEachDialect } from '../../../../test/dialects.js';
import { createTestServer, getJson, send, type TestServer } from '../../../../test/http-helpers.js';
import { cycleAt, moveCycle, needsSupport, publishDefaultRubric, seedAlanEvidence } from '../../../../test/reviews.js';

type Who = 'ada' | 'grace' | 'katherine' | 'alan' | 'partner' | 'barbara';

describeEachDialect('calibration of a real cycle', (dialect) => {
  let s: TestServer;
  let cycle: string;
  const url = (path = '') => `/api/cycles/${cycle}/calibration${path}`;
  const board = async (who: Who) => getJson(s.app, url(), await s.as(who));
  const post = async (who: Who, path: string, payload?: unknown) => send(s.app, { method: 'POST', url: path, payload, as: await s.as(who) });
  const change = async (who: Who, person: string, signal: string, payload: unknown) => post(who, `/api/cycles/${cycle}/people/${person}/ratings/${signal}/calibration`, payload);

  beforeAll(async () => {
    s = await createTestServer(dialect);
    await publishDefaultRubric(s);
    await seedAlanEvidence(s.store.db, 'ev-barbara-ledger', Date.UTC(2025, 4, 2), 'barbara');
    cycle = await cycleAt(s, 'writing');
    // Grace pre-rates Alan (needs support, no earlier feedback: a no-surprises flag); Katherine pre-rates Barbara.
    expect((await send(s.app, { method: 'PUT', url: `/api/cycles/${cycle}/people/alan/ratings/code-quality`, payload: needsSupport, as: await s.as('grace') })).statusCode).toBe(200);
    const barbara = { value: 'needs support', rationale: 'Great year, a real team player and a pleasure to work with.', evidence: ['ev-barbara-ledger'] };
    expect((await send(s.app, { method: 'PUT', url: `/api/cycles/${cycle}/people/barbara/ratings/collaboration`, payload: barbara, as: await s.as('katherine') })).statusCode).toBe(200);
    expect((await post('ada', url())).statusCode).toBe(201);
  });
  afterAll(async () => s.close());

  it('hides each manager’s pre-ratings from the other managers until the session opens', async () => {
    const asGrace = (await board('grace')).body;
    expect(asGrace.session.state).toBe('pre-rating');
    expect(asGrace.people.map((p: { id: string }) => p.id)).toEqual(['alan']);
    expect(asGrace.hidden).toBe(1);
    expect(asGrace.progress.map((p: { name: string; preRatings: number; visible: boolean }) => `${p.name} ${p.preRatings} ${p.visible}`)).toEqual(['Grace Hopper 1 true', 'Katherine Johnson 1 false']);
    expect(asGrace.distributions.managers.map((g: { group: string }) => g.group)).toEqual(['Grace Hopper']);
    const asKatherine = (await board('katherine')).body;
    expect(asKatherine.people.map((p: { id: string }) => p.id)).toEqual(['barbara']);
    expect(JSON.stringify(asKatherine)).not.toContain('Two pull requests came back');
    expect((await board('alan')).status).toBe(403);
    expect((await board('barbara')).status).toBe(403);
  });

  it('refuses changes before the session opens, and opens only once the cycle is calibrating', async () => {
    const early = await post('ada', url('/open'));
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toMatch(/opens when the cycle is calibrating/);
    await moveCycle(s, cycle, 'calibrating');
    const refused = await change('ada', 'alan', 'code-quality', { value: 'strong at level', reason: 'consistency', note: 'Same evidence as peers rated strong.' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/has not opened yet/);
    expect((await post('grace', url('/open'))).statusCode).toBe(403);
    expect((await post('ada', url('/open'))).statusCode).toBe(200);
  });

  it('once open, shows every pre-rating side by side to the managers taking part, with context and prompts', async () => {
    const asGrace = (await board('grace')).body;
    expect(asGrace.hidden).toBe(0);
    expect(asGrace.people.map((p: { id: string }) => p.id)).toEqual(['alan', 'barbara']);
    const barbara = asGrace.people.find((p: { id: string }) => p.id === 'barbara');
    expect(barbara.ratings[0].prompt.kind).toBe('low-rating-praise-only');
    const alan = asGrace.people.find((p: { id: string }) => p.id === 'alan');
    expect(alan.flags).toEqual([expect.objectContaining({ signal: 'code-quality', acknowledgement: null })]);
    expect(alan.context.map((c: { check: string }) => c.check)).toContain('activity-not-outcome');
    expect(asGrace.distributions.org.n).toBe(2);
    expect(asGrace.questions.length).toBeGreaterThanOrEqual(5);
  });

  it('refuses a change without a reason tag or without a note, and records who, old, new, reason and note', async () => {
    expect((await change('ada', 'alan', 'code-quality', { value: 'strong at level', note: 'Peers rated strong.' })).statusCode).toBe(400);
    expect((await change('ada', 'alan', 'code-quality', { value: 'strong at level', reason: 'gut feeling', note: 'Peers rated strong.' })).statusCode).toBe(400);
    const noNote = await change('ada', 'alan', 'code-quality', { value: 'strong at level', reason: 'consistency', note: '   ' });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().error.message).toMatch(/note/);
    expect((await change('grace', 'alan', 'code-quality', { value: 'strong at level', reason: 'consistency', note: 'x' })).statusCode).toBe(403);
    const ok = await change('ada', 'barbara', 'collaboration', { value: 'strong at level', reason: 'impact', note: 'The ledger runbook she wrote is used by both rotas.' });
    expect(ok.statusCode, ok.body).toBe(200);
    const changes = (await board('ada')).body.changes;
    expect(changes).toEqual([expect.objectContaining({ person: 'barbara', by: 'acct-ada', byName: 'Ada Lovelace', from: 'needs support', to: 'strong at level', reason: 'impact', note: 'The ledger runbook she wrote is used by both rotas.' })]);
  });

  it('ticks the checklist per person while open', async () => {
    const tick = await send(s.app, { method: 'PUT', url: url('/checklist/alan/whole-period'), payload: { checked: true }, as: await s.as('ada') });
    expect(tick.statusCode, tick.body).toBe(204);
    expect((await send(s.app, { method: 'PUT', url: url('/checklist/alan/nine-box'), payload: { checked: true }, as: await s.as('ada') })).statusCode).toBe(404);
    expect((await board('ada')).body.people.find((p: { id: string }) => p.id === 'alan').checklist).toEqual(['whole-period']);
  });

  it('will not finalize before the session is locked; a locked session refuses changes', async () => {
    const early = await send(s.app, { method: 'POST', url: `/api/cycles/${cycle}/transition`, payload: { to: 'finalized' }, as: await s.as('partner') });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toMatch(/locks it before the cycle is finalized/);
    expect((await post('ada', url('/lock'))).statusCode).toBe(200);
    const locked = await change('ada', 'alan', 'code-quality', { value: 'strong at level', reason: 'consistency', note: 'Peers rated strong.' });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.message).toMatch(/locked/);
    expect((await post('ada', url('/lock'))).statusCode).toBe(409);
    await moveCycle(s, cycle, 'finalized');
  });

  it('blocks sharing while a no-surprises flag is open, until a calibrator acknowledges it with a note', async () => {
    const blocked = await send(s.app, { method: 'POST', url: `/api/cycles/${cycle}/transition`, payload: { to: 'shared' }, as: await s.as('partner') });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().error.message).toMatch(/1 no-surprises flag is open: Alan Turing \(code-quality\)/);
    const rating = (await board('ada')).body.people.find((p: { id: string }) => p.id === 'alan').flags[0].rating;
    const ack = (who: Who, note: string) => post(who, `/api/cycles/${cycle}/flags/${rating}/acknowledgement`, { note });
    expect((await ack('ada', '  ')).statusCode).toBe(400);
    expect((await ack('partner', 'Raised in the 1:1.')).statusCode).toBe(403);
    expect((await ack('ada', 'Raised with Alan in the 1:1 of 3 March; the rating stands.')).statusCode).toBe(201);
    expect((await ack('ada', 'again')).statusCode).toBe(409);
    await moveCycle(s, cycle, 'shared');
  });

  it('exports the full audit trail as CSV for calibrators and people partners', async () => {
    const res = await send(s.app, { method: 'GET', url: url('/trail'), as: await s.as('partner') });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const lines = res.body.trim().split('\r\n');
    expect(lines[0]).toBe('at,event,by,person,signal,from,to,reason,note');
    expect(lines.map((l) => l.split(',')[1])).toEqual(['event', 'session prepared', 'session opened', 'rating changed', 'checklist: whole-period', 'session locked', 'no-surprises flag acknowledged']);
    expect(res.body).toContain('ada@lumen.example,Barbara Liskov,collaboration,needs support,strong at level,impact,The ledger runbook she wrote is used by both rotas.');
    expect((await send(s.app, { method: 'GET', url: url('/trail'), as: await s.as('grace') })).statusCode).toBe(403);
  });

  it('shows manager consistency to leaders, by name, each figure with n, with the 1:1 cadence of each manager’s pairs', async () => {
    expect((await getJson(s.app, `/api/cycles/${cycle}/manager-consistency`, await s.as('grace'))).status).toBe(403);
    const v = (await getJson(s.app, `/api/cycles/${cycle}/manager-consistency`, await s.as('ada'))).body;
    expect(v.managers.map((m: { name: string }) => m.name)).toEqual(['Grace Hopper', 'Katherine Johnson']);
    const grace = v.managers[0];
    expect(grace.surprises).toEqual({ share: 1, surprises: 1, n: 1 });
    expect(grace.specificity.n).toBe(1);
    // Grace has never held a 1:1 with Alan: her one pair is overdue. Katherine's line has one active report (Edsger left).
    expect(grace.oneOnOnes).toEqual({ recorded: true, pairs: 1, overdue: 1 });
    expect(v.managers[1].oneOnOnes).toEqual({ recorded: true, pairs: 1, overdue: 1 });
    expect(grace.distribution.n).toBe(1);
  });

  it('puts a support plan made with the person beside them on the board: its facts, and the way to it for those who may open it', async () => {
    const plan = await send(s.app, { method: 'POST', url: '/api/people/alan/support-plans', payload: samplePlan, as: await s.as('grace') });
    expect(plan.statusCode, plan.body).toBe(201);
    const forAda = (await board('ada')).body.people.find((p: { id: string }) => p.id === 'alan');
    expect(forAda.supportPlans).toEqual([{ signal: 'code-quality', startsOn: '2025-01-06', endsOn: '2025-03-28', outcome: null, createdAt: expect.any(String) }]);
    // Ada heads Alan's line, so she may open it; the board itself carries only the facts.
    expect(forAda.mayOpenSupportPlans).toBe(true);
    expect(JSON.stringify(forAda.supportPlans)).not.toContain(samplePlan.expectations);
  });
});

