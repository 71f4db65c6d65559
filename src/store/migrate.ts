/**
 * Applying the in-code migrations. `trellis migrate` calls this; `serve`, `demo` and `import`
 * call it on start so a fresh database just works.
 */
import { Migrator, sql, type MigrationResult } from 'kysely';
import { TrellisError } from '../errors.js';
import type { Store } from './db.js';
import { migrations } from './migrations/index.js';

export interface MigrateOutcome {
  applied: string[];
}

export async function migrateToLatest(store: Store): Promise<MigrateOutcome> {
  // Kysely looks for its bookkeeping tables across all schemas unless told which one; pin it to
  // the connection's own schema so two Trellis installations in one PostgreSQL database (or
  // parallel test schemas) never see each other's tables.
  const schema =
    store.dialect === 'postgres'
      ? (await sql<{ s: string }>`select current_schema() as s`.execute(store.db)).rows[0]?.s
      : undefined;
  const migrator = new Migrator({
    db: store.db,
    ...(schema ? { migrationTableSchema: schema } : {}),
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'trellis_migrations',
    migrationLockTableName: 'trellis_migrations_lock',
    // Migrations land on main from work done side by side, so a numbered migration can arrive
    // after a higher one already ran on a database made in between (023 applied, then 022
    // appears). Each migration stands alone (its own tables and columns), so the missing ones
    // are applied as they come rather than refusing to start.
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r: MigrationResult) => r.status === 'Error');
    throw new TrellisError('INTERNAL', `Migration ${failed?.migrationName ?? ''} failed: ${(error as Error).message}`);
  }
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
