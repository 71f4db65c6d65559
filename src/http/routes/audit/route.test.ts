import { beforeAll, afterAll, expect, it } from 'vitest';
import { testAccounts } from '../../../../test/accounts.js';
import { describeEachDialect } from '../../../../test/dialects.js';
import { parse } from 'csv-parse/sync';
import { createTestServer, getJson, send, type TestServer } from '../../../../test/http-helpers.js';
import { auditEntry } from '../../../app/audit/audit-entry.js';
import { createAccount } from '../../../app/auth/create-account.js';
import { manualRuntime } from '../../../app/runtime.js';
import { operatorActor } from '../../../core/access/actor.js';
import { dataAccess } from '../../../store/data-access.js';

const t0 = Date.UTC(2025, 2, 3, 9);
const minute = 60_000;

describeEachDialect('access log and audit log', (dialect) => {
  let s: TestServer;
  beforeAll(async () => {
    const clock = manualRuntime(t0);
    s = await createTestServer(dialect, { runtime: clock });
    for (const who of ['ada', 'grace', 'alan', 'partner'] as const) {
      const as = await s.as(who);
      clock.advance(minute);
      expect((await getJson(s.app, '/api/people/alan/private', as)).status).toBe(200);
    }
    await createAccount({ data: dataAccess(s.store.db), runtime: clock }, operatorActor, { email: 'ops@lumen.example', roles: ['admin'] });
    // Records outlive the directory: an entry about someone the directory no longer knows.
    await dataAccess(s.store.db).audit.append(auditEntry(clock, null, { action: 'delete', resourceType: 'records', subjectPerson: 'someone-gone' }));
  });
  afterAll(async () => s.close());

  it('shows a person who read their records — everyone but themself — newest first', async () => {
    const { status, body } = await getJson(s.app, '/api/people/alan/access-log', await s.as('alan'));
    expect(status).toBe(200);
    expect(body.total).toBe(3);
    expect(body.items.map((i: { actor: { name: string } }) => i.actor.name)).toEqual(['partner@lumen.example', 'Grace Hopper', 'Ada Lovelace']);
    expect(body.items[2]).toEqual({
      at: new Date(t0 + minute).toISOString(),
      actor: { id: testAccounts.ada.id, email: 'ada@lumen.example', name: 'Ada Lovelace' },
      action: 'read',
      summary: 'Viewed private records (on-call shifts and pages)',
      detail: 'on-call shifts and pages, last 90 days',
      resourceType: 'person-private',
      resourceId: 'alan',
    });
  });

  it('pages the access log', async () => {
    const { body } = await getJson(s.app, '/api/people/alan/access-log?limit=1&offset=1', await s.as('alan'));
    expect(body.total).toBe(3);
    expect(body.items.map((i: { actor: { id: string } }) => i.actor.id)).toEqual([testAccounts.grace.id]);
    expect((await getJson(s.app, '/api/people/alan/access-log?limit=0', await s.as('alan'))).status).toBe(400);
  });

  it('shows the access log to the person and administrators only — not to their manager', async () => {
    expect((await getJson(s.app, '/api/people/alan/access-log', await s.as('admin'))).status).toBe(200);
    for (const who of ['grace', 'barbara', 'partner'] as const) {
      const { status, body } = await getJson(s.app, '/api/people/alan/access-log', await s.as(who));
      expect(status, who).toBe(403);
      expect(body.error.code).toBe('FORBIDDEN');
    }
    expect((await getJson(s.app, '/api/people/nobody/access-log', await s.as('admin'))).status).toBe(404);
  });

  it('gives administrators the whole audit log, with whose record each entry is about', async () => {
    const { status, body } = await getJson(s.app, '/api/audit?limit=500', await s.as('admin'));
    expect(status).toBe(200);
    const reads = body.items.filter((i: { action: string }) => i.action === 'read');
    expect(reads).toHaveLength(4);
    expect(reads[0]).toEqual({
      at: new Date(t0 + 4 * minute).toISOString(),
      actor: { id: testAccounts.partner.id, email: 'partner@lumen.example', name: 'partner@lumen.example' },
      action: 'read',
      summary: 'Viewed private records (on-call shifts and pages)',
      detail: 'on-call shifts and pages, last 90 days',
      resourceType: 'person-private',
      resourceId: 'alan',
      subjectPerson: 'alan',
      subjectName: 'Alan Turing',
      subjects: [{ id: 'alan', name: 'Alan Turing' }],
    });
    expect(body.items.filter((i: { action: string }) => i.action === 'sign-in').length).toBeGreaterThanOrEqual(5);
    const created = body.items.find((i: { action: string; resourceType: string }) => i.action === 'create' && i.resourceType === 'account');
    expect(created.actor).toEqual({ id: 'operator', email: '', name: 'Operator (command line)' });
    expect(created).toMatchObject({ subjectPerson: null, subjectName: null });
  });

  it('names whose record an entry is about, keeping the id where the directory knows no name', async () => {
    const { body } = await getJson(s.app, '/api/audit?limit=500', await s.as('admin'));
    const about = (id: string) => body.items.find((i: { subjectPerson: string | null }) => i.subjectPerson === id);
    expect(about('alan').subjectName).toBe('Alan Turing');
    expect(about('someone-gone')).toMatchObject({ subjectPerson: 'someone-gone', subjectName: null });
  });

  it('filters the audit log by subject person', async () => {
    const { body } = await getJson(s.app, '/api/audit?subject=alan&limit=2', await s.as('admin'));
    expect(body.items).toHaveLength(2);
    expect(body.items.every((i: { subjectPerson: string }) => i.subjectPerson === 'alan')).toBe(true);
    // Alan's own read and his sign-in are in the full log, though not in his access log.
    expect(body.total).toBe(5);
  });

  it('filters by actor (id or email, or the command line), action and dates, and lists the actions for the filter', async () => {
    const admin = await s.as('admin');
    const byEmail = (await getJson(s.app, '/api/audit?actor=grace@lumen.example&action=read', admin)).body;
    expect(byEmail.items.map((i: { actor: { id: string } }) => i.actor.id)).toEqual([testAccounts.grace.id]);
    expect((await getJson(s.app, `/api/audit?actor=${testAccounts.grace.id}&action=read`, admin)).body.total).toBe(1);
    const operator = (await getJson(s.app, '/api/audit?actor=operator', admin)).body;
    expect(operator.items.map((i: { action: string }) => i.action).sort()).toEqual(['create', 'delete']);
    expect(byEmail.actions).toEqual(expect.arrayContaining(['create', 'delete', 'read', 'sign-in']));
    expect((await getJson(s.app, '/api/audit?from=2025-03-03&to=2025-03-03&action=read', admin)).body.total).toBe(4);
    expect((await getJson(s.app, '/api/audit?from=2025-03-04', admin)).body.total).toBe(0);
    expect((await getJson(s.app, '/api/audit?to=2025-03-02', admin)).body.total).toBe(0);
    const unknown = await getJson(s.app, '/api/audit?actor=nobody@lumen.example', admin);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toBe('No account with the email "nobody@lumen.example".');
    expect((await getJson(s.app, '/api/audit?from=2025-3-3', admin)).status).toBe(400);
    expect((await getJson(s.app, '/api/audit?from=2025-03-05&to=2025-03-03', admin)).status).toBe(400);
  });

  it('exports the filtered log as CSV in words, for administrators only', async () => {
    const res = await send(s.app, { method: 'GET', url: '/api/audit/export?subject=alan&action=read', as: await s.as('admin') });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="trellis-audit-log.csv"');
    const rows = parse(res.body) as string[][];
    expect(rows[0]).toEqual(['at (UTC)', 'actor', 'actor email', 'action', 'what', 'detail', 'about', 'record type', 'record id']);
    expect(rows.slice(1).map((r) => r[1])).toEqual(['partner@lumen.example', 'Alan Turing', 'Grace Hopper', 'Ada Lovelace']);
    expect(rows[1]!.slice(4, 7)).toEqual(['Viewed private records (on-call shifts and pages)', 'on-call shifts and pages, last 90 days', 'Alan Turing']);
    expect((await send(s.app, { method: 'GET', url: '/api/audit/export', as: await s.as('partner') })).statusCode).toBe(403);
  });

  it('refuses the audit log to everyone but administrators', async () => {
    for (const who of ['ada', 'partner', 'reviewer', 'alan'] as const) expect((await getJson(s.app, '/api/audit', await s.as(who))).status, who).toBe(403);
  });
});
