/**
 * What every store-touching command needs: the configuration (validated once, flags over
 * environment) and an open, migrated store. `--db` may be given before the command or after it
 * (`trellis --db x.db dora …` and `trellis dora --db x.db …`); the one nearer the command wins.
 */
import type { Command } from 'commander';
import { loadConfig, type Config, type ConfigOverrides } from '../config.js';
import { openStore, type Store } from '../store/db.js';
import { migrateToLatest } from '../store/migrate.js';

export interface CommandContext {
  config: Config;
  store: Store;
}

export function configFor(cmd: Command, extra: ConfigOverrides = {}): Config {
  // Walk up from the command (subcommands such as `account create` sit two levels down).
  let db: string | undefined;
  for (let c: Command | null = cmd; c && db === undefined; c = c.parent) db = c.opts<{ db?: string }>().db;
  return loadConfig(process.env, { db, ...extra });
}

/** Open the store, apply pending migrations, run `fn`, and always close the store. */
export async function withStore<T>(cmd: Command, fn: (ctx: CommandContext) => Promise<T>, extra: ConfigOverrides = {}): Promise<T> {
  const config = configFor(cmd, extra);
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
