/**
 * `GET /api/cycles/:id/people/:person/packet[?format=markdown|html]`. The HTML export is a whole
 * document with its own style sheet, so its CSP allows exactly that style (by hash) and nothing
 * else — no scripts, no outside resources — instead of the app's policy.
 */
import { createHash } from 'node:crypto';
import { readReviewPacket } from '../../../app/packet/read-review-packet.js';
import { packetHtml, packetMarkdown, packetStyle } from '../../../core/packet/index.js';
import { requestActor } from '../../actor.js';
import { DeliveryRepository } from '../../../store/delivery-repository.js';
import type { RouteRegistration } from '../../types.js';
import { readPacketSchema } from './schema.js';
import { serialisePacket } from './serialise.js';

const styleHash = createHash('sha256').update(packetStyle).digest('base64');
const htmlPolicy = `default-src 'none'; style-src 'sha256-${styleHash}'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`;

/** Replies carrying the HTML export, whose CSP replaces the app's in onSend. */
const htmlExports = new WeakSet<object>();

export const packetRoutes: RouteRegistration = {
  area: 'packet',
  register(app, { data, runtime, store, deliveryCache, reportPool }) {
    const delivery = new DeliveryRepository(store.db);
    app.get('/api/cycles/:id/people/:person/packet', { schema: readPacketSchema, config: { access: { resource: 'review-packet', action: 'read' } } }, async (request, reply) => {
      const packet = await readReviewPacket({ data, runtime, delivery, cache: deliveryCache, pool: reportPool }, requestActor(request), request.params.id, request.params.person);
      const name = `packet-${request.params.person}-${request.params.id}`.replace(/[^A-Za-z0-9._-]/g, '_');
      if (request.query.format === 'markdown') {
        return reply.header('content-type', 'text/markdown; charset=utf-8').header('content-disposition', `attachment; filename="${name}.md"`).send(packetMarkdown(packet));
      }
      if (request.query.format === 'html') {
        htmlExports.add(reply);
        return reply.header('content-type', 'text/html; charset=utf-8').send(packetHtml(packet));
      }
      return serialisePacket(packet);
    });

    // The export's own CSP must win over the app-wide one set in onSend (which runs first, as it
    // was installed first): replace it for this export only.
    app.addHook('onSend', async (_request, reply, payload) => {
      if (htmlExports.has(reply)) reply.header('content-security-policy', htmlPolicy);
      return payload;
    });
  },
};
