/**
 * GitHub `deployment_status` → a `deployment`. Only final states are deployments: `success`, and
 * `failure`/`error` (the deployment did not go out — a failed attempt, see spec/delivery.md).
 * `queued`, `pending`, `in_progress`, `inactive` say nothing final and are left out.
 */
import { z } from 'zod';
import { webUrl } from '../web-url.js';
import { ignored, mapped, parsePayload, unmapped, utc, type MapResult } from './webhook-result.js';

const payload = z.object({
  deployment_status: z.object({
    state: z.string(),
    created_at: z.string(),
    environment: z.string().optional(),
    // Where the deployment's own output lives (the CI job, the deploy tool's page).
    log_url: z.string().nullish(),
    target_url: z.string().nullish(),
  }),
  deployment: z.object({ id: z.number().int(), sha: z.string().min(1), environment: z.string().min(1) }),
  repository: z.object({ full_name: z.string().min(1) }),
});

const final: Record<string, 'success' | 'failure'> = { success: 'success', failure: 'failure', error: 'failure' };

export function mapDeploymentStatus(body: unknown, services: Readonly<Record<string, string>>): MapResult {
  const p = parsePayload(payload, body, 'deployment_status');
  if (!p.ok) return p.result;
  const { deployment_status: ds, deployment, repository } = p.value;
  const status = final[ds.state];
  if (status === undefined) return ignored(`deployment status "${ds.state}" is not final`);
  const service = services[repository.full_name];
  if (service === undefined) return ignored(unmapped('repository', repository.full_name));
  const finishedAt = utc(ds.created_at);
  if (finishedAt === undefined) return ignored(`deployment status created_at "${ds.created_at}" is not a time`);
  return mapped([
    {
      kind: 'deployment',
      id: `github:${repository.full_name}:${deployment.id}`,
      service,
      finishedAt,
      environment: ds.environment ?? deployment.environment,
      status,
      commit: deployment.sha,
      ...webUrl(ds.log_url || ds.target_url),
    },
  ]);
}
