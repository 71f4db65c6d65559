/**
 * One ingestion run as a stream: a `change` per commit read, then the tag deployments this run
 * (re)writes. Two shapes of the same stream:
 * - `ingestItems`: what git said (parsed commits, deployments with their changes), which the
 *   trusted writer (app/ingest-git-write.ts) turns straight into rows;
 * - `ingestRecords`: the same as import records, for the validated import path and for tests.
 *
 * Changes stream straight through as git prints them, except the few whose subject says
 * `Revert "`: those wait for the body pass (revert.ts) that finds what they revert.
 */
import type { RawRecord } from '../files/raw-record.js';
import { CommitGraph } from './commit-graph.js';
import type { TagDeployment } from './deploy-tags.js';
import { LOG_FORMAT, parseLogRecord, type LogCommit } from './log-format.js';
import { readReverts, looksLikeRevert } from './revert.js';
import { shippedSince } from './rev-list.js';
import { gitRecords } from './run-git.js';

export interface IngestPlan {
  repo: string;
  service: string;
  environment: string;
  /** Commits to read from (tips of branches and tags); empty to read none. */
  from: readonly string[];
  /** Tips read by an earlier run: `^sha`, so only new commits come out. */
  exclude: readonly string[];
  /** Every current tag deployment, in shipping order. */
  deployments: readonly TagDeployment[];
  /** Index of the first deployment to write; the ones before were written by earlier runs. */
  writeFrom: number;
  onCommits?: (read: number) => void;
}

export interface IngestCounts {
  commits: number;
  merges: number;
  reverts: number;
  deployments: number;
}

/** A commit read (a change), or a tag deployment with the changes it ships (none: baseline). */
export type IngestItem =
  | { kind: 'change'; commit: LogCommit; revertOf?: string | undefined }
  | { kind: 'deployment'; deployment: TagDeployment; changes?: string[] | undefined };

export async function* ingestItems(plan: IngestPlan, counts: IngestCounts): AsyncGenerator<IngestItem> {
  const firstRun = plan.exclude.length === 0;
  // The in-memory graph is only needed when this run walks every deployment itself.
  const graph = firstRun && plan.deployments.length > 0 ? new CommitGraph() : undefined;
  const candidates = new Map<string, LogCommit>();
  const changeOf = (commit: LogCommit, revertOf?: string): IngestItem => {
    if (commit.parents.length > 1) counts.merges++;
    if (revertOf !== undefined) counts.reverts++;
    return { kind: 'change', commit, revertOf };
  };

  if (plan.from.length > 0) {
    const input = [...plan.from, ...plan.exclude.map((t) => `^${t}`)].join('\n');
    const args = ['log', '--stdin', '--ignore-missing', '--no-renames', '--no-show-signature', '-z', `--format=${LOG_FORMAT}`];
    for await (const text of gitRecords({ repo: plan.repo, args, input: `${input}\n`, separator: '\0' })) {
      const c = parseLogRecord(text, counts.commits + 1);
      counts.commits++;
      if (plan.onCommits && counts.commits % 10_000 === 0) plan.onCommits(counts.commits);
      graph?.add(c.sha, c.parents);
      if (looksLikeRevert(c.subject)) candidates.set(c.sha, c);
      else yield changeOf(c);
    }
    plan.onCommits?.(counts.commits);
  }

  const reverts = await readReverts(plan.repo, [...candidates.keys()]);
  for (const c of candidates.values()) yield changeOf(c, reverts.get(c.sha));

  const claimed = graph?.claim(plan.deployments.map((d) => d.commit));
  for (let k = plan.writeFrom; k < plan.deployments.length; k++) {
    const d = plan.deployments[k]!;
    // The earliest deployment is the baseline: it ships "everything before", and those changes
    // get no lead time (spec/delivery.md), so it carries no `changes` at all. Its commits still
    // count as shipped: later deployments never claim them.
    const changes =
      k === 0 ? undefined : (claimed?.[k] ?? (await shippedSince(plan.repo, d.commit, plan.deployments.slice(0, k).map((e) => e.commit))));
    counts.deployments++;
    yield { kind: 'deployment', deployment: d, changes };
  }
}

/** The same stream as import records (validated path). */
export async function* ingestRecords(plan: IngestPlan, counts: IngestCounts): AsyncGenerator<RawRecord> {
  let line = 0;
  for await (const item of ingestItems(plan, counts)) yield { line: ++line, value: itemRecord(plan, item) };
}

export function itemRecord(plan: Pick<IngestPlan, 'service' | 'environment'>, item: IngestItem): Record<string, unknown> {
  if (item.kind === 'deployment') {
    const d = item.deployment;
    return {
      kind: 'deployment',
      id: d.id,
      service: plan.service,
      environment: plan.environment,
      status: 'success',
      finishedAt: new Date(d.at).toISOString(),
      commit: d.commit,
      ...(item.changes ? { changes: item.changes } : {}),
    };
  }
  const c = item.commit;
  return {
    kind: 'change',
    id: c.sha,
    service: plan.service,
    committedAt: new Date(c.committerTime * 1000).toISOString(),
    authoredAt: new Date(c.authorTime * 1000).toISOString(),
    ...(c.authorEmail ? { author: c.authorEmail } : {}),
    isMerge: c.parents.length > 1,
    ...(item.revertOf !== undefined ? { revertOf: item.revertOf } : {}),
  };
}
