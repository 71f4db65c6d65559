/**
 * `GET|PUT /api/setup/writing-balance` (the organisation's switch, off by default) and
 * `GET /api/cycles/:id/writing-balance` (a manager's own reviews in the cycle; see
 * app/reviews/writing-balance.ts).
 */
import { myWritingBalance, readWritingBalanceEnabled, setWritingBalanceEnabled } from '../../../app/reviews/writing-balance.js';
import { requestActor } from '../../actor.js';
import type { RouteRegistration } from '../../types.js';
import { myWritingBalanceSchema, readWritingBalanceSettingSchema, setWritingBalanceSettingSchema } from './schema.js';

export const writingBalanceRoutes: RouteRegistration = {
  area: 'setup',
  register(app, { data, runtime }) {
    const deps = { data, runtime };
    app.get('/api/setup/writing-balance', { schema: readWritingBalanceSettingSchema, config: { access: { resource: 'settings', action: 'read' } } }, async () => ({
      enabled: await readWritingBalanceEnabled(data),
    }));
    app.put('/api/setup/writing-balance', { schema: setWritingBalanceSettingSchema, config: { access: { resource: 'settings', action: 'write' } } }, async (request) => ({
      enabled: await setWritingBalanceEnabled(deps, requestActor(request), request.body.enabled),
    }));
    // Any signed-in reader may ask; the use case answers only about the reader's own texts.
    app.get('/api/cycles/:id/writing-balance', { schema: myWritingBalanceSchema, config: { access: { resource: 'review-cycle', action: 'read' } } }, async (request) =>
      myWritingBalance(deps, requestActor(request), request.params.id),
    );
  },
};
