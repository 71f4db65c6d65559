/**
 * What the server runs in the background for notifications: the deadline sweep (every few
 * minutes, on every instance — it is idempotent) and, when SMTP is configured, the email sender
 * for the dialect (in-process on SQLite, pg-boss on PostgreSQL). Without SMTP, notifications
 * still reach the bell; emails wait in the outbox as pending.
 */
import type { Config } from '../../config.js';
import type { DataAccess } from '../../store/data-access.js';
import type { Store } from '../../store/db.js';
import type { Runtime } from '../runtime.js';
import { sweepDeadlines } from './deadline-sweep.js';
import type { Mailer } from './sender/deliver-email.js';
import type { EmailSender } from './sender/email-sender.js';
import { inProcessSender } from './sender/in-process-sender.js';
import { pgBossSender } from './sender/pg-boss-sender.js';
import { smtpMailer } from './sender/smtp-mailer.js';

export interface WorkerOptions {
  /** How often the outbox is looked at (default 2 s). */
  pollMs?: number;
  /** How often the deadline sweep runs (default 10 minutes). */
  sweepMs?: number;
  /** pg-boss's schema on PostgreSQL (default `pgboss`). */
  pgBossSchema?: string;
  /** A mailer instead of SMTP from the configuration (tests). */
  mailer?: Mailer;
}

export interface NotificationWorkers {
  sender: EmailSender | null;
  sweep(): Promise<number>;
  close(): Promise<void>;
}

export async function startNotificationWorkers(deps: { store: Store; data: DataAccess; runtime: Runtime; config: Config; onError: (e: unknown, what: string) => void }, o: WorkerOptions = {}): Promise<NotificationWorkers> {
  const { store, data, runtime, config } = deps;
  const pollMs = o.pollMs ?? 2000;
  const smtp = config.email.smtp;
  const mailer = o.mailer ?? (smtp ? smtpMailer(smtp) : null);
  const settings = { maxAttempts: config.email.maxAttempts, retryBaseMs: config.email.retryBaseMs, publicUrl: config.email.publicUrl };
  const onError = (e: unknown) => deps.onError(e, 'email sender');
  let sender: EmailSender | null = null;
  if (mailer) {
    sender =
      store.dialect === 'postgres'
        ? pgBossSender({ store, data, runtime, mailer, settings, connectionString: config.db, schema: o.pgBossSchema ?? 'pgboss', pollMs, onError })
        : inProcessSender({ data, runtime, mailer, settings, pollMs, onError });
    await sender.start();
  }
  const sweep = () => sweepDeadlines({ data, runtime });
  const timer = setInterval(() => void sweep().catch((e) => deps.onError(e, 'deadline sweep')), o.sweepMs ?? 600_000);
  timer.unref();
  // The first sweep soon after start, not ten minutes later.
  const first = setTimeout(() => void sweep().catch((e) => deps.onError(e, 'deadline sweep')), 1000);
  first.unref();
  return {
    sender,
    sweep,
    async close() {
      clearInterval(timer);
      clearTimeout(first);
      await sender?.close();
    },
  };
}
