/**
 * Health: answers 200 only after a trivial query succeeds, so a server whose database went
 * away reports 503 STORE_UNAVAILABLE instead of looking healthy. The query never runs in a
 * worker or behind the report queue: the check stays fast while reports compute.
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
        // On PostgreSQL a connection of its own (see Store.ping), so the check never queues behind reports.
        await (store.ping ? store.ping() : sql`select 1`.execute(store.db));
      } catch (e) {
        request.log.error({ err: e }, 'health check query failed');
        throw new TrellisError('STORE_UNAVAILABLE');
      }
      return { status: 'ok' as const, database: store.dialect, version };
    });
  },
};
