/**
 * `POST /api/webhooks/{github,gitlab,pagerduty,opsgenie}`: inbound events from delivery and
 * incident tools. Public in the access inventory — they authenticate by signature or shared
 * token, not by session, so the session/CSRF check never runs for them (authenticate.ts skips
 * public routes) — and each answers 404 until its secret is configured, so nobody can post
 * unsigned data.
 *
 * The routes live in their own Fastify context whose body parser keeps the raw bytes: signatures
 * are computed over the body exactly as sent, never over re-serialised JSON. Every delivery is
 * logged with what it stored and why anything was ignored.
 */
import type { FastifyRequest } from 'fastify';
import { ingestWebhook } from '../../../app/webhooks/ingest-webhook.js';
import { TrellisError } from '../../../errors.js';
import type { RouteRegistration, ZodApp } from '../../types.js';
import { receivers, type Receiver } from './receivers.js';
import { webhookSchema } from './schema.js';

/** GitHub caps payloads at 25 MB; pushes with many commits can exceed Fastify's 1 MiB default. */
const bodyLimit = 10 * 1024 * 1024;

export const webhookRoutes: RouteRegistration = {
  area: 'webhooks',
  register(app, deps) {
    void app.register(async (raw: ZodApp) => {
      raw.removeAllContentTypeParsers();
      raw.addContentTypeParser(['application/json', 'application/x-www-form-urlencoded'], { parseAs: 'buffer', bodyLimit }, (_req, body, done) => done(null, body));
      for (const receiver of receivers) {
        raw.post(`/api/webhooks/${receiver.source}`, { schema: webhookSchema(receiver.source, receiver.summary), config: { access: 'public' }, bodyLimit }, async (request, reply) => {
          const secret = receiver.secret(deps.config.webhooks);
          if (secret === null) throw new TrellisError('NOT_FOUND', `The ${receiver.source} webhook is not configured.`);
          const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
          if (!receiver.verify(secret, body, request.headers)) {
            request.log.warn({ webhook: receiver.source }, 'webhook signature or token did not match; nothing stored');
            throw new TrellisError('WEBHOOK_SIGNATURE_INVALID');
          }
          const payload = parseBody(request, body);
          const event = receiver.event(request.headers, payload);
          const outcome = await ingestWebhook(deps.store, { source: receiver.source, event, result: receiver.map(event, payload, deps.config.webhooks) });
          logDelivery(request, receiver, event, outcome);
          return reply.code(202).send({ stored: outcome.stored, ignored: outcome.ignored });
        });
      }
    });
  },
};

/** JSON, or GitHub's form encoding (`payload=<json>`), which is signed as sent too. */
function parseBody(request: FastifyRequest, body: Buffer): unknown {
  const form = String(request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
  const text = form ? (new URLSearchParams(body.toString('utf8')).get('payload') ?? '') : body.toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    throw new TrellisError('BAD_INPUT', 'The webhook body is not JSON.');
  }
}

function logDelivery(request: FastifyRequest, receiver: Receiver, event: string, outcome: { stored: number; ignored: string[]; records: string[] }): void {
  const fields = { webhook: receiver.source, event, delivery: receiver.delivery(request.headers), stored: outcome.stored, records: outcome.records, ignored: outcome.ignored };
  request.log.info(fields, outcome.stored > 0 ? 'webhook delivery stored' : 'webhook delivery ignored');
}
