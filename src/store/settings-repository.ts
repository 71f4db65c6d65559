/**
 * Organisation settings by key. Values are JSON; the use case that owns a key validates what it
 * reads (a hand-edited row must not crash a page), so this repository stays a plain key/value store.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export type SettingKey = 'evidence-template' | 'calibration-workshop' | 'wellbeing-thresholds' | 'no-surprise-days' | 'writing-balance' | 'peer-feedback-limit';

export interface StoredSetting {
  value: unknown;
  updatedAt: number;
  updatedBy: string | null;
}

export class SettingsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async get(key: SettingKey): Promise<StoredSetting | null> {
    const row = await this.db.selectFrom('settings').selectAll().where('key', '=', key).executeTakeFirst();
    if (!row) return null;
    return { value: JSON.parse(row.value) as unknown, updatedAt: row.updated_at, updatedBy: row.updated_by };
  }

  async put(key: SettingKey, value: unknown, at: number, by: string | null): Promise<void> {
    const row = { key, value: JSON.stringify(value), updated_at: at, updated_by: by };
    await this.db
      .insertInto('settings')
      .values(row)
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: row.value, updated_at: at, updated_by: by }))
      .execute();
  }
}
