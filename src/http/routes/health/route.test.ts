import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/dialects.js';
import { createTestServer, getJson } from '../../../../test/http-helpers.js';
import { version as trellisVersion } from '../../../version.js';

describeEachDialect('GET /api/health', (dialect) => {
  it('answers ok with the dialect and version after a query', async () => {
    const server = await createTestServer(dialect, { seed: false });
    try {
      const { status, body } = await getJson(server.app, '/api/health');
      expect(status).toBe(200);
      expect(body).toEqual({ status: 'ok', database: dialect, version: trellisVersion });
      expect(trellisVersion).toMatch(/^\d+\.\d+\.\d+/);
    } finally {
      await server.close();
    }
  });

  it('answers 503 STORE_UNAVAILABLE when the database cannot be reached', async () => {
    const server = await createTestServer(dialect, { seed: false });
    await server.store.dispose();
    try {
      const { status, body } = await getJson(server.app, '/api/health');
      expect(status).toBe(503);
      expect(body.error.code).toBe('STORE_UNAVAILABLE');
    } finally {
      await server.app.close();
    }
  });
});
