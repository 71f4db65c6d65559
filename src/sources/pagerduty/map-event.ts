/**
 * PagerDuty v3 webhook → an `incident` (id `pagerduty:<incident id>`), for
 * `incident.triggered`, `incident.acknowledged` and `incident.resolved`.
 *
 * Each event carries only part of the story: resolved bodies often lack `created_at`, and none
 * carries `resolved_at`. So `startedAt` is `created_at` when present, else the event's
 * `occurred_at`, and `resolvedAt` is the resolved event's `occurred_at`. The use case merges
 * with the stored incident and keeps the earliest start (app/webhooks/merge-existing.ts).
 */
import { z } from 'zod';
import { ignored, mapped, parsePayload, unmapped, utc, type MapResult } from '../github/webhook-result.js';
import { webUrl } from '../web-url.js';

const payload = z.object({
  event: z.object({
    event_type: z.string(),
    occurred_at: z.string(),
    data: z.object({
      id: z.string().min(1),
      type: z.string().optional(),
      title: z.string().optional(),
      created_at: z.string().nullish(),
      urgency: z.string().nullish(),
      priority: z.object({ summary: z.string() }).nullish(),
      service: z.object({ id: z.string().min(1) }).optional(),
      html_url: z.string().nullish(),
    }),
  }),
});

const used = new Set(['incident.triggered', 'incident.acknowledged', 'incident.resolved']);

export function mapPagerDutyEvent(body: unknown, services: Readonly<Record<string, string>>): MapResult {
  const p = parsePayload(payload, body, 'PagerDuty');
  if (!p.ok) return p.result;
  const { event_type: type, occurred_at: occurredAt, data } = p.value.event;
  if (!used.has(type)) return ignored(`event "${type}" is not used`);
  const serviceId = data.service?.id;
  if (serviceId === undefined) return ignored(`incident ${data.id} names no service`);
  const service = services[serviceId];
  if (service === undefined) return ignored(unmapped('PagerDuty service', serviceId));
  const occurred = utc(occurredAt);
  if (occurred === undefined) return ignored(`occurred_at "${occurredAt}" is not a time`);
  const startedAt = (data.created_at ? utc(data.created_at) : undefined) ?? occurred;
  const severity = data.priority?.summary ?? data.urgency ?? undefined;
  return mapped([
    {
      kind: 'incident',
      id: `pagerduty:${data.id}`,
      service,
      startedAt,
      ...(type === 'incident.resolved' ? { resolvedAt: occurred } : {}),
      ...(severity ? { severity } : {}),
      ...(data.title ? { title: data.title.slice(0, 2000) } : {}),
      ...webUrl(data.html_url),
    },
  ]);
}
