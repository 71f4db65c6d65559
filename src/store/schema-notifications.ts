/** Row types of the notification tables (migration 020). */
export interface NotificationsTable {
  id: string;
  recipient: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  created_at: number;
  read_at: number | null;
  dedupe_key: string | null;
}

export interface NotificationOutboxTable {
  id: string;
  notification: string;
  to_address: string;
  subject: string;
  body: string;
  status: string;
  attempts: number;
  next_attempt_at: number;
  last_error: string | null;
  created_at: number;
  sent_at: number | null;
}

export interface NotificationPreferencesTable {
  person: string;
  kind: string;
  email: number;
  updated_at: number;
}

// A type alias (not an interface) so Kysely's withTables sees an index-compatible record.
export type NotificationTables = {
  notifications: NotificationsTable;
  notification_outbox: NotificationOutboxTable;
  notification_preferences: NotificationPreferencesTable;
};
