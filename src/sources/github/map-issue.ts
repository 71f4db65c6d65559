/**
 * GitHub `issues` → an `incident`, for issues carrying the incident label (TRELLIS_INCIDENT_LABEL,
 * default `incident`). The payload holds the issue's whole current state, so each event rewrites
 * the incident: closing sets `resolvedAt`, reopening clears it.
 */
import { z } from 'zod';
import { webUrl } from '../web-url.js';
import { ignored, mapped, parsePayload, unmapped, utc, type MapResult } from './webhook-result.js';

const payload = z.object({
  action: z.string(),
  label: z.object({ name: z.string() }).nullish(),
  issue: z.object({
    number: z.number().int(),
    title: z.string(),
    created_at: z.string(),
    closed_at: z.string().nullish(),
    labels: z.array(z.object({ name: z.string() })).default([]),
    html_url: z.string().nullish(),
  }),
  repository: z.object({ full_name: z.string().min(1) }),
});

const used = new Set(['opened', 'edited', 'closed', 'reopened', 'labeled']);

export function mapIssue(body: unknown, services: Readonly<Record<string, string>>, incidentLabel: string): MapResult {
  const p = parsePayload(payload, body, 'issues');
  if (!p.ok) return p.result;
  const { action, issue, repository } = p.value;
  if (!used.has(action)) return ignored(`issues action "${action}" does not change an incident`);
  if (!issue.labels.some((l) => l.name === incidentLabel)) return ignored(`issue #${issue.number} is not labelled "${incidentLabel}"`);
  const service = services[repository.full_name];
  if (service === undefined) return ignored(unmapped('repository', repository.full_name));
  const startedAt = utc(issue.created_at);
  if (startedAt === undefined) return ignored(`issue created_at "${issue.created_at}" is not a time`);
  const resolvedAt = issue.closed_at ? utc(issue.closed_at) : undefined;
  return mapped([
    {
      kind: 'incident',
      id: `github:${repository.full_name}:issue:${issue.number}`,
      service,
      startedAt,
      ...(resolvedAt ? { resolvedAt } : {}),
      title: issue.title.slice(0, 2000),
      ...webUrl(issue.html_url),
    },
  ]);
}
