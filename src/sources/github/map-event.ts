/**
 * One GitHub delivery → records, by its `X-GitHub-Event` header (push payloads have no `action`,
 * so the header is the only way to tell events apart).
 * Pull requests and their reviews become `pull_request` records (map-pull-request.ts).
 */
import { mapDeploymentStatus } from './map-deployment-status.js';
import { mapIssue } from './map-issue.js';
import { mapPullRequest, mapPullRequestReview } from './map-pull-request.js';
import { mapPush } from './map-push.js';
import { ignored, type MapResult } from './webhook-result.js';

export interface GithubMapContext {
  /** Repository full name → Trellis service id. */
  services: Readonly<Record<string, string>>;
  incidentLabel: string;
}

export function mapGithubEvent(event: string | undefined, body: unknown, ctx: GithubMapContext): MapResult {
  switch (event) {
    case 'deployment_status':
      return mapDeploymentStatus(body, ctx.services);
    case 'push':
      return mapPush(body, ctx.services);
    case 'issues':
      return mapIssue(body, ctx.services, ctx.incidentLabel);
    case 'pull_request':
      return mapPullRequest(body, ctx.services);
    case 'pull_request_review':
      return mapPullRequestReview(body, ctx.services);
    case undefined:
      return ignored('no X-GitHub-Event header');
    default:
      return ignored(`event "${event}" is not used`);
  }
}
