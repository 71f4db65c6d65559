/** `POST /api/tokens`, `GET /api/tokens`, `DELETE /api/tokens/:id`: an administrator's own API tokens. */
import { createApiToken } from '../../../app/auth/create-api-token.js';
import { listApiTokens } from '../../../app/auth/list-api-tokens.js';
import { revokeApiToken } from '../../../app/auth/revoke-api-token.js';
import { requestActor, requestAuth } from '../../actor.js';
import type { RouteAccess } from '../../access.js';
import type { RouteRegistration } from '../../types.js';
import { createTokenSchema, listTokensSchema, revokeTokenSchema } from './schema.js';

const write: RouteAccess = { resource: 'api-token', action: 'write' };
const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

export const tokenRoutes: RouteRegistration = {
  area: 'tokens',
  register(app, { data, runtime, sessionCache }) {
    app.post('/api/tokens', { schema: createTokenSchema, config: { access: write } }, async (request, reply) => {
      const created = await createApiToken({ data, runtime }, requestActor(request), { accountId: requestAuth(request).account.id, name: request.body.name });
      return reply.code(201).send(created);
    });

    app.get('/api/tokens', { schema: listTokensSchema, config: { access: { resource: 'api-token', action: 'read' } } }, async (request) => {
      const tokens = await listApiTokens({ data, runtime }, requestActor(request), requestAuth(request).account.id);
      return { items: tokens.map((t) => ({ id: t.id, name: t.name, createdAt: iso(t.createdAt)!, lastUsedAt: iso(t.lastUsedAt), revokedAt: iso(t.revokedAt) })) };
    });

    app.delete('/api/tokens/:id', { schema: revokeTokenSchema, config: { access: write } }, async (request, reply) => {
      await revokeApiToken({ data, runtime, sessionCache }, requestActor(request), request.params.id);
      return reply.code(204).send(null);
    });
  },
};
