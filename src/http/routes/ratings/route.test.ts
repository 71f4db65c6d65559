import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/dialects.js';
import { createTestServer, getJson, send, type TestServer } from '../../../../test/http-helpers.js';
import { alanEvidenceId, cycleAt, moveCycle, needsSupport, publishDefaultRubric, seedAlanEvidence } from '../../../../test/reviews.js';
import { manualRuntime } from '../../../app/runtime.js';
import { dataAccess } from '../../../store/data-access.js';

const start = Date.UTC(2025, 5, 1, 12);
const day = 86_400_000;

/** One cycle walked from writing to shared; the tests run in order and share it. */
describeEachDialect('ratings in a cycle', (dialect) => {
  let s: TestServer;
  let cycle: string;
  const clock = manualRuntime(start);
  const url = (person: string, rest = 'ratings') => `/api/cycles/${cycle}/people/${person}/${rest}`;
  const put = async (who: 'grace' | 'katherine' | 'alan' | 'ada' | 'partner', person: string, signal: string, payload: object = needsSupport) =>
    send(s.app, { method: 'PUT', url: `${url(person)}/${signal}`, payload, as: await s.as(who) });

  beforeAll(async () => {
    s = await createTestServer(dialect, { runtime: clock });
    await publishDefaultRubric(s);
    cycle = await cycleAt(s, 'writing');
    // Grace told Alan about reliability follow-ups 31 days before the ratings; nothing on code quality.
    // (Written straight to the store: moving the clock 31 days would end every test session.)
    await dataAccess(s.store.db).sharedFeedback.insert({ id: 'fb-1', person: 'alan', author: 'acct-grace', signal: 'reliability-impact', text: 'Two incident actions from INC-42 are past due.', sharedAt: start - 31 * day, createdAt: start - 31 * day });
  });
  afterAll(async () => s.close());

  it('lets the manager line write ratings while writing; refuses others with 403', async () => {
    expect((await put('grace', 'alan', 'code-quality')).statusCode).toBe(200);
    expect((await put('grace', 'alan', 'reliability-impact')).statusCode).toBe(200);
    const strong = { value: 'strong at level', rationale: 'Shipped the deploy-bot retry with tests.', evidence: [alanEvidenceId] };
    expect((await put('ada', 'alan', 'delivery-impact', strong)).statusCode).toBe(200);
    for (const who of ['katherine', 'alan', 'partner'] as const) expect((await put(who, 'alan', 'collaboration', strong)).statusCode, who).toBe(403);
  });

  it('rejects a rating without evidence or off the scale (400), naming the field', async () => {
    const res = await put('grace', 'alan', 'collaboration', { ...needsSupport, evidence: [' '] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('evidence: cite at least one item of the person’s living document the rationale rests on (context alone is not evidence)');
    expect((await put('grace', 'alan', 'collaboration', { ...needsSupport, value: 'meh' })).statusCode).toBe(400);
  });

  it('hides ratings from the engineer before shared; shows them to the manager with the no-surprises flag; refuses the compensation reviewer', async () => {
    const own = await getJson(s.app, url('alan'), await s.as('alan'));
    expect(own.status).toBe(403);
    expect(own.body.error.message).toBe('Ratings stay hidden from the engineer until the cycle is shared; then everything is visible.');
    const mgr = await getJson(s.app, url('alan'), await s.as('grace'));
    expect(mgr.status).toBe(200);
    expect(mgr.body.ratings.map((r: { signal: string; value: string }) => [r.signal, r.value])).toEqual([
      ['code-quality', 'needs support'],
      ['delivery-impact', 'strong at level'],
      ['reliability-impact', 'needs support'],
    ]);
    // Code quality had no earlier feedback: flagged. Reliability had feedback 31 days before: not flagged.
    expect(mgr.body.flags).toEqual([expect.objectContaining({ person: 'alan', signal: 'code-quality', reason: 'No feedback on this signal was shared with the engineer before the rating.' })]);
    expect((await getJson(s.app, url('alan'), await s.as('reviewer'))).status).toBe(403);
    expect((await getJson(s.app, url('alan'), await s.as('katherine'))).status).toBe(403);
    const audit = await s.store.db.selectFrom('audit_log').selectAll().where('resource_type', '=', 'review-rating').where('action', '=', 'read').execute();
    expect(audit).toEqual([expect.objectContaining({ actor_account: 'acct-grace', subject_person: 'alan', resource_id: cycle })]);
  });

  it('lists the cycle’s fairness flags for the manager line and calibrators, not for other managers or engineers', async () => {
    const flags = async (who: 'grace' | 'katherine' | 'ada' | 'alan') => getJson(s.app, `/api/cycles/${cycle}/flags`, await s.as(who));
    expect((await flags('grace')).body.items.map((f: { signal: string }) => f.signal)).toEqual(['code-quality']);
    expect((await flags('ada')).body.items).toHaveLength(1);
    expect((await flags('katherine')).body.items).toEqual([]);
    expect((await flags('alan')).status).toBe(403);
  });

  it('in calibrating: managers no longer write; a calibrator changes a rating with a reason tag and a note', async () => {
    await moveCycle(s, cycle, 'calibrating');
    expect((await put('grace', 'alan', 'code-quality', { ...needsSupport, value: 'exceeds' })).statusCode).toBe(409);
    const payload = { value: 'strong at level', reason: 'consistency', note: 'Peers with the same review history were rated strong.' };
    expect((await send(s.app, { method: 'POST', url: `${url('alan')}/code-quality/calibration`, payload, as: await s.as('grace') })).statusCode).toBe(403);
    const res = await send(s.app, { method: 'POST', url: `${url('alan')}/code-quality/calibration`, payload, as: await s.as('ada') });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().change).toMatchObject({ by: 'acct-ada', from: 'needs support', to: 'strong at level', reason: 'consistency', note: payload.note });
  });

  it('once shared: the engineer sees everything, comments and challenges; only a written answer closes a challenge', async () => {
    await moveCycle(s, cycle, 'finalized');
    expect((await getJson(s.app, url('alan'), await s.as('alan'))).status).toBe(403);
    const early = await send(s.app, { method: 'POST', url: url('alan', 'challenges'), payload: { kind: 'challenge', signal: 'reliability-impact', text: 'x' }, as: await s.as('alan') });
    expect(early.statusCode).toBe(409);
    await moveCycle(s, cycle, 'shared');
    const own = await getJson(s.app, url('alan'), await s.as('alan'));
    expect(own.status).toBe(200);
    expect(own.body.ratings).toHaveLength(3);
    expect(own.body.changes).toEqual([expect.objectContaining({ signal: 'code-quality', from: 'needs support', to: 'strong at level', reason: 'consistency' })]);

    const raised = await send(s.app, { method: 'POST', url: url('alan', 'challenges'), payload: { kind: 'challenge', signal: 'reliability-impact', text: 'INC-42 actions were reassigned to me late.' }, as: await s.as('alan') });
    expect(raised.statusCode).toBe(201);
    const id = raised.json().id as string;
    expect(raised.json()).toMatchObject({ state: 'open', answer: null, author: 'acct-alan' });
    const answer = async (who: 'alan' | 'grace', text: string) => send(s.app, { method: 'POST', url: `/api/challenges/${id}/answer`, payload: { text }, as: await s.as(who) });
    expect((await answer('alan', 'closing it myself')).statusCode).toBe(403);
    expect((await answer('grace', '  ')).statusCode).toBe(400);
    const ok = await answer('grace', 'You are right: the due dates moved; noted in the rating record.');
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ state: 'answered', answer: { by: 'acct-grace', text: 'You are right: the due dates moved; noted in the rating record.' } });
    expect((await answer('grace', 'again')).statusCode).toBe(409);
    expect((await getJson(s.app, url('alan'), await s.as('alan'))).body.notes).toEqual([expect.objectContaining({ id, state: 'answered' })]);
    // Another engineer may not comment on Alan's ratings.
    expect((await send(s.app, { method: 'POST', url: url('alan', 'challenges'), payload: { kind: 'comment', text: 'hi' }, as: await s.as('barbara') })).statusCode).toBe(403);
  });

  it('refuses ratings in a check-in (409) and answers 404 for an unknown cycle or person', async () => {
    const checkIn = await cycleAt(s, 'writing', 'check-in');
    const res = await send(s.app, { method: 'PUT', url: `/api/cycles/${checkIn}/people/alan/ratings/code-quality`, payload: needsSupport, as: await s.as('grace') });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe('A check-in is about growth only: it never carries ratings.');
    expect((await getJson(s.app, '/api/cycles/nope/people/alan/ratings', await s.as('grace'))).status).toBe(404);
    expect((await getJson(s.app, url('nobody'), await s.as('ada'))).status).toBe(404);
  });
});

describeEachDialect('self and manager reviews', (dialect) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await createTestServer(dialect, { runtime: manualRuntime(start) });
    await publishDefaultRubric(s);
  });
  afterAll(async () => s.close());

  it('the person writes the self review, the manager line the manager review; the packet readers read both', async () => {
    const cycle = await cycleAt(s, 'writing');
    const w = async (who: 'alan' | 'grace' | 'katherine', kind: string, text: string) => send(s.app, { method: 'PUT', url: `/api/cycles/${cycle}/people/alan/reviews/${kind}`, payload: { text }, as: await s.as(who) });
    expect((await w('alan', 'self', 'I shipped the retry work.')).statusCode).toBe(200);
    expect((await w('grace', 'manager', 'Retry work cut deploy-bot failures.')).statusCode).toBe(200);
    expect((await w('grace', 'self', 'x')).statusCode).toBe(403);
    expect((await w('alan', 'manager', 'x')).statusCode).toBe(403);
    expect((await w('katherine', 'manager', 'x')).statusCode).toBe(403);
    const read = await getJson(s.app, `/api/cycles/${cycle}/people/alan/reviews`, await s.as('ada'));
    expect(read.body).toEqual({
      self: { text: 'I shipped the retry work.', citations: [], author: 'acct-alan', updatedAt: new Date(start).toISOString() },
      manager: { text: 'Retry work cut deploy-bot failures.', citations: [], author: 'acct-grace', updatedAt: new Date(start).toISOString() },
      managerHidden: null,
      drafts: { self: null, manager: null },
      cited: [],
      mayWrite: { self: false, manager: true },
    });
    expect((await getJson(s.app, `/api/cycles/${cycle}/people/alan/reviews`, await s.as('reviewer'))).status).toBe(403);
    // Alan reads his self review, and the manager review only once the cycle is shared.
    const own = (await getJson(s.app, `/api/cycles/${cycle}/people/alan/reviews`, await s.as('alan'))).body;
    expect(own).toMatchObject({ self: { text: 'I shipped the retry work.' }, manager: null, managerHidden: expect.stringMatching(/when the cycle is shared/) });
  });

  it('keeps a draft private to its writer: autosaves are read back by the writer only, the submitted review by every packet reader', async () => {
    const cycle = await cycleAt(s, 'writing', 'annual', 'drafts');
    const reviews = `/api/cycles/${cycle}/people/alan/reviews`;
    const save = async (who: 'alan' | 'grace' | 'ada', kind: string, payload: object) => send(s.app, { method: 'PUT', url: `${reviews}/${kind}`, payload, as: await s.as(who) });
    const draft = await save('grace', 'manager', { text: 'Half-formed: not sure about the retry work yet', citations: [alanEvidenceId], draft: true });
    expect(draft.statusCode, draft.body).toBe(200);
    expect(draft.json()).toMatchObject({ draft: true, citations: [alanEvidenceId] });
    expect((await save('ada', 'manager', { text: 'Ada’s own notes on Alan', draft: true })).statusCode).toBe(200);

    const asGrace = (await getJson(s.app, reviews, await s.as('grace'))).body;
    expect(asGrace.manager).toBeNull();
    expect(asGrace.drafts.manager).toMatchObject({ text: 'Half-formed: not sure about the retry work yet', author: 'acct-grace' });
    expect(asGrace.cited).toEqual([{ id: alanEvidenceId, title: 'Added tests to the deploy-bot retry', date: '2025-03-10', kind: 'shipped' }]);
    // Alan, Ada (a calibrator above Grace) and the people partner never see Grace's draft.
    for (const who of ['alan', 'ada', 'partner'] as const) {
      const body = (await getJson(s.app, reviews, await s.as(who))).body;
      expect(body.manager, who).toBeNull();
      expect(JSON.stringify(body), who).not.toContain('Half-formed');
    }
    expect((await getJson(s.app, reviews, await s.as('ada'))).body.drafts.manager).toMatchObject({ text: 'Ada’s own notes on Alan' });

    // Submitting publishes it to packet readers and removes the draft.
    const submitted = await save('grace', 'manager', { text: 'The retry work cut deploy-bot failures.', citations: [alanEvidenceId] });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const asAda = (await getJson(s.app, reviews, await s.as('ada'))).body;
    expect(asAda.manager).toMatchObject({ text: 'The retry work cut deploy-bot failures.', citations: [alanEvidenceId], author: 'acct-grace' });
    expect((await getJson(s.app, reviews, await s.as('grace'))).body.drafts.manager).toBeNull();
    const audit = await s.store.db.selectFrom('audit_log').selectAll().where('resource_id', '=', cycle).where('action', '=', 'write').execute();
    expect(audit.map((a) => a.detail)).toEqual(['manager review submitted']);
  });

  it('refuses a citation to nothing, to another person’s item or outside the period, naming it, and stores nothing', async () => {
    const cycle = await cycleAt(s, 'writing', 'annual', 'citations');
    await seedAlanEvidence(s.store.db, 'ev-barbara-1', Date.UTC(2025, 4, 2), 'barbara');
    await seedAlanEvidence(s.store.db, 'ev-alan-2019', Date.UTC(2019, 4, 2), 'alan');
    const self = async (citations: string[]) => send(s.app, { method: 'PUT', url: `/api/cycles/${cycle}/people/alan/reviews/self`, payload: { text: 'My year.', citations }, as: await s.as('alan') });
    const cases: [string, string][] = [
      ['pr-123', 'citations: "pr-123" is not an evidence item of Alan Turing; cite items of their living document'],
      ['ev-barbara-1', 'citations: "ev-barbara-1" is not an evidence item of Alan Turing; cite items of their living document'],
      ['ev-alan-2019', 'citations: "Added tests to the deploy-bot retry" (2019-05-02) is outside the cycle\'s period, 2025-01-01 to 2025-12-31'],
    ];
    for (const [cited, message] of cases) {
      const res = await self([alanEvidenceId, cited]);
      expect(res.statusCode, cited).toBe(400);
      expect(res.json().error.message).toBe(message);
    }
    const rating = await send(s.app, { method: 'PUT', url: `/api/cycles/${cycle}/people/alan/ratings/code-quality`, payload: { ...needsSupport, evidence: ['canary stage'] }, as: await s.as('grace') });
    expect(rating.statusCode).toBe(400);
    expect(rating.json().error.message).toBe('evidence: "canary stage" is not an evidence item of Alan Turing; cite items of their living document');
    expect((await getJson(s.app, `/api/cycles/${cycle}/people/alan/reviews`, await s.as('ada'))).body.self).toBeNull();
    expect((await getJson(s.app, `/api/cycles/${cycle}/people/alan/ratings`, await s.as('ada'))).body.ratings).toEqual([]);
  });

  it('stores a rating’s citations as references with its context apart, and lists what may be cited', async () => {
    const cycle = await cycleAt(s, 'writing', 'annual', 'references');
    const res = await send(s.app, { method: 'PUT', url: `/api/cycles/${cycle}/people/alan/ratings/code-quality`, payload: needsSupport, as: await s.as('grace') });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ evidence: [alanEvidenceId], context: 'https://git.example/pr/12' });
    const read = (await getJson(s.app, `/api/cycles/${cycle}/people/alan/ratings`, await s.as('grace'))).body;
    expect(read.cited).toEqual([{ id: alanEvidenceId, title: 'Added tests to the deploy-bot retry', date: '2025-03-10', kind: 'shipped' }]);
    const citable = await getJson(s.app, `/api/cycles/${cycle}/people/alan/evidence`, await s.as('grace'));
    expect(citable.status).toBe(200);
    expect(citable.body.items.map((i: { id: string }) => i.id)).toContain(alanEvidenceId);
    expect(citable.body.items.find((i: { id: string }) => i.id === alanEvidenceId)).toMatchObject({ outcome: null, signals: ['code-quality'] });
    expect((await getJson(s.app, `/api/cycles/${cycle}/people/alan/evidence`, await s.as('katherine'))).status).toBe(403);
  });
});
