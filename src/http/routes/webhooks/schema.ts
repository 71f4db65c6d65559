/** Schemas of the webhook receivers. The body is the sender's own JSON, read raw (see route.ts), so it has no schema here. */
import { z } from 'zod';
import { commonErrors, count, errorBody } from '../../schemas.js';

export const webhookOutcome = z
  .object({
    stored: count.describe('Records written (inserted or updated)'),
    ignored: z.array(z.string()).describe('Why each part of the event that is not stored was left out'),
  })
  .meta({ id: 'WebhookOutcome' });

export function webhookSchema(source: string, summary: string) {
  return {
    summary,
    description:
      `Authenticates by signature or token, not by session. Answers 202 with what was stored and what was ignored (an unmapped source is ignored, not an error, so the sender does not retry). ` +
      `404 when the ${source} webhook is not configured, 401 when the signature or token does not match, 422 when the records are rejected (e.g. an unknown service); nothing is stored then.`,
    tags: ['webhooks'],
    response: { 202: webhookOutcome, ...commonErrors, 401: errorBody, 404: errorBody, 422: errorBody },
  };
}
