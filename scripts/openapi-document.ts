/**
 * The OpenAPI document exactly as the server produces it now. It is built on an empty in-memory
 * SQLite store because the document depends on the route schemas only, never on data. Shared by
 * the snapshot script and the test that keeps the committed snapshot honest.
 */
import { loadConfig } from '../src/config.js';
import { buildServer } from '../src/http/server.js';
import { openStore } from '../src/store/db.js';
import { migrateToLatest } from '../src/store/migrate.js';
import type { OpenApiDocument } from './openapi-types.js';

export async function currentOpenApiDocument(): Promise<OpenApiDocument> {
  const store = await openStore(':memory:');
  try {
    await migrateToLatest(store);
    // The same configuration route tests use (test/http-helpers.ts `testConfig`), without
    // importing the test helpers, which probe for PostgreSQL on import.
    const config = loadConfig({}, { db: ':memory:', logLevel: 'silent', port: 0 });
    const app = await buildServer({ store, config });
    try {
      const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
      if (res.statusCode !== 200) throw new Error(`GET /api/openapi.json answered ${res.statusCode}: ${res.body}`);
      return withoutVersion(res.json<OpenApiDocument>());
    } finally {
      await app.close();
    }
  } finally {
    await store.close();
  }
}

/** A release bumps `info.version`; that is not an API change, so the snapshot leaves it out. */
function withoutVersion(doc: OpenApiDocument): OpenApiDocument {
  const { version: _version, ...info } = doc.info;
  return { ...doc, info };
}

/** The snapshot's text: stable indentation and a final newline, so diffs stay readable. */
export function snapshotText(doc: OpenApiDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
