import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect, freshStore, type TestStore } from '../../test/dialects.js';
import { demoPeople } from '../core/demo/index.js';
import { AccountRepository } from '../store/account-repository.js';
import { verifyPassword } from './auth/password.js';
import { createDemoAccounts } from './create-demo-accounts.js';

/** The named people of the demo plus two generated-looking engineers, without the rest of the demo data. */
async function seedDemoPeople(store: TestStore): Promise<void> {
  await store.db.transaction().execute(async (trx) => {
    await trx.insertInto('teams').values({ id: 'engineering', name: 'Engineering', parent: null, timezone: null }).execute();
    const row = (id: string, name: string, email: string) => ({ id, name, email, team: 'engineering', manager: null, level: null, track: null, timezone: null, working_hours: null, start_date: null, active: 1 });
    await trx.insertInto('people').values([...demoPeople.map((p) => row(p.id, p.name, p.email)), row('lea-kim', 'Lea Kim', 'lea@lumen.example'), row('tom-ng', 'Tom Ng', 'tom.ng@lumen.example')]).execute();
  });
}

describeEachDialect('createDemoAccounts', (dialect) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await freshStore(dialect);
    await seedDemoPeople(store);
  });
  afterEach(async () => store.dispose());

  it('creates an account per person, with roles from the story, all sharing one printed password', async () => {
    const result = await createDemoAccounts(store);
    expect(result.created).toBe(demoPeople.length + 2);
    expect(result.password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect(result.named.map((a) => [a.email, a.roles.join('+')])).toEqual([
      ['priya@lumen.example', 'calibrator+manager+engineer'],
      ['sofia@lumen.example', 'manager+engineer'],
      ['greg@lumen.example', 'manager+engineer'],
      ['amara@lumen.example', 'engineer'],
      ['dev@lumen.example', 'engineer'],
      ['jonas@lumen.example', 'engineer'],
      ['mei@lumen.example', 'engineer'],
      ['hannah@lumen.example', 'people-partner'],
      ['omar@lumen.example', 'compensation-reviewer'],
      ['admin@lumen.example', 'admin'],
    ]);
    const repo = new AccountRepository(store.db);
    const priya = await repo.findByEmail('priya@lumen.example');
    expect(priya).toMatchObject({ personId: 'priya-raman', name: 'Priya Raman' });
    expect(await repo.findByEmail('tom.ng@lumen.example')).toMatchObject({ personId: 'tom-ng', roles: ['engineer'] });
    expect(await verifyPassword(result.password, priya!.passwordHash)).toBe(true);
    expect(priya!.passwordHash).not.toContain(result.password);
  });

  it('on a second run creates nothing new and replaces the password', async () => {
    const first = await createDemoAccounts(store);
    const second = await createDemoAccounts(store);
    expect(second).toMatchObject({ created: 0, updated: demoPeople.length + 2 });
    expect(second.password).not.toBe(first.password);
    const hash = (await new AccountRepository(store.db).findByEmail('lea@lumen.example'))!.passwordHash;
    expect(await verifyPassword(second.password, hash)).toBe(true);
    expect(await verifyPassword(first.password, hash)).toBe(false);
  });
});
