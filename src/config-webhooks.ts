/**
 * `TRELLIS_WEBHOOK_SERVICES`: which Trellis service an inbound event belongs to, as JSON:
 *
 *   {"github": {"acme/checkout": "checkout"}, "gitlab": {"acme/ledger": "ledger"},
 *    "pagerduty": {"PA2P440": "checkout"}, "opsgenie": {"team:SRE": "checkout", "tag:ledger": "ledger"}}
 *
 * Keys are the outside name (GitHub repository full name, GitLab project path, PagerDuty service
 * id, Opsgenie `team:NAME` or `tag:NAME`); values are Trellis service ids. Held in config rather
 * than the store because it changes with the webhook set-up, which is configured here too.
 */
import { z } from 'zod';

export type WebhookSource = 'github' | 'gitlab' | 'pagerduty' | 'opsgenie';
export type WebhookServices = Readonly<Record<WebhookSource, Readonly<Record<string, string>>>>;

export const emptyWebhookServices: WebhookServices = { github: {}, gitlab: {}, pagerduty: {}, opsgenie: {} };

const serviceId = z.string().trim().min(1, 'must be a Trellis service id').max(200);
const table = z.record(z.string().min(1), serviceId).default({});
const servicesSchema = z.strictObject({ github: table, gitlab: table, pagerduty: table, opsgenie: table });

export function parseWebhookServices(text: string | undefined): { ok: true; value: WebhookServices } | { ok: false; problems: string[] } {
  if (text === undefined || text.trim() === '') return { ok: true, value: emptyWebhookServices };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [`must be JSON (${(e as Error).message})`] };
  }
  const parsed = servicesSchema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`) };
}
