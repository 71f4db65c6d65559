/** The settings table (migration 009): first-run setup choices as JSON per key. */
export interface SettingsTable {
  key: string;
  /** JSON text. */
  value: string;
  updated_at: number;
  /** Account id of the administrator who made the change; null when set from the command line. */
  updated_by: string | null;
}
