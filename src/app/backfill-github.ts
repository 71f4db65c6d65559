/**
 * `trellis ingest github`: a repository's commits, deployments and pull requests from the GitHub REST API,
 * streamed into one all-or-nothing import. Records are laid over what the store already holds
 * (git ingestion's merge flags and deployment links survive, see webhooks/merge-existing.ts),
 * read inside the import's transaction in batches so memory stays bounded. GitHub logins of PR
 * authors, reviewers and mergers become Trellis person ids where one matches (webhooks/resolve-people.ts).
 */
import type { Kysely } from 'kysely';
import type { TrellisRecord } from '../core/records/schemas.js';
import { TrellisError } from '../errors.js';
import type { RawRecord } from '../sources/files/raw-record.js';
import { githubRecords, type GithubBackfillTarget } from '../sources/github/backfill/github-records.js';
import { GithubApiError, type GithubRestClient } from '../sources/github/backfill/rest-client.js';
import type { Store } from '../store/db.js';
import { OrgRepository } from '../store/org-repository.js';
import type { Database } from '../store/schema.js';
import type { BackfillProgress } from './backfill-progress.js';
import { importRecords } from './import-records.js';
import { mergeWithStored } from './webhooks/merge-existing.js';
import { resolvePeople } from './webhooks/resolve-people.js';
import { storedRecords } from './webhooks/stored-records.js';

export interface GithubBackfillSummary {
  repository: string;
  changes: number;
  merges: number;
  deployments: number;
  failedDeployments: number;
  pullRequests: number;
  /** GitHub logins that match no Trellis person id (left out of the PRs). */
  unknownPeople: number;
  skipped: number;
  /** The first few reasons something was left out. */
  skippedReasons: string[];
}

const BATCH = 200;

export async function backfillGithub(store: Store, client: GithubRestClient, target: GithubBackfillTarget, progress?: BackfillProgress): Promise<GithubBackfillSummary> {
  const repository = `${target.owner}/${target.repo}`;
  if ((await new OrgRepository(store.db).existing('services', [target.service])).size === 0) {
    throw new TrellisError('BAD_INPUT', `service "${target.service}" does not exist; import it first (a line {"kind":"service","id":"${target.service}",…} with trellis import).`);
  }
  const summary: GithubBackfillSummary = { repository, changes: 0, merges: 0, deployments: 0, failedDeployments: 0, pullRequests: 0, unknownPeople: 0, skipped: 0, skippedReasons: [] };

  async function* lines(): AsyncGenerator<RawRecord> {
    let line = 0;
    for await (const item of githubRecords(client, target)) {
      if ('skipped' in item) {
        summary.skipped++;
        if (summary.skippedReasons.length < 10) summary.skippedReasons.push(item.skipped);
        continue;
      }
      const r = item.record;
      if (r.kind === 'change') {
        summary.changes++;
        if (r.isMerge) summary.merges++;
      } else if (r.kind === 'deployment') {
        if (r.status === 'success') summary.deployments++;
        else summary.failedDeployments++;
      } else if (r.kind === 'pull_request') summary.pullRequests++;
      if (++line % 100 === 0) progress?.('records', line);
      yield { line, value: r };
    }
  }

  try {
    await importRecords(store, { name: `github ${repository}`, records: lines() }, {
      // A backfill replays the API's events: a later page may restate a record.
      duplicates: 'last-wins',
      transform: (trx, records) =>
        mergeInBatches(trx, records, (reasons) => {
          summary.unknownPeople += reasons.length;
          for (const r of reasons) if (summary.skippedReasons.length < 10) summary.skippedReasons.push(r);
        }),
    });
  } catch (e) {
    if (e instanceof GithubApiError) {
      const code = e.status === 401 || e.status === 404 || (e.status === 403 && !/rate limited/.test(e.message)) ? 'BAD_INPUT' : 'INTERNAL';
      throw new TrellisError(code, `GitHub API: ${e.message}; nothing was stored.`);
    }
    throw e;
  }
  return summary;
}

/** Lay each batch of records over its stored versions, read through the import's transaction (also used by the GitLab backfill). */
/**
 * A backfill never moves a stored record to another service: a commit (its id is the sha), a
 * deployment or a pull request of one repository backfilled for a second service would otherwise
 * leave the first service without them. The whole import is refused instead (nothing is stored).
 */
function refuseMovingToAnotherService(incoming: TrellisRecord, stored: TrellisRecord | undefined): void {
  if (stored === undefined || !('service' in stored) || !('service' in incoming) || stored.service === incoming.service) return;
  throw new TrellisError(
    'BAD_INPUT',
    `${incoming.kind} ${(incoming as { id: string }).id} is already stored for service "${stored.service}"; a record belongs to one service, so this repository was probably backfilled for "${stored.service}" before. Backfill it for that service only. Nothing was stored.`,
  );
}

export async function* mergeInBatches(trx: Kysely<Database>, records: AsyncIterable<RawRecord>, unknownPeople: (reasons: string[]) => void): AsyncGenerator<RawRecord> {
  let batch: { line: number; value: TrellisRecord }[] = [];
  const flush = async function* (): AsyncGenerator<RawRecord> {
    const people = await resolvePeople(trx, batch.map((b) => b.value));
    unknownPeople(people.unknown);
    const stored = await storedRecords(trx, people.records);
    for (const [i, b] of batch.entries()) {
      const value = people.records[i]!;
      const before = stored.get(`${value.kind}:${(value as { id: string }).id}`);
      refuseMovingToAnotherService(value, before);
      yield { line: b.line, value: mergeWithStored(value, before) };
    }
    batch = [];
  };
  for await (const raw of records) {
    if (!('value' in raw)) {
      yield raw;
      continue;
    }
    batch.push({ line: raw.line, value: raw.value as TrellisRecord });
    if (batch.length >= BATCH) yield* flush();
  }
  if (batch.length > 0) yield* flush();
}
