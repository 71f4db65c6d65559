/**
 * The trusted write path of `trellis ingest git`.
 *
 * Every value here was produced by Trellis from git's own output (full shas, unix times, a
 * service checked to exist before the run), so the per-record work of a user's import — zod
 * validation, canonical times, reference checks — proves nothing new and, at 100,000 commits,
 * cost more than git itself. Rows are built straight from the parsed commits, and written in one
 * transaction with the prepared multi-row upserts of RecordWriter.
 *
 * Changes are written in chunks of a few thousand while git streams, so SQLite's work overlaps
 * git's (git runs in its own process and keeps writing its output into a spool file meanwhile,
 * run-git.ts). Each chunk is put in sha-prefix order first (sha-prefix-order.ts): random shas
 * inserted in arrival order scatter across the primary-key B-tree, ordered runs touch far fewer
 * pages. (Measured on 100k commits: a 5,000-row chunk beat both one sort of everything at the end
 * and unsorted 500-row batches.)
 *
 * On a first run each change carries the deployment that ships it in its own `deployment` column
 * (git-records.ts): a link row per change, with its two indexes, cost more than the changes
 * themselves. Only a later run's deployments list their changes as links.
 *
 * The rows are exactly those the validated path writes (ingest-git-write.test.ts checks it).
 * The one rule of the record contract git output could break — an author email over 2,000
 * characters — is checked here too, so both paths reject the same input.
 */
import { TrellisError } from '../errors.js';
import type { Store } from '../store/db.js';
import { bumpDataVersion } from '../store/data-version.js';
import { rebuildDeliveryFacts } from '../store/delivery-facts-build.js';
import { RecordWriter } from '../store/record-writer.js';
import type { Row } from '../store/record-rows.js';
import { orderedByShaPrefix } from '../store/sha-prefix-order.js';
import type { IngestItem, IngestPlan } from '../sources/git/git-records.js';

const MAX_TEXT = 2000;
/** Changes written per chunk: large enough for sorted inserts to pay, small enough to overlap git. */
const CHUNK_ROWS = 5000;

type WritePlan = Pick<IngestPlan, 'service' | 'environment' | 'deployments' | 'writeFrom'>;

export async function writeIngestItems(store: Store, name: string, plan: WritePlan, batches: AsyncIterable<IngestItem[]>): Promise<void> {
  await store.db.transaction().execute(async (trx) => {
    const writer = new RecordWriter(trx, store.dialect);
    // The deployments this run writes have what they ship stated anew, as a re-imported
    // deployment record's changes[] replaces the old list: their links and the names changes
    // gave them go first. (A tag moved to an older commit ships less than it did.)
    const rewritten = plan.deployments.slice(plan.writeFrom).map((d) => d.id);
    await writer.deleteLinks(rewritten);
    await writer.forgetNamedDeployments(rewritten);
    const changes: Row[] = [];
    const links: Row[] = [];
    const deployments: Row[] = [];
    for await (const batch of batches) {
      for (const item of batch) {
        if (item.kind === 'change') {
          changes.push(changeRow(name, plan.service, item));
        } else {
          const d = item.deployment;
          deployments.push({ id: d.id, service: plan.service, finished_at: d.at, environment: plan.environment, status: 'success', commit_sha: d.commit, rollback_of: null, remediates: null });
          for (const change of item.changes ?? []) links.push({ deployment: d.id, change });
        }
      }
      if (changes.length >= CHUNK_ROWS) await writeChanges(writer, changes);
    }
    await writeChanges(writer, changes);
    await writer.writeRows('deployment', deployments);
    await writer.writeLinks(links);
    // The service's stored delivery facts, rebuilt from its events as they now are (as every import does).
    await rebuildDeliveryFacts(trx, new Set([plan.service, ...(await writer.touchedServices())]));
    // As for every import: caches keyed by the data version see the new rows when they commit.
    await bumpDataVersion(trx);
  });
}

/** Writes the collected changes in sha-prefix order, and empties the list. */
async function writeChanges(writer: RecordWriter, changes: Row[]): Promise<void> {
  await writer.writeRows('change', orderedByShaPrefix(changes));
  changes.length = 0;
}

function changeRow(name: string, service: string, item: Extract<IngestItem, { kind: 'change' }>): Row {
  const c = item.commit;
  if (c.authorEmail.length > MAX_TEXT) {
    throw new TrellisError('IMPORT_REJECTED', `${name} was rejected (1 problem); nothing was stored.`, [
      { file: name, field: 'author', message: `commit ${c.sha}: must be at most ${MAX_TEXT} characters` },
    ]);
  }
  return {
    id: c.sha,
    service,
    committed_at: c.committerTime * 1000,
    authored_at: c.authorTime * 1000,
    merged_at: null,
    author: c.authorEmail === '' ? null : c.authorEmail,
    is_merge: c.parents.length > 1 ? 1 : 0,
    revert_of: item.revertOf ?? null,
    deployment: item.deployment ?? null,
  };
}
