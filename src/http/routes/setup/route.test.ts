import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/dialects.js';
import { getJson, send, useTestServer } from '../../../../test/http-helpers.js';

describeEachDialect('first-run setup', (dialect) => {
  const server = useTestServer(dialect);
  const plan = { date: '2099-03-15', durationMinutes: 120, facilitator: 'ada', participants: ['grace', 'katherine'], ratingDeadlineDays: 5 };

  it('starts with nothing configured and the ladder as the next step', async () => {
    const res = await getJson(server().app, '/api/setup', await server().as('viewer'));
    expect(res.status).toBe(200);
    expect(res.body.steps.map((s: { id: string; done: boolean }) => [s.id, s.done])).toEqual([
      ['ladder', false],
      ['signals', false],
      ['evidence-template', false],
      ['calibration-workshop', false],
    ]);
    expect(res.body.next).toBe('ladder');
    expect(res.body.evidenceTemplates.map((t: { id: string }) => t.id)).toEqual(['outcome-first', 'star', 'brag-document']);
  });

  it('says which steps the reader may change, as the access policy decides', async () => {
    const mayChange = async (who: 'viewer' | 'ada' | 'grace' | 'admin') => (await getJson(server().app, '/api/setup', await server().as(who))).body.mayChange;
    expect(await mayChange('viewer')).toEqual({ ladder: false, signals: false, settings: false });
    expect(await mayChange('grace')).toEqual({ ladder: false, signals: false, settings: false });
    expect(await mayChange('ada')).toEqual({ ladder: true, signals: true, settings: false });
    expect(await mayChange('admin')).toEqual({ ladder: true, signals: true, settings: true });
  });

  it('lets an administrator choose the evidence template, audited', async () => {
    const res = await send(server().app, { method: 'PUT', url: '/api/setup/evidence-template', payload: { template: 'star' }, as: await server().as('admin') });
    expect(res.statusCode).toBe(200);
    expect(res.json().evidenceTemplate).toBe('star');
    expect(res.json().steps[2]).toMatchObject({ id: 'evidence-template', done: true, summary: 'Template: star' });
    const audit = await server().store.db.selectFrom('audit_log').selectAll().where('resource_type', '=', 'settings').execute();
    expect(audit.map((a) => [a.action, a.resource_id, a.detail])).toContainEqual(['update', 'evidence-template', 'star']);
  });

  it('refuses an unknown template naming the field, and non-administrators', async () => {
    const bad = await send(server().app, { method: 'PUT', url: '/api/setup/evidence-template', payload: { template: 'nope' }, as: await server().as('admin') });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.problems).toEqual(['template: must be one of outcome-first, star, brag-document']);
    const denied = await send(server().app, { method: 'PUT', url: '/api/setup/evidence-template', payload: { template: 'star' }, as: await server().as('ada') });
    expect(denied.statusCode).toBe(403);
  });

  it('starts the ladder and the signals from the bundled defaults', async () => {
    const ladder = await send(server().app, { method: 'POST', url: '/api/setup/ladder', payload: { ladder: 'ft-engineering' }, as: await server().as('admin') });
    expect(ladder.statusCode).toBe(200);
    expect(ladder.json().steps[0]).toMatchObject({ id: 'ladder', done: true, summary: expect.stringMatching(/version 1, published$/) });
    expect(ladder.json().next).toBe('signals');
    const signals = await send(server().app, { method: 'POST', url: '/api/setup/signals', as: await server().as('ada') });
    expect(signals.statusCode).toBe(200);
    expect(signals.json().steps[1]).toMatchObject({ id: 'signals', done: true, summary: expect.stringMatching(/5 signals, published$/) });
    // Trellis's own default ladder is offered first and adopts as the next version, with no other organisation's attribution.
    const offered = await getJson(server().app, '/api/setup', await server().as('admin'));
    expect(offered.body.bundledLadders.map((l: { id: string }) => l.id)).toEqual(['trellis-engineering', 'ft-engineering']);
    const own = await send(server().app, { method: 'POST', url: '/api/setup/ladder', payload: { ladder: 'trellis-engineering' }, as: await server().as('admin') });
    expect(own.statusCode).toBe(200);
    const shown = await getJson(server().app, '/api/ladder', await server().as('alan'));
    expect([shown.body.version, shown.body.levels.length, shown.body.source?.licence]).toEqual([2, 6, undefined]);
    const unknown = await send(server().app, { method: 'POST', url: '/api/setup/ladder', payload: { ladder: 'nope' }, as: await server().as('admin') });
    expect(unknown.statusCode).toBe(400);
    expect((await send(server().app, { method: 'POST', url: '/api/setup/signals', as: await server().as('grace') })).statusCode).toBe(403);
  });

  it('plans the calibration workshop with a dated agenda', async () => {
    const res = await send(server().app, { method: 'PUT', url: '/api/setup/calibration-workshop', payload: plan, as: await server().as('admin') });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.workshop).toMatchObject({ date: '2099-03-15', participants: ['grace', 'katherine'] });
    expect(body.workshop.agenda[0]).toEqual({ when: 'by 2099-03-10', what: expect.stringMatching(/independently/) });
    expect(body.steps[3]).toMatchObject({ done: true, summary: 'On 2099-03-15 with 2 raters' });
  });

  it('names every problem of a bad plan, including people who do not exist, and stores nothing', async () => {
    const before = await getJson(server().app, '/api/setup', await server().as('admin'));
    const res = await send(server().app, { method: 'PUT', url: '/api/setup/calibration-workshop', payload: { ...plan, date: '2020-01-01', participants: ['grace', 'nobody'] }, as: await server().as('admin') });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.problems).toEqual(['date: must leave 5 days for independent ratings from today', 'participants: no person with id "nobody"']);
    const after = await getJson(server().app, '/api/setup', await server().as('admin'));
    expect(after.body.workshop).toEqual(before.body.workshop);
  });
  it('keeps the no-surprises window as a validated, audited setting that the checks read', async () => {
    expect((await getJson(server().app, '/api/setup/no-surprise-days', await server().as('viewer'))).body).toEqual({ days: 30 });
    const put = (days: unknown, who: 'admin' | 'grace') => server().as(who).then((as) => send(server().app, { method: 'PUT', url: '/api/setup/no-surprise-days', payload: { days }, as }));
    expect((await put(45, 'grace')).statusCode).toBe(403);
    const bad = await put(3, 'admin');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.problems).toEqual(['days: must be 7 to 365 days']);
    const ok = await put(45, 'admin');
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ days: 45 });
    expect((await getJson(server().app, '/api/setup/no-surprise-days', await server().as('viewer'))).body).toEqual({ days: 45 });
    const audit = await server().store.db.selectFrom('audit_log').selectAll().where('resource_id', '=', 'no-surprise-days').execute();
    expect(audit).toEqual([expect.objectContaining({ action: 'update', resource_type: 'settings', detail: '45 days' })]);
  });
});
