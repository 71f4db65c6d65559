/**
 * What every store-touching command needs: the configuration (validated once, flags over
 * environment) and an open, migrated store. `--db` may be given before the command or after it
 * (`trellis --db x.db dora …` and `trellis dora --db x.db …`); the one nearer the command wins.
 *
 * The configuration's validation and the store are imported when a command runs, not when the
 * program is assembled: `trellis --help` and commands that never open a store start without
 * loading the database drivers (see program.ts).
 */
import type { Command } from 'commander';
import type { Config, ConfigOverrides } from '../config.js';
import type { Store } from '../store/db.js';

export interface CommandContext {
  config: Config;
  store: Store;
}

export async function configFor(cmd: Command, extra: ConfigOverrides = {}): Promise<Config> {
  // Walk up from the command (subcommands such as `account create` sit two levels down).
  let db: string | undefined;
  for (let c: Command | null = cmd; c && db === undefined; c = c.parent) db = c.opts<{ db?: string }>().db;
  const { loadConfig } = await import('../config.js');
  return loadConfig(process.env, { db, ...extra });
}

/** Open the store, apply pending migrations, run `fn`, and always close the store. */
export async function withStore<T>(cmd: Command, fn: (ctx: CommandContext) => Promise<T>, extra: ConfigOverrides = {}): Promise<T> {
  const config = await configFor(cmd, extra);
  const { openStore } = await import('../store/db.js');
  const { migrateToLatest } = await import('../store/migrate.js');
  const store = await openStore(config.db, { pgPoolSize: config.pgPoolSize });
  try {
    await migrateToLatest(store);
    return await fn({ config, store });
  } finally {
    await store.close();
  }
}

/** The `--db` option every store command repeats after its own name. */
export const dbOptionHelp = 'SQLite file or postgres:// URL (default: $TRELLIS_DB, $DATABASE_URL, ./trellis.db)';
