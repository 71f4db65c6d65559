/**
 * Health: answers 200 only after a trivial query succeeds, so a server whose database went
 * away reports 503 STORE_UNAVAILABLE instead of looking healthy.
 */
import { sql } from 'kysely';
import { TrellisError } from '../../../errors.js';
import type { RouteRegistration } from '../../types.js';
import { healthSchema } from './schema.js';

export const healthRoutes: RouteRegistration = {
  area: 'health',
  register(app, { store, version }) {
    app.get('/api/health', { schema: healthSchema, config: { access: 'public' } }, async (request) => {
      try {
        await sql`select 1`.execute(store.db);
      } catch (e) {
        request.log.error({ err: e }, 'health check query failed');
        throw new TrellisError('STORE_UNAVAILABLE');
      }
      return { status: 'ok' as const, database: store.dialect, version };
    });
  },
};
