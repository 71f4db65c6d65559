import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, expect, it } from 'vitest';
import { runCli } from '../../test/cli.js';
import { describeEachDialect, freshStore, type TestStore } from '../../test/dialects.js';
import { seedOrg } from '../../test/http-helpers.js';
import { verifyPassword } from '../app/auth/password.js';
import { sha256Hex } from '../app/auth/secrets.js';
import { AccountRepository } from '../store/account-repository.js';

const dir = mkdtempSync(join(tmpdir(), 'trellis-cli-accounts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeEachDialect('trellis account create / token create', (dialect) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await freshStore(dialect, dialect === 'sqlite' ? join(dir, `a-${Date.now()}-${Math.random()}.db`) : undefined);
    await seedOrg(store);
  });
  afterEach(async () => store.dispose());

  it('creates an account with the password from stdin, stored only as a hash, and audits it', async () => {
    const r = await runCli(['account', 'create', '--db', store.target, '--email', 'Grace@Lumen.example', '--role', 'manager,engineer', '--person', 'grace', '--json'], { input: 'a long enough password\n' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ id: expect.any(String), email: 'grace@lumen.example', name: 'Grace Hopper', personId: 'grace', roles: ['manager', 'engineer'] });
    const account = await new AccountRepository(store.db).findByEmail('grace@lumen.example');
    expect(await verifyPassword('a long enough password', account!.passwordHash)).toBe(true);
    const audit = await store.db.selectFrom('audit_log').selectAll().execute();
    expect(audit).toEqual([expect.objectContaining({ actor_account: null, action: 'create', resource_type: 'account', subject_person: 'grace' })]);
  });

  it('rejects an unknown role, a short password and a taken email as bad input (exit 2)', async () => {
    const role = await runCli(['account', 'create', '--db', store.target, '--email', 'x@lumen.example', '--role', 'overlord'], { input: 'a long enough password\n' });
    expect(role.code).toBe(2);
    expect(role.stderr).toContain('--role: unknown role "overlord"');
    const short = await runCli(['account', 'create', '--db', store.target, '--email', 'x@lumen.example', '--role', 'admin'], { input: 'short\n' });
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('password: must be at least 12 characters');
    await runCli(['account', 'create', '--db', store.target, '--email', 'x@lumen.example', '--role', 'admin', '--no-password']);
    const taken = await runCli(['account', 'create', '--db', store.target, '--email', 'X@lumen.example', '--role', 'admin', '--no-password']);
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain('x@lumen.example already has an account.');
  });

  it('creates an API token and prints it once on stdout, storing its hash', async () => {
    await runCli(['account', 'create', '--db', store.target, '--email', 'ops@lumen.example', '--role', 'admin', '--no-password']);
    const r = await runCli(['token', 'create', '--db', store.target, '--email', 'ops@lumen.example', '--name', 'nightly import']);
    expect(r.code).toBe(0);
    const token = r.stdout.trim();
    expect(token).toMatch(/^trellis_[A-Za-z0-9_-]{43}$/);
    expect(r.stderr).toContain('shown only now');
    const row = await store.db.selectFrom('api_tokens').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ name: 'nightly import', token_hash: sha256Hex(token) });
    const unknown = await runCli(['token', 'create', '--db', store.target, '--email', 'nobody@lumen.example', '--name', 'x']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No account with email nobody@lumen.example.');
  });
});
