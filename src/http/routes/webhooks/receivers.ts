/**
 * The four webhook senders: how each proves it is genuine, where its event name and delivery id
 * are, and which mapping reads its payload. GitHub and PagerDuty sign the raw body with
 * HMAC-SHA256; GitLab and Opsgenie send a shared token in a header (GitLab's own
 * `X-Gitlab-Token`; for Opsgenie a custom header the operator adds to the webhook integration).
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { WebhookSource } from '../../../config-webhooks.js';
import type { WebhookConfig } from '../../../config.js';
import { mapGithubEvent } from '../../../sources/github/map-event.js';
import { constantTimeEqual, verifyGithubSignature } from '../../../sources/github/signature.js';
import type { MapResult } from '../../../sources/github/webhook-result.js';
import { mapGitlabEvent } from '../../../sources/gitlab/map-event.js';
import { mapOpsgenieEvent } from '../../../sources/opsgenie/map-event.js';
import { mapPagerDutyEvent } from '../../../sources/pagerduty/map-event.js';
import { verifyPagerDutySignature } from '../../../sources/pagerduty/signature.js';

export interface Receiver {
  source: WebhookSource;
  summary: string;
  /** The secret or token; null when the operator has not configured this source. */
  secret(c: WebhookConfig): string | null;
  verify(secret: string, raw: Buffer, headers: IncomingHttpHeaders): boolean;
  event(headers: IncomingHttpHeaders, body: unknown): string;
  delivery(headers: IncomingHttpHeaders): string | undefined;
  map(event: string, body: unknown, c: WebhookConfig): MapResult;
}

/** A header's value, or the first one when repeated. */
export function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

const tokenMatches = (secret: string, sent: string | undefined): boolean => sent !== undefined && constantTimeEqual(sent, secret);

/** The custom header to add to Opsgenie's webhook integration, carrying TRELLIS_OPSGENIE_WEBHOOK_TOKEN. */
export const opsgenieTokenHeader = 'x-trellis-webhook-token';

export const receivers: readonly Receiver[] = [
  {
    source: 'github',
    summary: 'GitHub webhook: deployment_status, push, pull_request, pull_request_review, issues (signed with X-Hub-Signature-256)',
    secret: (c) => c.githubSecret,
    verify: (secret, raw, h) => verifyGithubSignature(secret, raw, header(h, 'x-hub-signature-256')),
    event: (h) => header(h, 'x-github-event') ?? '(none)',
    delivery: (h) => header(h, 'x-github-delivery'),
    map: (event, body, c) => mapGithubEvent(event === '(none)' ? undefined : event, body, { services: c.services.github, incidentLabel: c.incidentLabel }),
  },
  {
    source: 'gitlab',
    summary: 'GitLab webhook: Deployment Hook, Push Hook, Merge Request Hook, Note Hook (X-Gitlab-Token)',
    secret: (c) => c.gitlabToken,
    verify: (secret, _raw, h) => tokenMatches(secret, header(h, 'x-gitlab-token')),
    event: (h) => header(h, 'x-gitlab-event') ?? '(none)',
    delivery: (h) => header(h, 'x-gitlab-webhook-uuid') ?? header(h, 'idempotency-key'),
    map: (event, body, c) => mapGitlabEvent(event === '(none)' ? undefined : event, body, c.services.gitlab),
  },
  {
    source: 'pagerduty',
    summary: 'PagerDuty v3 webhook: incident.triggered/acknowledged/resolved (X-PagerDuty-Signature)',
    secret: (c) => c.pagerdutySecret,
    verify: (secret, raw, h) => verifyPagerDutySignature(secret, raw, header(h, 'x-pagerduty-signature')),
    event: (_h, body) => String((body as { event?: { event_type?: unknown } } | null)?.event?.event_type ?? '(none)'),
    delivery: (h) => header(h, 'x-webhook-id'),
    map: (_event, body, c) => mapPagerDutyEvent(body, c.services.pagerduty),
  },
  {
    source: 'opsgenie',
    summary: `Opsgenie alert webhook: Create, Acknowledge, Close (${opsgenieTokenHeader} header)`,
    secret: (c) => c.opsgenieToken,
    verify: (secret, _raw, h) => tokenMatches(secret, header(h, opsgenieTokenHeader)),
    event: (_h, body) => String((body as { action?: unknown } | null)?.action ?? '(none)'),
    delivery: () => undefined,
    map: (_event, body, c) => mapOpsgenieEvent(body, c.services.opsgenie),
  },
];
