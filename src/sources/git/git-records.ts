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
 * Which deployment ships a change is said in one of the two ways the record contract has. A first
 * run reads all of history in one log and knows each commit's deployment as it streams
 * (streamed-claims.ts): the change names it in its own `deployment` field, no separate list. A
 * later run reads only new commits, so it asks git what each new deployment ships (rev-list.ts)
 * and the deployment lists them in `changes[]`. The metrics treat both as the same statement.
 */
import type { RawRecord } from '../files/raw-record.js';
import type { TagDeployment } from './deploy-tags.js';
import { LOG_FORMAT, parseLogRecord, type LogCommit } from './log-format.js';
import { readReverts, looksLikeRevert } from './revert.js';
import { shippedSince } from './rev-list.js';
import { gitRecordBatches } from './run-git.js';
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
 * A commit read (a change, with the deployment that ships it when the run knows it), or a tag
 * deployment (with the changes it ships when the changes do not name it; the baseline has
 * neither: it ships "everything before").
 */
export type IngestItem =
  | { kind: 'change'; commit: LogCommit; revertOf?: string | undefined; deployment?: string | undefined }
  | { kind: 'deployment'; deployment: TagDeployment; changes?: string[] | undefined };

/** The items of a run, a batch at a time (one per read from git's pipe, then the rest). */
export async function* ingestItems(plan: IngestPlan, counts: IngestCounts): AsyncGenerator<IngestItem[]> {
  // A run that reads all of history (the first) can tell each commit's deployment as it streams.
  const wholeHistory = plan.exclude.length === 0 && plan.from.length > 0;
  const claims = wholeHistory && plan.deployments.length > 0 ? new StreamedClaims(plan.deployments.map((d) => d.commit)) : undefined;
  // The earliest deployment is the baseline: it ships "everything before", and those changes get
  // no lead time (spec/delivery.md), so nothing names it. Its commits still count as shipped:
  // later deployments never claim them. Deployments an earlier run wrote are named too: a change
  // row written without its name would lose it.
  const named = (k: number | undefined) => (k !== undefined && k >= 1 ? plan.deployments[k]!.id : undefined);
  const candidates: { commit: LogCommit; deployment: string | undefined }[] = [];
  const changeOf = (commit: LogCommit, deployment: string | undefined, revertOf?: string): IngestItem => {
    if (commit.parents.length > 1) counts.merges++;
    if (revertOf !== undefined) counts.reverts++;
    return { kind: 'change', commit, revertOf, deployment };
  };

  if (plan.from.length > 0) {
    const input = [...plan.from, ...plan.exclude.map((t) => `^${t}`)].join('\n');
    const order = plan.order === 'topo' ? ['--topo-order'] : [];
    const args = ['log', '--stdin', '--ignore-missing', '--no-renames', '--no-show-signature', ...order, '-z', `--format=${LOG_FORMAT}`];
    for await (const texts of gitRecordBatches({ repo: plan.repo, args, input: `${input}\n`, separator: '\0', spool: true })) {
      const batch: IngestItem[] = [];
      for (const text of texts) {
        const c = parseLogRecord(text, counts.commits + 1);
        counts.commits++;
        if (plan.onCommits && counts.commits % 10_000 === 0) plan.onCommits(counts.commits);
        const deployment = named(claims?.next(c.sha, c.parents));
        if (looksLikeRevert(c.subject)) candidates.push({ commit: c, deployment });
        else batch.push(changeOf(c, deployment));
      }
      yield batch;
    }
    plan.onCommits?.(counts.commits);
  }

  const reverts = await readReverts(plan.repo, candidates.map((c) => c.commit.sha));
  yield candidates.map(({ commit, deployment }) => changeOf(commit, deployment, reverts.get(commit.sha)));

  const deployments: IngestItem[] = [];
  for (let k = plan.writeFrom; k < plan.deployments.length; k++) {
    const d = plan.deployments[k]!;
    const changes = k === 0 || claims ? undefined : await shippedSince(plan.repo, d.commit, plan.deployments.slice(0, k).map((e) => e.commit));
    counts.deployments++;
    deployments.push({ kind: 'deployment', deployment: d, changes });
  }
  yield deployments;
}

/** The same stream as import records (validated path). */
export async function* ingestRecords(plan: IngestPlan, counts: IngestCounts): AsyncGenerator<RawRecord> {
  let line = 0;
  for await (const batch of ingestItems(plan, counts)) for (const item of batch) yield { line: ++line, value: itemRecord(plan, item) };
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
    ...(item.deployment !== undefined ? { deployment: item.deployment } : {}),
  };
}
