import { afterAll, beforeAll, expect, it } from 'vitest';
import { testAccounts } from '../../../../test/accounts.js';
import { describeEachDialect } from '../../../../test/dialects.js';
import { createTestServer, getJson, type TestServer } from '../../../../test/http-helpers.js';
import { manualRuntime } from '../../../app/runtime.js';

const now = Date.UTC(2025, 2, 31, 12);
const at = (iso: string) => Date.parse(iso);

/** Alan's on-call history: some of it inside the last 90 days, some before. */
async function seedOncall(s: TestServer): Promise<void> {
  await s.store.db
    .insertInto('oncall_shifts')
    .values([
      { id: 's-old', person: 'alan', start_at: at('2024-11-01T09:00:00Z'), end_at: at('2024-11-08T09:00:00Z'), schedule: 'platform-primary' },
      { id: 's-edge', person: 'alan', start_at: at('2024-12-28T09:00:00Z'), end_at: at('2025-01-04T09:00:00Z'), schedule: 'platform-primary' },
      { id: 's1', person: 'alan', start_at: at('2025-01-06T09:00:00Z'), end_at: at('2025-01-13T09:00:00Z'), schedule: null },
      { id: 's2', person: 'alan', start_at: at('2025-03-24T09:00:00Z'), end_at: at('2025-03-31T09:00:00Z'), schedule: 'platform-primary' },
      { id: 's-barbara', person: 'barbara', start_at: at('2025-03-01T09:00:00Z'), end_at: at('2025-03-08T09:00:00Z'), schedule: 'payments' },
    ])
    .execute();
  await s.store.db
    .insertInto('pages')
    .values([
      { id: 'p-old', at: at('2024-12-01T03:00:00Z'), person: 'alan', service: 'deploy-bot', acknowledged_at: null, resolved_at: null, urgency: 'high', actionable: 1 },
      { id: 'p1', at: at('2025-01-07T03:10:00Z'), person: 'alan', service: null, acknowledged_at: null, resolved_at: null, urgency: 'high', actionable: 0 },
      { id: 'p2', at: at('2025-03-25T14:00:00Z'), person: 'alan', service: 'deploy-bot', acknowledged_at: at('2025-03-25T14:04:00Z'), resolved_at: at('2025-03-25T14:40:00Z'), urgency: null, actionable: null },
      { id: 'p-barbara', at: at('2025-03-02T02:00:00Z'), person: 'barbara', service: 'checkout', acknowledged_at: null, resolved_at: null, urgency: 'low', actionable: 1 },
    ])
    .execute();
}

describeEachDialect('GET /api/people/:id/private', (dialect) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await createTestServer(dialect, { runtime: manualRuntime(now) });
    await seedOncall(s);
  });
  afterAll(async () => s.close());

  it('shows the person their own shifts and pages of the last 90 days, newest first, with counts', async () => {
    const { status, body } = await getJson(s.app, '/api/people/alan/private', await s.as('alan'));
    expect(status).toBe(200);
    // Platform has no time zone and Alan none of his own: the page falls back to the viewer's, and says so.
    expect(body.person).toEqual({ id: 'alan', name: 'Alan Turing', team: 'platform', manager: 'grace', timeZone: null, workingHours: '09:00-17:00' });
    expect(body.oncallShifts).toEqual([
      { id: 's2', start: '2025-03-24T09:00:00.000Z', end: '2025-03-31T09:00:00.000Z', schedule: 'platform-primary' },
      { id: 's1', start: '2025-01-06T09:00:00.000Z', end: '2025-01-13T09:00:00.000Z', schedule: null },
      { id: 's-edge', start: '2024-12-28T09:00:00.000Z', end: '2025-01-04T09:00:00.000Z', schedule: 'platform-primary' },
    ]);
    expect(body.pages).toEqual([
      { id: 'p2', at: '2025-03-25T14:00:00.000Z', service: 'deploy-bot', urgency: null, actionable: null, acknowledgedAt: '2025-03-25T14:04:00.000Z', resolvedAt: '2025-03-25T14:40:00.000Z' },
      { id: 'p1', at: '2025-01-07T03:10:00.000Z', service: null, urgency: 'high', actionable: false, acknowledgedAt: null, resolvedAt: null },
    ]);
    expect(body.counts).toEqual({ shifts: 3, pages: 2 });
  });

  it("names the person's time zone (their own, else their team's) so their times read in their hours", async () => {
    const { status, body } = await getJson(s.app, '/api/people/katherine/private', await s.as('ada'));
    expect(status).toBe(200);
    expect(body.person).toMatchObject({ id: 'katherine', timeZone: 'Europe/Berlin', workingHours: '09:00-17:00' });
  });

  it('lets the manager line read it: the direct manager and the manager’s manager', async () => {
    for (const who of ['grace', 'ada'] as const) {
      const { status, body } = await getJson(s.app, '/api/people/alan/private', await s.as(who));
      expect(status, who).toBe(200);
      expect(body.counts).toEqual({ shifts: 3, pages: 2 });
    }
  });

  it('lets a people partner read it', async () => {
    expect((await getJson(s.app, '/api/people/alan/private', await s.as('partner'))).status).toBe(200);
  });

  it('refuses another engineer, a manager of another line, a compensation reviewer and an admin: 403 FORBIDDEN', async () => {
    for (const who of ['barbara', 'katherine', 'reviewer', 'admin', 'viewer'] as const) {
      const { status, body } = await getJson(s.app, '/api/people/alan/private', await s.as(who));
      expect(status, who).toBe(403);
      expect(body.error).toEqual({ code: 'FORBIDDEN', message: "Only the person, their manager line and people partners may see someone's on-call shifts and pages." });
    }
  });

  it('answers 404 for a person who does not exist', async () => {
    const { status, body } = await getJson(s.app, '/api/people/nobody/private', await s.as('partner'));
    expect(status).toBe(404);
    expect(body.error.code).toBe('NOT_FOUND');
  });

  it('audits every read of the private records, naming the reader and whose records they were', async () => {
    await getJson(s.app, '/api/people/barbara/private', await s.as('katherine'));
    const rows = await s.store.db.selectFrom('audit_log').selectAll().where('resource_type', '=', 'person-private').where('subject_person', '=', 'barbara').execute();
    expect(rows).toEqual([
      expect.objectContaining({ actor_account: testAccounts.katherine.id, action: 'read', resource_id: 'barbara', subject_person: 'barbara' }),
    ]);
    expect(Number(rows[0]!.at)).toBe(now);
    // Refused reads read nothing, so they leave no read entry.
    await getJson(s.app, '/api/people/barbara/private', await s.as('alan'));
    const after = await s.store.db.selectFrom('audit_log').select('id').where('resource_type', '=', 'person-private').where('subject_person', '=', 'barbara').execute();
    expect(after).toHaveLength(1);
  });
});
