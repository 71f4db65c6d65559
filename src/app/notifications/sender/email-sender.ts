/**
 * The sender the server runs: it delivers the outbox's due emails. Two kinds behind this one
 * interface — in-process on SQLite (one process owns the file), a pg-boss job queue on
 * PostgreSQL (several Trellis instances share the database; each email is sent by one of them).
 */
export interface EmailSender {
  readonly kind: 'in-process' | 'pg-boss';
  start(): Promise<void>;
  /** Deliver what is due now, once (tests, and the in-process loop's tick). */
  runOnce(): Promise<void>;
  close(): Promise<void>;
}
