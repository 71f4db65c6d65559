/**
 * The SQL of the hot paths, per dialect, kept as snapshots so a change to a query shows up in
 * review as a change to SQL (the import upserts and the export keyset pages).
 */
import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';
import { describe, expect, it } from 'vitest';
import { events, org } from '../../test/records.js';
import { canonicalRecord } from '../core/records/validate.js';
import { readWindowFacts } from './delivery-facts.js';
import { FrictionRepository } from './friction-repository.js';
import { readRecords } from './record-reader.js';
import { RecordWriter } from './record-writer.js';
import { SloRepository } from './slo-repository.js';
import { planWindows } from '../core/reliability/prefix-windows.js';
import type { Database } from './schema.js';

function compilingDb(dialect: 'sqlite' | 'postgres', sink: string[]): Kysely<Database> {
  const pg = dialect === 'postgres';
  return new Kysely<Database>({
    dialect: {
      createAdapter: () => (pg ? new PostgresAdapter() : new SqliteAdapter()),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => (pg ? new PostgresIntrospector(db) : new SqliteIntrospector(db)),
      createQueryCompiler: () => (pg ? new PostgresQueryCompiler() : new SqliteQueryCompiler()),
    },
    log: (e) => {
      if (e.level === 'query') sink.push(e.query.sql);
    },
  });
}

describe.each(['sqlite', 'postgres'] as const)('compiled SQL [%s]', (dialect) => {
  it('import upserts', async () => {
    const sink: string[] = [];
    const writer = new RecordWriter(compilingDb(dialect, sink), dialect);
    for (const r of [...org, ...events]) await writer.add(canonicalRecord(r));
    await writer.flush();
    expect([...new Set(sink)].join('\n\n')).toMatchSnapshot();
  });

  it('delivery facts: one window of a team', async () => {
    const sink: string[] = [];
    const from = Date.parse('2024-03-01T00:00:00Z');
    const to = Date.parse('2024-06-01T00:00:00Z');
    await readWindowFacts(compilingDb(dialect, sink), ['deploy-pipeline', 'payments-api'], { environment: 'production', from, to, until: to + 14 * 86_400_000, includeMerges: false });
    expect([...new Set(sink)].join('\n\n')).toMatchSnapshot();
  });

  it('export keyset pages', async () => {
    const sink: string[] = [];
    for await (const _ of readRecords(compilingDb(dialect, sink))) {
      // The dummy driver returns no rows: only the first page's SQL of each kind is compiled.
    }
    expect(sink.join('\n\n')).toMatchSnapshot();
  });

  it('SLO status: one SLO’s planned window sums, and the running sums rewritten on import', async () => {
    const sink: string[] = [];
    const slos = new SloRepository(compilingDb(dialect, sink));
    const at = Date.parse('2026-03-01T12:37:00Z');
    const windows: [number, number][] = [5, 60, 120, 43_200].map((m) => [at - m * 60_000, at]);
    await slos.plannedSums('payments-availability', planWindows(windows), { n: 95n, d: 100n });
    await slos.rebuildPrefixSums('payments-availability', at - 3_600_000);
    expect(sink.join('\n\n')).toMatchSnapshot();
  });

  it('friction: the PRs around a team', async () => {
    const sink: string[] = [];
    await new FrictionRepository(compilingDb(dialect, sink)).pullRequestsAround('platform', 0, 1);
    expect(sink.join('\n\n')).toMatchSnapshot();
  });
});
