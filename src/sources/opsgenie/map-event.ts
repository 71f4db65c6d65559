/**
 * Opsgenie alert webhook → an `incident` (id `opsgenie:<alertId>`) for `Create`, `Acknowledge`
 * and `Close`. The service comes from the alert's teams (`team:NAME`) or tags (`tag:NAME`) in
 * TRELLIS_WEBHOOK_SERVICES.opsgenie, teams first.
 *
 * `createdAt` is epoch milliseconds. `updatedAt` is epoch *nanoseconds*, above 2^53, so
 * JSON.parse rounds it — by at most 128 ns, far below the millisecond kept here. That is why
 * the close time may be taken from it.
 */
import { z } from 'zod';
import { ignored, mapped, parsePayload, unmapped, type MapResult } from '../github/webhook-result.js';

const name = z.union([z.string(), z.object({ name: z.string() }).transform((t) => t.name)]);

const payload = z.object({
  action: z.string(),
  alert: z.object({
    alertId: z.string().min(1),
    message: z.string().optional(),
    createdAt: z.number().int().positive(),
    updatedAt: z.number().positive().optional(),
    tags: z.array(z.string()).default([]),
    teams: z.array(name).default([]),
    priority: z.union([z.string(), z.number()]).optional(),
  }),
});

const used = new Set(['Create', 'Acknowledge', 'Close']);

export function mapOpsgenieEvent(body: unknown, services: Readonly<Record<string, string>>): MapResult {
  const p = parsePayload(payload, body, 'Opsgenie');
  if (!p.ok) return p.result;
  const { action, alert } = p.value;
  if (!used.has(action)) return ignored(`action "${action}" is not used`);
  const keys = [...alert.teams.map((t) => `team:${t}`), ...alert.tags.map((t) => `tag:${t}`)];
  const service = keys.map((k) => services[k]).find((s) => s !== undefined);
  if (service === undefined) return ignored(unmapped('Opsgenie alert teams/tags', keys.join(', ') || '(none)'));
  const resolvedAt = action === 'Close' && alert.updatedAt !== undefined ? new Date(Math.floor(alert.updatedAt / 1e6)).toISOString() : undefined;
  const severity = typeof alert.priority === 'number' ? `P${alert.priority}` : alert.priority;
  return mapped([
    {
      kind: 'incident',
      id: `opsgenie:${alert.alertId}`,
      service,
      startedAt: new Date(alert.createdAt).toISOString(),
      ...(resolvedAt ? { resolvedAt } : {}),
      ...(severity ? { severity } : {}),
      ...(alert.message ? { title: alert.message.slice(0, 2000) } : {}),
    },
  ]);
}
