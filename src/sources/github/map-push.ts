/**
 * GitHub `push` → one `change` per commit (id = sha). A push payload carries no parents, so
 * `isMerge` is unknown and written as false (the git ingestion knows better and is kept on merge,
 * see app/webhooks/merge-existing.ts). Deletions and tag pushes are left out: a deleted ref has no
 * commits, and a tag names commits that arrived with their branch.
 */
import { z } from 'zod';
import type { TrellisRecord } from '../../core/records/schemas.js';
import { webUrl } from '../web-url.js';
import { ignored, mapped, parsePayload, revertOf, unmapped, utc, zeroSha, type MapResult } from './webhook-result.js';

const commit = z.object({
  id: z.string().min(1),
  message: z.string(),
  timestamp: z.string(),
  author: z.object({ email: z.string().nullish() }).optional(),
  /** The commit's page (GitHub and GitLab both send it). */
  url: z.string().nullish(),
});

const payload = z.object({
  ref: z.string(),
  after: z.string(),
  deleted: z.boolean().optional(),
  commits: z.array(commit).default([]),
  repository: z.object({ full_name: z.string().min(1) }),
});

export function mapPush(body: unknown, services: Readonly<Record<string, string>>): MapResult {
  const p = parsePayload(payload, body, 'push');
  if (!p.ok) return p.result;
  const { ref, after, deleted, commits, repository } = p.value;
  const kind = ref.startsWith('refs/tags/') ? 'tag' : 'branch';
  if (deleted === true || zeroSha.test(after)) return ignored(`${kind} deletion (${ref})`);
  if (kind === 'tag') return ignored(`tag push (${ref}): its commits arrive with their branch`);
  if (commits.length === 0) return ignored(`push to ${ref} carried no commits`);
  const service = services[repository.full_name];
  if (service === undefined) return ignored(unmapped('repository', repository.full_name));
  return changesOf(commits, service);
}

/** Commits of a push (GitHub or GitLab) as changes; a commit without a readable time is left out with a reason. */
export function changesOf(commits: readonly z.infer<typeof commit>[], service: string): MapResult {
  const records: TrellisRecord[] = [];
  const skipped: string[] = [];
  for (const c of commits) {
    const committedAt = utc(c.timestamp);
    if (committedAt === undefined) {
      skipped.push(`commit ${c.id}: timestamp "${c.timestamp}" is not a time`);
      continue;
    }
    const email = c.author?.email;
    const revert = revertOf(c.message);
    records.push({
      kind: 'change',
      id: c.id.toLowerCase(),
      service,
      committedAt,
      // GitLab writes "[REDACTED]" for authors without a public email: that is not an author.
      ...(email && email.includes('@') ? { author: email } : {}),
      isMerge: false,
      ...(revert ? { revertOf: revert } : {}),
      ...webUrl(c.url),
    });
  }
  return mapped(records, skipped);
}
