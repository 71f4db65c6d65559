/**
 * Email delivery against a real SMTP server on 127.0.0.1 (test/smtp.ts): the server's sender
 * delivers the outbox; a server that refuses or is down gets retries with backoff, then the
 * email is failed (visible to administrators, who may retry) — and the user's write that caused
 * it succeeded all along. On PostgreSQL, two Trellis servers on one database send each email once.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { seedAccounts } from '../../../../test/accounts.js';
import { freshStore, pgBaseUrl, postgresAvailable, type TestStore } from '../../../../test/dialects.js';
import { seedOrg, send, signIn, testConfig } from '../../../../test/http-helpers.js';
import { eventually, startTestSmtp, type TestSmtp } from '../../../../test/smtp.js';
import { loadConfig } from '../../../config.js';
import { buildServer, type ZodApp } from '../../../http/server.js';
import type { Dialect } from '../../../store/db.js';
import { defaultRubric } from '../../../core/review/default-rubric.js';

const covered = ['ada', 'alan', 'barbara', 'grace', 'katherine'];

interface Setup {
  store: TestStore;
  smtp: TestSmtp;
  apps: ZodApp[];
  pgBossSchema: string | null;
}
let current: Setup | null = null;

afterEach(async () => {
  if (!current) return;
  for (const app of current.apps) await app.close();
  await current.smtp.close();
  if (current.pgBossSchema) {
    const c = new pg.Client({ connectionString: pgBaseUrl });
    await c.connect();
    await c.query(`drop schema if exists ${current.pgBossSchema} cascade`);
    await c.end();
  }
  await current.store.dispose();
  current = null;
});

async function setUp(dialect: Dialect, instances = 1, env: Record<string, string> = {}, smtpPort = 0): Promise<Setup> {
  const smtp = await startTestSmtp(smtpPort);
  const store = await freshStore(dialect);
  await seedOrg(store);
  await seedAccounts(store, true);
  const pgBossSchema = dialect === 'postgres' ? `pgboss_t_${randomBytes(5).toString('hex')}` : null;
  const email = loadConfig({ ...smtp.env, TRELLIS_EMAIL_MAX_ATTEMPTS: '3', TRELLIS_EMAIL_RETRY_SECONDS: '0.1', ...env }).email;
  const apps: ZodApp[] = [];
  for (let i = 0; i < instances; i++) {
    apps.push(await buildServer({ store, config: testConfig(store, { email }), notifications: { workers: true, pollMs: 100, ...(pgBossSchema ? { pgBossSchema } : {}) } }));
  }
  current = { store, smtp, apps, pgBossSchema };
  return current;
}

/** As the people partner (and a calibrator for the rubric): a published annual cycle through the API — the write that causes the emails. */
async function openCycle(app: ZodApp): Promise<number> {
  const ada = await signIn(app, 'ada@lumen.example');
  const { name, signals, scale } = defaultRubric();
  expect((await send(app, { method: 'POST', url: '/api/rubrics', payload: { name, signals, scale }, as: ada })).statusCode).toBe(201);
  const partner = await signIn(app, 'partner@lumen.example');
  const created = await send(app, { method: 'POST', url: '/api/cycles', payload: { kind: 'annual', name: 'Annual 2026', periodFrom: '2025-01-01', periodTo: '2026-01-01', rubric: { id: 'engineering', version: 1 } }, as: partner });
  expect(created.statusCode).toBe(201);
  const published = await send(app, { method: 'POST', url: `/api/cycles/${(created.json() as { id: string }).id}/transition`, payload: { to: 'published' }, as: partner });
  expect(published.statusCode).toBe(200);
  return published.statusCode;
}

const outbox = (s: Setup) => s.store.db.selectFrom('notification_outbox' as never).selectAll().execute() as Promise<{ id: string; status: string; attempts: number; last_error: string | null }[]>;

describe('email delivery over SMTP [sqlite]', () => {
  it('delivers the outbox to the SMTP server, once each', async () => {
    const s = await setUp('sqlite');
    await openCycle(s.apps[0]!);
    await eventually(async () => (await outbox(s)).every((e) => e.status === 'sent'), 'every email sent');
    expect(s.smtp.received.map((m) => m.to[0]).sort()).toEqual(covered.map((p) => `${p}@lumen.example`));
    expect(s.smtp.received[0]!.subject).toBe('Annual 2026 has opened');
    expect(s.smtp.received[0]!.text).toMatch(/The review cycle "Annual 2026" has opened\.[\s\S]*Open it in Trellis: \/cycles\/.+\/review\/self/);
  });

  it('retries a refusing server, then marks the email failed; the write succeeded; an administrator retries it', async () => {
    const s = await setUp('sqlite');
    s.smtp.refusing = true;
    expect(await openCycle(s.apps[0]!)).toBe(200);
    await eventually(async () => (await outbox(s)).every((e) => e.status === 'failed'), 'every email failed after its attempts');
    const failed = await outbox(s);
    expect(failed).toHaveLength(covered.length);
    expect(failed.every((e) => Number(e.attempts) === 3)).toBe(true);
    expect(failed[0]!.last_error).toContain('550');
    expect(s.smtp.received).toEqual([]);

    const admin = await signIn(s.apps[0]!, 'admin@lumen.example');
    const view = await send(s.apps[0]!, { method: 'GET', url: '/api/email-outbox?status=failed', as: admin });
    expect(view.json()).toMatchObject({ emailOn: true, counts: { failed: covered.length, sent: 0 } });
    s.smtp.refusing = false;
    const retried = await send(s.apps[0]!, { method: 'POST', url: `/api/email-outbox/${failed[0]!.id}/retry`, as: admin });
    expect(retried.statusCode).toBe(200);
    await eventually(() => s.smtp.received.length === 1, 'the retried email arrives');
    expect((await outbox(s)).filter((e) => e.status === 'sent')).toHaveLength(1);
    const again = await send(s.apps[0]!, { method: 'POST', url: `/api/email-outbox/${failed[0]!.id}/retry`, as: admin });
    expect(again.statusCode).toBe(409);
  });

  it('keeps the email when the SMTP server is down, and sends it when it is back', async () => {
    const s = await setUp('sqlite', 1, { TRELLIS_EMAIL_MAX_ATTEMPTS: '50' });
    const port = s.smtp.port;
    await s.smtp.close();
    expect(await openCycle(s.apps[0]!)).toBe(200);
    await eventually(async () => (await outbox(s)).some((e) => Number(e.attempts) >= 2), 'attempts against the down server');
    const waiting = await outbox(s);
    // Kept, not failed: waiting for the next attempt (or in one at this moment).
    expect(waiting.every((e) => e.status === 'pending' || e.status === 'sending')).toBe(true);
    expect(waiting.find((e) => Number(e.attempts) >= 2)!.last_error).toMatch(/ECONNREFUSED/);
    const back = await startTestSmtp(port);
    s.smtp = back;
    await eventually(async () => (await outbox(s)).every((e) => e.status === 'sent'), 'every email sent once the server is back', 20_000);
    expect(back.received).toHaveLength(covered.length);
  });
});

describe('email delivery over SMTP [postgres]', async () => {
  const available = await postgresAvailable();
  it.skipIf(!available)('two Trellis servers on one database send each email once (pg-boss)', async () => {
    const s = await setUp('postgres', 2);
    await openCycle(s.apps[0]!);
    await eventually(async () => (await outbox(s)).length > 0 && (await outbox(s)).every((e) => e.status === 'sent'), 'every email sent', 30_000);
    // Give a duplicate time to show up, were there one.
    await new Promise((r) => setTimeout(r, 1500));
    const to = s.smtp.received.map((m) => m.to[0]).sort();
    expect(to).toEqual(covered.map((p) => `${p}@lumen.example`));
    expect(s.apps.every((a) => a.notificationWorkers?.sender?.kind === 'pg-boss')).toBe(true);
  });

  it.skipIf(!available)('retries a refusing server through the queue, then marks the email failed', async () => {
    const s = await setUp('postgres', 2);
    s.smtp.refusing = true;
    expect(await openCycle(s.apps[1]!)).toBe(200);
    await eventually(async () => (await outbox(s)).every((e) => e.status === 'failed'), 'every email failed after its attempts', 30_000);
    expect((await outbox(s)).every((e) => Number(e.attempts) === 3)).toBe(true);
  });
});
