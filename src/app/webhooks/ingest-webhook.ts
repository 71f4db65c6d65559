/**
 * Storing what one verified webhook delivery means. The records go through `importRecords`, the
 * same validated, reference-checked, all-or-nothing path as a file import, so a webhook can never
 * store what a file could not. A rejected delivery (e.g. its service was deleted from Trellis)
 * answers 422 WEBHOOK_REJECTED with the problems — a 4xx, so senders do not retry it forever.
 *
 * Signature checks happen before this (in the HTTP receiver): here the sender is already trusted.
 */
import type { WebhookSource } from '../../config-webhooks.js';
import { recordIdentity } from '../../core/records/schemas.js';
import { isTrellisError, TrellisError } from '../../errors.js';
import type { MapResult } from '../../sources/github/webhook-result.js';
import type { Store } from '../../store/db.js';
import { importRecords } from '../import-records.js';
import { mergeWithStored } from './merge-existing.js';
import { resolvePeople } from './resolve-people.js';
import { storedRecords } from './stored-records.js';

export interface WebhookDelivery {
  source: WebhookSource;
  /** The sender's event name, for the import's name in errors and logs. */
  event: string;
  result: MapResult;
}

export interface WebhookOutcome {
  stored: number;
  ignored: string[];
  /** `kind:id` of each record written, for the log line of the delivery. */
  records: string[];
}

export async function ingestWebhook(store: Store, delivery: WebhookDelivery): Promise<WebhookOutcome> {
  if (delivery.result.records.length === 0) return { stored: 0, ignored: delivery.result.ignored, records: [] };
  const people = await resolvePeople(store.db, delivery.result.records);
  const records = people.records;
  const ignored = [...delivery.result.ignored, ...people.unknown];
  // Read before the import's transaction: two deliveries about one record racing each other is
  // rare, and senders deliver one incident's events in order.
  const stored = await storedRecords(store.db, records);
  const merged = records.map((r) => mergeWithStored(r, stored.get(`${r.kind}:${recordIdentity(r)}`)));
  const name = `${delivery.source} webhook (${delivery.event})`;
  try {
    await importRecords(store, { name, records: lines(merged) }, { maxErrors: 20, duplicates: 'last-wins' });
  } catch (e) {
    if (isTrellisError(e) && e.code === 'IMPORT_REJECTED') {
      throw new TrellisError('WEBHOOK_REJECTED', `The ${name} was rejected; nothing was stored.`, e.problems);
    }
    throw e;
  }
  return { stored: merged.length, ignored, records: merged.map((r) => `${r.kind}:${recordIdentity(r)}`) };
}

async function* lines(records: readonly unknown[]): AsyncIterable<{ line: number; value: unknown }> {
  for (const [i, value] of records.entries()) yield { line: i + 1, value };
}
