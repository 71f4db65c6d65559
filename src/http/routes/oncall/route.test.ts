import { afterAll, beforeAll, expect, it } from 'vitest';
import { testAccounts } from '../../../../test/accounts.js';
import { describeEachDialect } from '../../../../test/dialects.js';
import { createTestServer, getJson, send, type TestServer } from '../../../../test/http-helpers.js';
import { manualRuntime } from '../../../app/runtime.js';

const now = Date.UTC(2025, 2, 31, 12);
const at = (iso: string) => Date.parse(iso);

/** Platform (Europe/London via its parent? no: Platform has no zone, so UTC): Grace and Alan; Alan is paged at night. */
async function seed(s: TestServer): Promise<void> {
  await s.store.db
    .insertInto('oncall_shifts')
    .values([
      { id: 's1', person: 'alan', start_at: at('2025-03-03T09:00:00Z'), end_at: at('2025-03-10T09:00:00Z'), schedule: 'platform' },
      { id: 's2', person: 'grace', start_at: at('2025-03-10T09:00:00Z'), end_at: at('2025-03-17T09:00:00Z'), schedule: 'platform' },
    ])
    .execute();
  const page = (id: string, iso: string, person: string, alert: string, actionable: number | null) => ({ id, at: at(iso), person, service: 'deploy-bot', acknowledged_at: null, resolved_at: null, urgency: 'high', actionable, alert });
  await s.store.db
    .insertInto('pages')
    .values([
      page('p1', '2025-03-04T02:00:00Z', 'alan', 'QueueStuck', 0),
      page('p2', '2025-03-05T03:00:00Z', 'alan', 'QueueStuck', 0),
      page('p3', '2025-03-06T23:30:00Z', 'alan', 'QueueStuck', 0),
      page('p4', '2025-03-08T11:00:00Z', 'alan', 'DiskFull', 1),
      page('p5', '2025-03-11T10:00:00Z', 'grace', 'DiskFull', 1),
    ])
    .execute();
}

describeEachDialect('on-call health and a person’s own load', (dialect) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await createTestServer(dialect, { runtime: manualRuntime(now) });
    await seed(s);
  });
  afterAll(async () => s.close());

  const team = '/api/teams/platform/oncall?from=2025-03-01T00:00:00Z&to=2025-03-29T00:00:00Z';

  it('team figures for anyone signed in, with no person in them when the caller may see nobody', async () => {
    const { status, body } = await getJson(s.app, team, await s.as('barbara'));
    expect(status).toBe(200);
    expect(body.figures).toMatchObject({ members: 2, pages: 5, offHoursPages: 4, sleepHoursPages: 3, weekendPages: 1, pagesPerShift: 2.5 });
    expect(body.figures.loadGini).toBeCloseTo(0.3, 12); // counts 4 and 1: 2·3 / (2·4·2.5)
    expect(body.figures.noisyAlerts[0]).toMatchObject({ service: 'deploy-bot', alert: 'QueueStuck', notActionable: 3 });
    expect(body.people).toEqual([]);
    expect(body.hiddenPeople).toBe(2);
    expect(JSON.stringify(body)).not.toMatch(/alan|Alan|grace|Grace/);
  });

  it('per-person load: the engineer sees only themself; their manager line sees the reports', async () => {
    const who = async (k: 'alan' | 'grace' | 'ada' | 'partner' | 'admin') => ((await getJson(s.app, team, await s.as(k))).body.people as { person: string }[]).map((p) => p.person).sort();
    expect(await who('alan')).toEqual(['alan']);
    expect(await who('grace')).toEqual(['alan', 'grace']);
    expect(await who('ada')).toEqual(['alan', 'grace']);
    expect(await who('partner')).toEqual([]);
    expect(await who('admin')).toEqual([]);
  });

  // Two weeks: 3 sleep-hour pages are 1.5 a week, above the default 1.
  it('the person’s own load: figures, flags with thresholds and causes, off-hours pages in their zone', async () => {
    const { status, body } = await getJson(s.app, '/api/people/alan/load?from=2025-03-01T00:00:00Z&to=2025-03-15T00:00:00Z', await s.as('alan'));
    expect(status).toBe(200);
    expect(body.load).toMatchObject({ person: 'alan', zone: 'UTC', workingHours: '09:00-17:00', pages: 4, offHoursPages: 4, sleepHoursPages: 3, weekendPages: 1 });
    const sleep = body.load.flags.find((f: { key: string }) => f.key === 'sleepHours');
    expect(sleep).toMatchObject({ threshold: 1, n: 3, causes: [{ service: 'deploy-bot', alert: 'QueueStuck', pages: 3 }] });
    expect(body.interruptions.map((i: { id: string }) => i.id)).toEqual(['p4', 'p3', 'p2', 'p1']);
    expect(body.interruptions[1]).toMatchObject({ localTime: '2025-03-06T23:30:00Z', sleepHours: true });
    expect(body.team).toMatchObject({ id: 'platform', members: 2 });
  });

  it('refuses peers, other managers, people partners, compensation reviewers and admins', async () => {
    for (const k of ['barbara', 'katherine', 'partner', 'reviewer', 'admin', 'viewer'] as const) {
      const { status, body } = await getJson(s.app, '/api/people/alan/load', await s.as(k));
      expect(status, k).toBe(403);
      expect(body.error.message).toContain('manager line');
    }
    expect((await getJson(s.app, '/api/people/alan/load', await s.as('grace'))).status).toBe(200);
    expect((await getJson(s.app, '/api/people/nobody/load', await s.as('grace'))).status).toBe(404);
  });

  it('audits every per-person read, as other private reads are; refused reads leave no read entry', async () => {
    const before = await s.store.db.selectFrom('audit_log').select('id').where('resource_type', '=', 'person-wellbeing').where('subject_person', '=', 'alan').execute();
    await getJson(s.app, '/api/people/alan/load', await s.as('grace'));
    await getJson(s.app, team, await s.as('grace'));
    await getJson(s.app, '/api/people/alan/load', await s.as('barbara'));
    await getJson(s.app, team, await s.as('barbara'));
    const rows = await s.store.db.selectFrom('audit_log').selectAll().where('resource_type', '=', 'person-wellbeing').where('subject_person', '=', 'alan').execute();
    expect(rows.length - before.length).toBe(2);
    expect(rows.slice(-2).every((r) => r.actor_account === testAccounts.grace.id && r.action === 'read' && Number(r.at) === now)).toBe(true);
  });

  it('thresholds: read by anyone, changed by administrators, and the change shows beside the flags', async () => {
    expect((await getJson(s.app, '/api/settings/wellbeing-thresholds', await s.as('alan'))).body.sleepHoursPerWeek).toBe(1);
    const put = async (k: 'alan' | 'admin', payload: unknown) => send(s.app, { method: 'PUT', url: '/api/settings/wellbeing-thresholds', as: await s.as(k), payload });
    expect((await put('alan', { sleepHoursPerWeek: 5 })).statusCode).toBe(403);
    expect((await put('admin', { sleepHoursPerWeek: -1 })).statusCode).toBe(400);
    expect((await put('admin', { sleepHoursPerWeek: 5 })).statusCode).toBe(200);
    const { body } = await getJson(s.app, '/api/people/alan/load?from=2025-03-01T00:00:00Z&to=2025-03-15T00:00:00Z', await s.as('alan'));
    expect(body.thresholds.sleepHoursPerWeek).toBe(5);
    expect(body.load.perWeek.sleepHours).toBe(1.5);
    expect(body.load.flags.map((f: { key: string }) => f.key)).not.toContain('sleepHours');
    expect((await put('admin', { sleepHoursPerWeek: 1 })).statusCode).toBe(200);
  });

  it('bad windows are 400 naming the field; unknown teams 404', async () => {
    const bad = await getJson(s.app, '/api/teams/platform/oncall?from=yesterday', await s.as('alan'));
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('from');
    expect((await getJson(s.app, '/api/teams/platform/oncall?from=2025-03-10T00:00:00Z&to=2025-03-01T00:00:00Z', await s.as('alan'))).status).toBe(400);
    expect((await getJson(s.app, '/api/teams/nope/oncall', await s.as('alan'))).status).toBe(404);
  });
});
