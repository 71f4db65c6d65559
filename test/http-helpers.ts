/**
 * Shared set-up for HTTP route tests: a small seeded organisation on a fresh store of either
 * dialect, a server built on it, and one place that closes both, so no test leaks a pool.
 */
import { afterAll, beforeAll } from 'vitest';
import { loadConfig, type Config } from '../src/config.js';
import { buildServer, type ZodApp } from '../src/http/server.js';
import type { Dialect } from '../src/store/db.js';
import type { PeopleTable, ServicesTable, TeamsTable } from '../src/store/schema.js';
import { freshStore, type TestStore } from './dialects.js';

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

/** A valid configuration for tests: silent logs, an ephemeral port. */
export function testConfig(store: TestStore, overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({}, { db: store.target, logLevel: 'silent', port: 0 }), ...overrides };
}

export interface TestServer {
  app: ZodApp;
  store: TestStore;
  close(): Promise<void>;
}

export async function createTestServer(dialect: Dialect, options: { seed?: boolean } = {}): Promise<TestServer> {
  const store = await freshStore(dialect);
  try {
    if (options.seed ?? true) await seedOrg(store);
    const app = await buildServer({ store, config: testConfig(store) });
    const close = async (): Promise<void> => {
      await app.close();
      await store.dispose();
    };
    return { app, store, close };
  } catch (e) {
    await store.dispose();
    throw e;
  }
}

/**
 * One seeded server for the enclosing `describe`, closed after it. Route tests only read, so
 * sharing the server keeps the PostgreSQL half of the matrix fast.
 */
export function useTestServer(dialect: Dialect): () => TestServer {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await createTestServer(dialect);
  });
  afterAll(async () => {
    await server?.close();
  });
  return () => {
    if (!server) throw new Error('the test server is not ready (used outside a test?)');
    return server;
  };
}

/** GET a path and parse the JSON body. Bodies are loosely typed: the assertions check them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function getJson<T = any>(app: ZodApp, url: string): Promise<{ status: number; body: T; contentType: string | undefined }> {
  const res = await app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.json() as T, contentType: res.headers['content-type']?.toString() };
}
