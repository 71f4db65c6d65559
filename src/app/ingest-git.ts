/**
 * `trellis ingest git`: commits of a repository become `change` records and tags matching a
 * pattern become deployments, all or nothing in one transaction. The records are built by
 * Trellis itself, so they take the trusted write path (ingest-git-write.ts) rather than the
 * per-record validation of a user's files.
 *
 * Runs are incremental: the tips read and the deployments written are kept in ingest_state, the
 * next run asks git only for commits beyond those tips, and only new tag deployments (plus any
 * that a new, earlier tag would push later in the order) are written. The state is saved after
 * the import commits; if saving failed, the next run reads the same commits again, and since
 * records are upserted by id that changes nothing.
 */
import { TrellisError } from '../errors.js';
import type { Store } from '../store/db.js';
import { IngestStateRepository, type IngestedDeployment } from '../store/ingest-state-repository.js';
import { OrgRepository } from '../store/org-repository.js';
import { tagDeployments } from '../sources/git/deploy-tags.js';
import { ingestItems, type IngestCounts } from '../sources/git/git-records.js';
import { LogFormatError } from '../sources/git/log-format.js';
import { readRefs, stillPresent } from '../sources/git/refs.js';
import { GitError, gitList } from '../sources/git/run-git.js';
import { OrderBroken } from '../sources/git/streamed-claims.js';
import { writeIngestItems } from './ingest-git-write.js';

export interface IngestGitOptions {
  path: string;
  service: string;
  /** Tags matching this regular expression are deployments; none when absent. */
  deployTags?: string | undefined;
  environment?: string | undefined;
  now?: () => number;
  onCommits?: (read: number) => void;
  /** Move the repository's changes to this service even when they are another service's now. */
  takeOver?: boolean | undefined;
}

export interface IngestGitSummary extends IngestCounts {
  /** When the previous run read this repository (ISO), or null for a first run. */
  newSince: string | null;
  nothingNew: boolean;
}

export async function ingestGit(store: Store, o: IngestGitOptions): Promise<IngestGitSummary> {
  const environment = o.environment ?? 'production';
  const pattern = compilePattern(o.deployTags);
  const repository = await gitDir(o.path);
  const found = await new OrgRepository(store.db).existing('services', [o.service]);
  if (!found.has(o.service)) {
    throw new TrellisError('BAD_INPUT', `service "${o.service}" does not exist; import it first (a line {"kind":"service","id":"${o.service}",…} with trellis import).`);
  }
  const key = { repository, service: o.service, environment };
  const states = new IngestStateRepository(store.db);
  const state = await states.get(key);
  const counts: IngestCounts = { commits: 0, merges: 0, reverts: 0, deployments: 0 };
  const newSince = state ? new Date(state.ingestedAt).toISOString() : null;

  return withGitErrors(o.path, async () => {
    const refs = await readRefs(repository);
    if (!o.takeOver) await refuseAnotherServicesHistory(states, o.path, repository, o.service, refs.tips);
    const deployments = pattern ? tagDeployments(refs.tags, pattern, o.service, environment) : [];
    const written = new Map((state?.deployments ?? []).map((d) => [d.id, d]));
    const firstUnwritten = deployments.findIndex((d) => !sameDeployment(written.get(d.id), d));
    const writeFrom = firstUnwritten === -1 ? deployments.length : firstUnwritten;
    const oldTips = new Set(state?.tips ?? []);
    const newTips = refs.tips.filter((t) => !oldTips.has(t));
    if (state && newTips.length === 0 && writeFrom === deployments.length) return { ...counts, newSince, nothingNew: true };

    const plan = {
      repo: repository,
      service: o.service,
      environment,
      from: newTips.length > 0 ? refs.tips : [],
      exclude: await stillPresent(repository, state?.tips ?? []),
      deployments,
      writeFrom,
      ...(o.onCommits ? { onCommits: o.onCommits } : {}),
    };
    try {
      await writeIngestItems(store, `git ${o.path}`, plan, ingestItems(plan, counts));
    } catch (e) {
      if (!(e instanceof OrderBroken)) throw e;
      // Skewed commit dates put a parent before its child in git's default order; the
      // transaction was rolled back, so read again in an order git guarantees.
      Object.assign(counts, { commits: 0, merges: 0, reverts: 0, deployments: 0 });
      const topo = { ...plan, order: 'topo' as const };
      await writeIngestItems(store, `git ${o.path}`, topo, ingestItems(topo, counts));
    }
    await states.save({ ...key, tips: refs.tips, deployments, ingestedAt: (o.now ?? Date.now)() });
    return { ...counts, newSince, nothingNew: false };
  });
}

/**
 * A commit is one change of one service: its record id is the sha (the record contract), so
 * ingesting a repository whose commits are already another service's changes would move them to
 * this one, silently emptying the other service's lead times. Refused instead, before anything
 * is written. Caught by the state of earlier runs (same repository, another service) or by the
 * branch and tag tips already being another service's changes (another clone of it).
 */
async function refuseAnotherServicesHistory(states: IngestStateRepository, path: string, repository: string, service: string, tips: readonly string[]): Promise<void> {
  const [other] = await states.otherServicesOf(repository, service);
  const taken = other === undefined ? await states.changesOfOtherServices(tips, service) : new Map<string, string>();
  const [sha, owner] = [...taken][0] ?? [];
  const holder = other ?? owner;
  if (holder === undefined) return;
  const how = other !== undefined ? `it was ingested for service "${other}"` : `its commit ${sha} is already a change of service "${owner}"`;
  throw new TrellisError(
    'BAD_INPUT',
    `${path}: ${how}. A commit is one change of one service (its id is the commit sha), so a repository's history can be ingested for one service only; ingesting it for "${service}" would take the changes away from "${holder}". Nothing was stored. (To move them on purpose, e.g. after renaming the service, run again with --take-over.)`,
  );
}

function sameDeployment(a: IngestedDeployment | undefined, b: IngestedDeployment): boolean {
  return a !== undefined && a.commit === b.commit && a.at === b.at;
}

function compilePattern(source: string | undefined): RegExp | undefined {
  if (source === undefined) return undefined;
  try {
    return new RegExp(source);
  } catch (e) {
    throw new TrellisError('BAD_INPUT', `--deploy-tags is not a valid regular expression: ${(e as Error).message}`);
  }
}

/** The absolute git directory: one identity for a repository however its path is written. */
async function gitDir(path: string): Promise<string> {
  try {
    const [dir] = await gitList({ repo: path, args: ['rev-parse', '--absolute-git-dir'] });
    if (dir) return dir;
  } catch (e) {
    if (e instanceof GitError && e.notInstalled) throw new TrellisError('INTERNAL', 'git is not installed or not on PATH; it is needed to read repositories.');
    if (!(e instanceof GitError)) throw e;
    throw new TrellisError('BAD_INPUT', `${path} is not a git repository (git said: ${e.message})`);
  }
  throw new TrellisError('BAD_INPUT', `${path} is not a git repository`);
}

/** git failing mid-run (a broken clone, a missing object) is reported, never a stack trace. */
async function withGitErrors<T>(path: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof GitError) throw new TrellisError('BAD_INPUT', `reading ${path} with git failed; nothing was stored. git said: ${e.message}`);
    if (e instanceof LogFormatError) throw new TrellisError('INTERNAL', `unexpected git output; nothing was stored. ${e.message}`);
    throw e;
  }
}
