import { afterAll, beforeAll, expect, it } from 'vitest';
import { testAccounts } from '../../../../test/accounts.js';
import { describeEachDialect } from '../../../../test/dialects.js';
import { createTestServer, getJson, send, type TestServer } from '../../../../test/http-helpers.js';
import { manualRuntime } from '../../../app/runtime.js';
import { importOpenSlo } from '../../../app/reliability/import-openslo.js';
import { operatorActor } from '../../../core/access/actor.js';
import { importRecords } from '../../../app/import-records.js';
import type { TrellisRecord } from '../../../core/records/schemas.js';
import { jsonl, sourceOf } from '../../../../test/records.js';

const DAY = 86_400_000;
const t = Date.UTC(2026, 4, 5, 10);
const now = Date.UTC(2026, 10, 2);

/**
 * deploy-bot, 90 days either side of t: 60 deployments before (12 caused an incident: 20%),
 * 60 after (1 did: 1.7%) — a clear drop in change failure rate.
 */
async function seedDelivery(s: TestServer): Promise<void> {
  const records: TrellisRecord[] = [];
  const iso = (ms: number) => new Date(Math.round(ms)).toISOString();
  for (let i = 0; i < 120; i++) {
    const before = i < 60;
    const at = before ? t - 89 * DAY + i * 1.45 * DAY : t + DAY + (i - 60) * 1.45 * DAY;
    const id = `d${i}`;
    records.push({ kind: 'deployment', id, service: 'deploy-bot', finishedAt: iso(at) });
    if ((before && i % 5 === 0) || i === 100) records.push({ kind: 'incident', id: `i${i}`, service: 'deploy-bot', startedAt: iso(at + 3_600_000), resolvedAt: iso(at + 7_200_000), severity: 'sev2', causedBy: id });
  }
  // The data runs on past the after window (and its failure-detection lag): nothing is shortened.
  records.push({ kind: 'deployment', id: 'd-later', service: 'deploy-bot', finishedAt: iso(t + 110 * DAY) });
  // Imported as any source would be: the import keeps the stored delivery facts current.
  await importRecords(s.store, sourceOf('deploy-bot.jsonl', jsonl(records)));
}

const rollout = {
  title: 'Rollout automation with automatic halt',
  date: '2026-05-05',
  kind: 'prevention',
  signals: ['reliability-impact'],
  dimensions: ['operational-responsibility'],
  links: [{ url: 'https://git.lumen.example/deploy-bot/pull/812', label: 'PR 812' }],
  outcome: { target: 'service', id: 'deploy-bot', at: '2026-05-05T10:00:00Z', windowDays: 90 },
};

describeEachDialect('living document routes', (dialect) => {
  let s: TestServer;
  beforeAll(async () => {
    // With a report worker (PostgreSQL: SQLite's in-memory store cannot be opened twice): outcome comparisons run in the pool, as in production.
    s = await createTestServer(dialect, { runtime: manualRuntime(now), config: { reportWorkers: 1 } });
    await seedDelivery(s);
  });
  afterAll(async () => s.close());

  const post = async (url: string, payload: unknown, who: Parameters<TestServer['as']>[0]) => {
    const res = await send(s.app, { method: 'POST', url, payload, as: await s.as(who) });
    return { status: res.statusCode, body: res.json() };
  };

  it('an engineer adds evidence with an outcome link and gets the before/after figures of the service', async () => {
    const { status, body } = await post('/api/people/alan/evidence', rollout, 'alan');
    expect(status).toBe(201);
    expect(body).toMatchObject({ person: 'alan', title: rollout.title, date: '2026-05-05', kind: 'prevention', label: 'outcome', signals: ['reliability-impact'] });
    expect(body.outcome).toMatchObject({ status: 'figures', message: null, scope: { kind: 'service', id: 'deploy-bot', name: 'Deploy Bot' }, headline: 'changeFailureRate' });
    const cfr = body.outcome.metrics.changeFailureRate;
    expect(cfr).toMatchObject({ before: 0.2, nBefore: 60, nAfter: 60, verdict: 'improved' });
    expect(cfr.after).toBeCloseTo(1 / 60, 10);
    expect(cfr.ci[1]).toBeLessThan(0);
    const audit = await s.store.db.selectFrom('audit_log').selectAll().where('resource_type', '=', 'evidence-item').where('resource_id', '=', body.id).execute();
    expect(audit).toEqual([expect.objectContaining({ action: 'create', actor_account: testAccounts.alan.id, subject_person: 'alan' })]);
  });

  it('refuses a link to an SLO that does not exist, naming the field; keeps one to an imported SLO; an item without a link is activity', async () => {
    const made = await post('/api/people/alan/evidence', { title: 'Alert tuning', date: '2026-07-01', kind: 'reliability', outcome: { target: 'slo', id: 'deploy-bot-availability', at: '2026-07-01' } }, 'alan');
    expect(made.status).toBe(400);
    expect(made.body.error.problems).toEqual(['outcome.id: no SLO "deploy-bot-availability" (SLOs are imported as OpenSLO files)']);
    await importOpenSlo(s.store, manualRuntime(Date.UTC(2026, 6, 1)), operatorActor, [
      {
        name: 'slo.yaml',
        text: 'apiVersion: openslo/v1\nkind: SLO\nmetadata: { name: deploy-bot-availability }\nspec:\n  service: deploy-bot\n  indicator:\n    metadata: { name: deploy-bot-ok }\n    spec: { ratioMetric: { counter: true, good: { metricSource: { type: Prometheus, spec: { query: ok } } }, total: { metricSource: { type: Prometheus, spec: { query: all } } } } }\n  timeWindow: [{ duration: 30d, isRolling: true }]\n  budgetingMethod: Occurrences\n  objectives: [{ target: 0.999 }]\n',
      },
    ]);
    const slo = await post('/api/people/alan/evidence', { title: 'Alert tuning', date: '2026-07-01', kind: 'reliability', outcome: { target: 'slo', id: 'deploy-bot-availability', at: '2026-07-01' } }, 'alan');
    expect(slo.status).toBe(201);
    expect(slo.body.outcome).toMatchObject({ status: 'figures', message: null, metrics: null, scope: { kind: 'slo', id: 'deploy-bot-availability' }, link: { target: 'slo', id: 'deploy-bot-availability', at: '2026-07-01T00:00:00.000Z', windowDays: 90 } });
    expect(slo.body.outcome.comparison.notes).toEqual(['No SLI data is stored for this SLO yet: there is nothing to compare.']);
    expect(slo.body.outcome.slo.burnRate).toMatchObject({ before: null, after: null, nBefore: 0, nAfter: 0, verdict: 'no clear change', ci: null });
    expect(slo.body.outcome.slo.attribution.after).toEqual({ burningMinutes: 0, totalBurn: 0, unattributedShare: 0, events: [], moreEvents: 0 });
    const activity = await post('/api/people/alan/evidence', { title: 'Paired with a new joiner on the runbook', date: '2026-10-20', kind: 'mentoring' }, 'alan');
    expect(activity.body).toMatchObject({ label: 'activity', outcome: null });
  });

  it('refuses bad input with 400, naming each field', async () => {
    const { status, body } = await post('/api/people/alan/evidence', { ...rollout, title: ' ', links: [{ url: 'javascript:alert(1)', label: 'x' }], outcome: { ...rollout.outcome, id: 'no-such-service' } }, 'alan');
    expect(status).toBe(400);
    expect(body.error.code).toBe('BAD_INPUT');
    expect(body.error.problems).toEqual(['title: must not be empty', 'links.0.url: must be an http(s) URL, e.g. https://git.example/pr/42']);
    const missing = await post('/api/people/alan/evidence', { ...rollout, outcome: { ...rollout.outcome, id: 'no-such-service' } }, 'alan');
    expect(missing.body.error.problems).toEqual(['outcome.id: no service "no-such-service"']);
    const shape = await post('/api/people/alan/evidence', { ...rollout, kind: 'heroics' }, 'alan');
    expect(shape.status).toBe(400);
    expect(shape.body.error.problems[0]).toMatch(/^body\.kind: /);
  });

  it('reads the document: evidence newest first with outcomes, fairness checks, no ladder yet; own reads are not audited', async () => {
    const { status, body } = await getJson(s.app, '/api/people/alan/document', await s.as('alan'));
    expect(status).toBe(200);
    expect(body.person).toMatchObject({ id: 'alan', name: 'Alan Turing', level: 'L3' });
    expect(body.evidence.map((e: { date: string }) => e.date)).toEqual(['2026-10-20', '2026-07-01', '2026-05-05']);
    expect(body.evidence[2].outcome.metrics.changeFailureRate.verdict).toBe('improved');
    expect(body.ladder).toEqual({ status: 'no-ladder', message: 'No career ladder is published yet.', version: null, position: null });
    expect(body.fairness.period).toEqual({ from: new Date(now - 365 * DAY).toISOString(), to: new Date(now).toISOString() });
    expect(body.fairness.prevention).toMatchObject({ prevention: 2, firefighting: 0, preventionWithOutcome: 2 });
    expect(body.fairness.activity.items.map((i: { title: string }) => i.title)).toEqual(['Paired with a new joiner on the runbook']);
    expect(body.fairness.flags.map((f: { check: string }) => f.check)).toEqual(['activity-not-outcome']);
    expect(body.growthNotes).toEqual({ visible: true, items: [] });
    const audited = await s.store.db.selectFrom('audit_log').select('id').where('resource_type', '=', 'living-document').where('subject_person', '=', 'alan').execute();
    expect(audited).toHaveLength(0);
  });

  it('lets the manager line and people partners read it, audited; refuses outsiders and compensation reviewers', async () => {
    for (const who of ['grace', 'ada', 'partner'] as const) expect((await getJson(s.app, '/api/people/alan/document', await s.as(who))).status, who).toBe(200);
    const audited = await s.store.db.selectFrom('audit_log').select(['actor_account']).where('resource_type', '=', 'living-document').where('subject_person', '=', 'alan').execute();
    expect(audited.map((a) => a.actor_account).sort()).toEqual([testAccounts.ada.id, testAccounts.grace.id, testAccounts.partner.id].sort());
    for (const who of ['barbara', 'katherine', 'admin', 'viewer', 'reviewer'] as const) {
      const { status, body } = await getJson(s.app, '/api/people/alan/document', await s.as(who));
      expect(status, who).toBe(403);
      expect(body.error.code).toBe('FORBIDDEN');
    }
    expect((await post('/api/people/alan/evidence', rollout, 'barbara')).status).toBe(403);
    expect((await getJson(s.app, '/api/people/nobody/document', await s.as('ada'))).status).toBe(404);
  });

  it('edits and deletes evidence; another document’s item is not found', async () => {
    const created = await post('/api/people/alan/evidence', { title: 'Draft', date: '2026-06-01', kind: 'learning' }, 'grace');
    const url = `/api/people/alan/evidence/${created.body.id}`;
    const put = await send(s.app, { method: 'PUT', url, payload: { title: 'Course on SLOs', date: '2026-06-02', kind: 'learning' }, as: await s.as('alan') });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ title: 'Course on SLOs', date: '2026-06-02' });
    expect((await send(s.app, { method: 'PUT', url: `/api/people/barbara/evidence/${created.body.id}`, payload: { title: 'x', date: '2026-06-02', kind: 'learning' }, as: await s.as('katherine') })).statusCode).toBe(404);
    expect((await send(s.app, { method: 'DELETE', url, as: await s.as('alan') })).statusCode).toBe(204);
    expect((await send(s.app, { method: 'DELETE', url, as: await s.as('alan') })).statusCode).toBe(404);
    const actions = await s.store.db.selectFrom('audit_log').select('action').where('resource_id', '=', created.body.id).orderBy('at').orderBy('action').execute();
    expect(actions.map((a) => a.action).sort()).toEqual(['create', 'delete', 'update']);
  });

  it('adds goals and updates their status', async () => {
    const goal = await post('/api/people/alan/goals', { quarter: '2026-Q4', text: 'Halve deploy-bot pages' }, 'alan');
    expect(goal.status).toBe(201);
    expect(goal.body).toMatchObject({ quarter: '2026-Q4', status: 'not-started' });
    const res = await send(s.app, { method: 'PUT', url: `/api/people/alan/goals/${goal.body.id}`, payload: { status: 'on-track' }, as: await s.as('grace') });
    expect(res.json()).toMatchObject({ status: 'on-track', text: 'Halve deploy-bot pages' });
    const bad = await post('/api/people/alan/goals', { quarter: 'Q4', text: 'x' }, 'alan');
    expect(bad.body.error.problems).toEqual(['quarter: must be a quarter like 2026-Q3']);
    const doc = await getJson(s.app, '/api/people/alan/document', await s.as('alan'));
    expect(doc.body.goals.map((g: { status: string }) => g.status)).toEqual(['on-track']);
  });

  it('growth notes: the manager writes, drafts stay with their author, compensation reviewers never read them', async () => {
    expect((await post('/api/people/alan/growth-notes', { text: 'Led the deploy-bot incident review with a clear timeline.' }, 'grace')).status).toBe(201);
    expect((await post('/api/people/alan/growth-notes', { text: 'Thinking about a stretch goal', shared: false }, 'grace')).body).toMatchObject({ shared: false, author: { name: 'Grace Hopper' } });
    const alanSees = await getJson(s.app, '/api/people/alan/growth-notes', await s.as('alan'));
    expect(alanSees.body.items.map((n: { text: string }) => n.text)).toEqual(['Led the deploy-bot incident review with a clear timeline.']);
    const graceSees = await getJson(s.app, '/api/people/alan/growth-notes', await s.as('grace'));
    expect(graceSees.body.items).toHaveLength(2);
    const reviewer = await getJson(s.app, '/api/people/alan/growth-notes', await s.as('reviewer'));
    expect(reviewer.status).toBe(403);
    expect(reviewer.body.error.message).toBe('Compensation reviewers never see growth notes, check-ins or 1:1 notes: compensation is kept apart from growth.');
    expect((await post('/api/people/alan/growth-notes', { text: 'x' }, 'reviewer')).status).toBe(403);
    expect((await post('/api/people/alan/growth-notes', { text: '' }, 'grace')).body.error.problems).toEqual(['text: must not be empty']);
  });

  it('says what each reader may change: the person their goals and evidence, the manager line growth notes too, a people partner nothing', async () => {
    const mayChange = async (who: 'alan' | 'grace' | 'partner') => (await getJson(s.app, '/api/people/alan/document', await s.as(who))).body.mayChange;
    expect(await mayChange('alan')).toEqual({ document: true, growthNotes: false });
    expect(await mayChange('grace')).toEqual({ document: true, growthNotes: true });
    expect(await mayChange('partner')).toEqual({ document: false, growthNotes: false });
    // The server holds the same line: the person does not write growth notes about themself.
    const own = await post('/api/people/alan/growth-notes', { text: 'Note to self' }, 'alan');
    expect(own.status).toBe(403);
    expect(own.body.error.message).toMatch(/manager line writes your growth notes/);
  });

  it('previews the before/after of a proposed link before saving it', async () => {
    const { status, body } = await post('/api/evidence/outcome-preview', { target: 'team', id: 'platform', at: '2026-05-05T10:00:00Z', metric: 'changeFailureRate' }, 'alan');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'figures', scope: { kind: 'team', id: 'platform', name: 'Platform' }, headline: 'changeFailureRate' });
    expect(body.metrics.changeFailureRate).toMatchObject({ before: 0.2, nBefore: 60, verdict: 'improved' });
    const bad = await post('/api/evidence/outcome-preview', { target: 'service', id: 'deploy-bot', at: 'last spring' }, 'alan');
    expect(bad.status).toBe(400);
    expect(bad.body.error.problems).toEqual(['at: must be a day (2026-05-05), an ISO time with an offset, or epoch milliseconds']);
    const gone = await post('/api/evidence/outcome-preview', { target: 'service', id: 'nope', at: '2026-05-05' }, 'alan');
    expect(gone.body).toMatchObject({ status: 'not-found', message: 'No service "nope".' });
  });
  it('shows the same figures as the delivery page for the same moment, and editing the item keeps the moment to the minute', async () => {
    const added = await post('/api/people/alan/evidence', { ...rollout, title: 'Rollout, second write-up', outcome: { ...rollout.outcome, metric: 'leadTime' } }, 'alan');
    expect(added.body.outcome.link).toMatchObject({ at: '2026-05-05T10:00:00.000Z', metric: 'leadTime' });
    expect(added.body.outcome.headline).toBe('leadTime');
    // The delivery page asks for the moment the evidence item links to (the outcome's link carries it).
    const page = await getJson(s.app, `/api/delivery/services/deploy-bot/compare?t=${encodeURIComponent(added.body.outcome.link.at)}&windowDays=90`, await s.as('alan'));
    expect(page.status).toBe(200);
    expect(page.body.metrics).toEqual(added.body.outcome.metrics);
    expect(added.body.outcome.comparison).toEqual({ windowDays: page.body.windowDays, requestedWindowDays: 90, dataEnd: new Date(page.body.dataEnd).toISOString(), failureLagDays: 14, notes: page.body.notes });
    // Saving the item again with the link as read (a title fix) changes neither the moment nor the figures.
    const { outcome, ...rest } = added.body;
    const put = await send(s.app, {
      method: 'PUT',
      url: `/api/people/alan/evidence/${added.body.id}`,
      payload: { title: 'Rollout, second write-up (typo fixed)', date: rest.date, kind: rest.kind, signals: rest.signals, dimensions: rest.dimensions, links: rest.links, notes: rest.notes, outcome: { target: 'service', id: 'deploy-bot', at: outcome.link.at, windowDays: 90, metric: 'leadTime' } },
      as: await s.as('alan'),
    });
    expect(put.statusCode).toBe(200);
    expect(put.json().outcome.link.at).toBe('2026-05-05T10:00:00.000Z');
    expect(put.json().outcome.metrics).toEqual(added.body.outcome.metrics);
  });
});
