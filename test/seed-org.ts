/** The small organisation every HTTP route test runs against (accounts for it: test/accounts.ts). */
import type { PeopleTable, ServicesTable, TeamsTable } from '../src/store/schema.js';
import type { TestStore } from './dialects.js';

/** Engineering → Platform, Payments → Checkout Squad; six people (one has left); three services. */
export const seedTeams: TeamsTable[] = [
  { id: 'eng', name: 'Engineering', parent: null, timezone: 'Europe/London' },
  { id: 'platform', name: 'Platform', parent: 'eng', timezone: null },
  { id: 'payments', name: 'Payments', parent: 'eng', timezone: 'Europe/Berlin' },
  { id: 'checkout-squad', name: 'Checkout Squad', parent: 'payments', timezone: null },
];

function person(id: string, name: string, team: string, manager: string | null, active = 1): PeopleTable {
  return { id, name, email: `${id}@lumen.example`, team, manager, level: 'L3', track: 'ic', timezone: null, working_hours: '09:00-17:00', start_date: '2022-01-10', active };
}

export const seedPeople: PeopleTable[] = [
  person('ada', 'Ada Lovelace', 'eng', null),
  person('grace', 'Grace Hopper', 'platform', 'ada'),
  person('alan', 'Alan Turing', 'platform', 'grace'),
  person('katherine', 'Katherine Johnson', 'payments', 'ada'),
  person('edsger', 'Edsger Dijkstra', 'payments', 'katherine', 0),
  person('barbara', 'Barbara Liskov', 'checkout-squad', 'katherine'),
];

export const seedServices: ServicesTable[] = [
  { id: 'checkout', name: 'Checkout API', team: 'payments' },
  { id: 'ledger', name: 'Ledger', team: 'payments' },
  { id: 'deploy-bot', name: 'Deploy Bot', team: 'platform' },
];

/** Insert the seed organisation in one transaction (the foreign keys are deferred to commit). */
export async function seedOrg(store: TestStore): Promise<void> {
  await store.db.transaction().execute(async (trx) => {
    await trx.insertInto('teams').values(seedTeams).execute();
    await trx.insertInto('people').values(seedPeople).execute();
    await trx.insertInto('services').values(seedServices).execute();
  });
}
