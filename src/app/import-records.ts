/**
 * Importing one file of records: all or nothing, in one transaction.
 *
 * Lines are validated and written in batches as they stream in, so memory stays bounded; the
 * first bad line stops the writing but not the reading, so the user gets every problem (up to a
 * limit) in one go. At the end, references to teams, people and services not defined in the file
 * are looked up in the store, reporting lines are checked for cycles, and then the transaction
 * commits — or, if anything was wrong, rolls back and nothing is stored.
 *
 * A file that states one record twice (same kind and id) is refused, naming both lines: two lines
 * saying different things about one deployment is a mistake to show, not to settle silently.
 * Sources that replay events (webhooks, backfills, `trellis import --last-wins`) ask for the later
 * line to win instead. Ids are remembered as compact hashes, ~32 MB for a million records
 * (core/records/identity-set.ts).
 */
import type { Kysely } from 'kysely';
import { findCycles } from '../core/org/cycles.js';
import { definesReferenced, referencesOf, type ReferencedKind } from '../core/records/references.js';
import { recordIdentity, recordKinds, type RecordKind } from '../core/records/schemas.js';
import { validateRecord } from '../core/records/validate.js';
import { TrellisError, type Problem } from '../errors.js';
import type { Store } from '../store/db.js';
import type { Database } from '../store/schema.js';
import { OrgRepository } from '../store/org-repository.js';
import { bumpDataVersion } from '../store/data-version.js';
import { rebuildDeliveryFacts } from '../store/delivery-facts-build.js';
import { RecordWriter } from '../store/record-writer.js';
import { SloRepository } from '../store/slo-repository.js';
import { FileFormatError, type RawRecord } from '../sources/files/raw-record.js';
import { IdentitySet } from '../core/records/identity-set.js';

export interface ImportSource {
  /** Named in every error: `FILE:LINE: field: problem`. */
  name: string;
  records: AsyncIterable<RawRecord>;
}

export interface ImportOptions {
  maxErrors?: number;
  /** Called every few thousand records with how many were read so far. */
  onProgress?: (recordsRead: number) => void;
  /**
   * Rewrites the stream inside the import's transaction, before validation: a source that
   * knows only part of its records lays them over the stored ones here (see
   * webhooks/merge-existing.ts), reading through `trx` so it sees what the import sees.
   */
  transform?: (trx: Kysely<Database>, records: AsyncIterable<RawRecord>) => AsyncIterable<RawRecord>;
  /**
   * A record stated twice in the file: `refuse` the file (the default), or let the `last-wins`
   * (for sources that replay events, where a later event updates an earlier one).
   */
  duplicates?: 'refuse' | 'last-wins';
}

export interface ImportSummary {
  file: string;
  records: number;
  byKind: Partial<Record<RecordKind, number>>;
  lines: number;
}

const tables: Record<ReferencedKind, 'teams' | 'people' | 'services'> = { team: 'teams', person: 'people', service: 'services' };

export async function importRecords(store: Store, source: ImportSource, options: ImportOptions = {}): Promise<ImportSummary> {
  const maxErrors = options.maxErrors ?? 50;
  const problems: Problem[] = [];
  const report = (line: number | undefined, field: string | undefined, message: string) =>
    problems.push({ file: source.name, ...(line === undefined ? {} : { line }), ...(field === undefined ? {} : { field }), message });

  return store.db.transaction().execute(async (trx) => {
    const writer = new RecordWriter(trx, store.dialect);
    const identities = options.duplicates === 'last-wins' ? null : new IdentitySet();
    const checkRepeat = (kind: string, id: string, line: number) => {
      const first = identities?.add(`${kind} ${id}`, line);
      if (first !== undefined) {
        report(line, kind === 'sli' ? 'at' : 'id', `${kind} "${id}" is already stated at line ${first}; a file states each record once (use --last-wins if later lines should replace earlier ones)`);
      }
    };
    const defined: Record<ReferencedKind, Set<string>> = { team: new Set(), person: new Set(), service: new Set() };
    // First place each not-yet-defined id was referenced; checked against the store at the end.
    const pending: Record<ReferencedKind, Map<string, { line: number; field: string }>> = { team: new Map(), person: new Map(), service: new Map() };
    // Where org records sit in the file, so a cycle can be reported at its lines.
    const orgLines = { team: new Map<string, number>(), person: new Map<string, number>() };
    let read = 0;
    let lastLine = 0;
    // SLI slices touched per SLO: their hourly rollups are rewritten before the commit.
    const touchedSli = new Map<string, [number, number]>();

    try {
      for await (const raw of options.transform ? options.transform(trx, source.records) : source.records) {
        read++;
        lastLine = raw.line;
        if (options.onProgress && read % 5000 === 0) options.onProgress(read);
        if ('problems' in raw) {
          for (const p of raw.problems) report(raw.line, p.field, p.message);
        } else {
          const v = validateRecord(raw.value);
          if (!v.ok) {
            for (const p of v.problems) report(raw.line, p.field, p.message);
          } else {
            const r = v.record;
            checkRepeat(r.kind, recordIdentity(r), raw.line);
            const def = definesReferenced(r);
            if (def) {
              defined[def.kind].add(def.id);
              if (def.kind !== 'service') orgLines[def.kind].set(def.id, raw.line);
            }
            for (const ref of referencesOf(r)) {
              if (!defined[ref.kind].has(ref.id) && !pending[ref.kind].has(ref.id)) pending[ref.kind].set(ref.id, { line: raw.line, field: ref.field });
            }
            // Once the file is known to be bad, stop writing: the transaction will roll back anyway.
            if (problems.length === 0) await writer.add(r);
            if (r.kind === 'sli') {
              const t = Date.parse(r.at);
              const span = touchedSli.get(r.slo);
              if (!span) touchedSli.set(r.slo, [t, t + 1]);
              else if (t < span[0]) span[0] = t;
              else if (t >= span[1]) span[1] = t + 1;
            }
          }
        }
        if (problems.length >= maxErrors) {
          report(undefined, undefined, `stopped after ${maxErrors} problems; fix these and import again`);
          break;
        }
      }
    } catch (e) {
      if (!(e instanceof FileFormatError)) throw e;
      report(e.line, undefined, e.message);
    }

    if (problems.length === 0) {
      await writer.flush();
      await checkReferences(new OrgRepository(trx), defined, pending, report);
    }
    if (problems.length === 0) {
      await checkCycles(new OrgRepository(trx), orgLines, report);
    }
    if (problems.length > 0) {
      const n = problems.filter((p) => p.line !== undefined).length;
      throw new TrellisError('IMPORT_REJECTED', `${source.name} was rejected (${n || problems.length} problem${(n || problems.length) === 1 ? '' : 's'}); nothing was stored.`, problems);
    }
    const slos = new SloRepository(trx);
    for (const [slo, [from, to]] of touchedSli) await slos.rebuildRollups(slo, from, to);
    // Committing records: bump the data version in the same transaction, so caches of every
    // Trellis instance on this database see the change exactly when the records become visible.
    // The stored delivery facts of exactly the services this file touched, from their events as
    // they now are: reports read the facts, so they must commit together.
    await rebuildDeliveryFacts(trx, await writer.touchedServices());
    await bumpDataVersion(trx);
    const byKind: Partial<Record<RecordKind, number>> = {};
    for (const k of recordKinds) if (writer.written[k] > 0) byKind[k] = writer.written[k];
    return { file: source.name, records: read, byKind, lines: lastLine };
  });
}

async function checkReferences(
  org: OrgRepository,
  defined: Record<ReferencedKind, Set<string>>,
  pending: Record<ReferencedKind, Map<string, { line: number; field: string }>>,
  report: (line: number, field: string, message: string) => void,
): Promise<void> {
  for (const kind of ['team', 'person', 'service'] as const) {
    const unresolved = [...pending[kind].keys()].filter((id) => !defined[kind].has(id));
    if (unresolved.length === 0) continue;
    const found = await org.existing(tables[kind], unresolved);
    const missing = unresolved.filter((id) => !found.has(id)).map((id) => ({ id, ...pending[kind].get(id)! }));
    missing.sort((a, b) => a.line - b.line);
    for (const m of missing) report(m.line, m.field, `${kind} "${m.id}" does not exist (not in this file nor in the store)`);
  }
}

async function checkCycles(
  org: OrgRepository,
  lines: { team: Map<string, number>; person: Map<string, number> },
  report: (line: number | undefined, field: string, message: string) => void,
): Promise<void> {
  for (const cycle of findCycles(await org.managerMap())) {
    const at = cycle.find((id) => lines.person.has(id));
    report(at === undefined ? undefined : lines.person.get(at), 'manager', `reporting line would form a cycle: ${[...cycle, cycle[0]].join(' → ')}`);
  }
  for (const cycle of findCycles(await org.parentMap())) {
    const at = cycle.find((id) => lines.team.has(id));
    report(at === undefined ? undefined : lines.team.get(at), 'parent', `team tree would form a cycle: ${[...cycle, cycle[0]].join(' → ')}`);
  }
}
