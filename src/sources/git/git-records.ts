/**
 * One ingestion run as a stream: a `change` per commit read, then the tag deployments this run
 * (re)writes. Two shapes of the same stream:
 * - `ingestItems`: what git said (parsed commits, deployments), which the trusted writer
 *   (app/ingest-git-write.ts) turns straight into rows;
 * - `ingestRecords`: the same as import records, for the validated import path and for tests.
 *
 * Changes stream straight through as git prints them, except the few whose subject says
 * `Revert "`: those wait for the body pass (revert.ts) that finds what they revert.
 *
 * Which deployment ships a change comes in one of two ways. A first run reads all of history in
 * one log and knows each commit's deployment as it streams (streamed-claims.ts): the change item
 * carries it (`shippedBy`). A later run reads only new commits, so it asks git what each new
 * deployment ships (rev-list.ts) and the deployment item lists them (`changes`).
 */
import type { RawRecord } from '../files/raw-record.js';
import type { TagDeployment } from './deploy-tags.js';
import { LOG_FORMAT, parseLogRecord, type LogCommit } from './log-format.js';
import { readReverts, looksLikeRevert } from './revert.js';
import { shippedSince } from './rev-list.js';
import { gitRecords } from './run-git.js';
import { StreamedClaims } from './streamed-claims.js';

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
  /**
   * `topo`: ask git for children before parents whatever the commit dates say (`--topo-order`),
   * after the default order turned out to break it (streamed-claims.ts).
   */
  order?: 'default' | 'topo';
  onCommits?: (read: number) => void;
}

export interface IngestCounts {
  commits: number;
  merges: number;
  reverts: number;
  deployments: number;
}

/**
 * A commit read (a change), or a tag deployment. A deployment with `changes` ships exactly those;
 * one without ships the changes that name it in `shippedBy` (none at all: the baseline, which
 * ships "everything before").
 */
export type IngestItem =
  | { kind: 'change'; commit: LogCommit; revertOf?: string | undefined; shippedBy?: string | undefined }
  | { kind: 'deployment'; deployment: TagDeployment; changes?: string[] | undefined };

export async function* ingestItems(plan: IngestPlan, counts: IngestCounts): AsyncGenerator<IngestItem> {
  // A first run sees all of history, so it can tell each commit's deployment as it streams.
  const claims = plan.exclude.length === 0 && plan.deployments.length > 0 ? new StreamedClaims(plan.deployments.map((d) => d.commit)) : undefined;
  // The earliest deployment is the baseline: it ships "everything before", and those changes get
  // no lead time (spec/delivery.md), so nothing names it. Its commits still count as shipped:
  // later deployments never claim them. Deployments before writeFrom were written by earlier runs.
  const firstNamed = Math.max(1, plan.writeFrom);
  const candidates: { commit: LogCommit; shippedBy: string | undefined }[] = [];
  const changeOf = (commit: LogCommit, shippedBy: string | undefined, revertOf?: string): IngestItem => {
    if (commit.parents.length > 1) counts.merges++;
    if (revertOf !== undefined) counts.reverts++;
    return { kind: 'change', commit, revertOf, shippedBy };
  };

  if (plan.from.length > 0) {
    const input = [...plan.from, ...plan.exclude.map((t) => `^${t}`)].join('\n');
    const order = plan.order === 'topo' ? ['--topo-order'] : [];
    const args = ['log', '--stdin', '--ignore-missing', '--no-renames', '--no-show-signature', ...order, '-z', `--format=${LOG_FORMAT}`];
    for await (const text of gitRecords({ repo: plan.repo, args, input: `${input}\n`, separator: '\0' })) {
      const c = parseLogRecord(text, counts.commits + 1);
      counts.commits++;
      if (plan.onCommits && counts.commits % 10_000 === 0) plan.onCommits(counts.commits);
      const k = claims?.next(c.sha, c.parents);
      const shippedBy = k !== undefined && k >= firstNamed ? plan.deployments[k]!.id : undefined;
      if (looksLikeRevert(c.subject)) candidates.push({ commit: c, shippedBy });
      else yield changeOf(c, shippedBy);
    }
    plan.onCommits?.(counts.commits);
  }

  const reverts = await readReverts(plan.repo, candidates.map((c) => c.commit.sha));
  for (const { commit, shippedBy } of candidates) yield changeOf(commit, shippedBy, reverts.get(commit.sha));

  for (let k = plan.writeFrom; k < plan.deployments.length; k++) {
    const d = plan.deployments[k]!;
    const changes = k === 0 || claims ? undefined : await shippedSince(plan.repo, d.commit, plan.deployments.slice(0, k).map((e) => e.commit));
    counts.deployments++;
    yield { kind: 'deployment', deployment: d, changes };
  }
}

/** The same stream as import records (validated path). */
export async function* ingestRecords(plan: IngestPlan, counts: IngestCounts): AsyncGenerator<RawRecord> {
  let line = 0;
  // In the record contract a deployment lists what it ships: gather what the changes name.
  const shipped = new Map<string, string[]>();
  for await (const item of ingestItems(plan, counts)) {
    if (item.kind === 'change' && item.shippedBy !== undefined) {
      const list = shipped.get(item.shippedBy);
      if (list) list.push(item.commit.sha);
      else shipped.set(item.shippedBy, [item.commit.sha]);
    }
    const listed = item.kind === 'deployment' && item.changes === undefined ? shipped.get(item.deployment.id)?.sort() : undefined;
    yield { line: ++line, value: itemRecord(plan, item.kind === 'deployment' && listed ? { ...item, changes: listed } : item) };
  }
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
