/**
 * The PostgreSQL sender: a real job queue (pg-boss) between the outbox and the mail server, so
 * that with several Trellis instances on one database each email is sent once.
 *
 * Every instance runs a relay and a worker. The relay takes due pending outbox rows — `for update
 * skip locked`, so two instances never take the same row — marks them queued and puts one job
 * per email on the queue, in the same transaction (pg-boss writes its job through our
 * transaction), so a row is never queued without its job nor a job sent for a row left pending.
 * pg-boss hands each job to one worker; the worker makes one attempt (deliver-email.ts). A failed
 * attempt puts the row back to pending with its backoff, and the relay queues it again when due.
 */
import { CompiledQuery } from 'kysely';
import PgBoss from 'pg-boss';
import type { DataAccess } from '../../../store/data-access.js';
import { NotificationRepository } from '../../../store/notification-repository.js';
import type { Store } from '../../../store/db.js';
import type { Runtime } from '../../runtime.js';
import { deliverEmail, staleAfterMs, type DeliverySettings, type Mailer } from './deliver-email.js';
import type { EmailSender } from './email-sender.js';

const queue = 'trellis-notification-email';

export interface PgBossSenderOptions {
  store: Store;
  data: DataAccess;
  runtime: Runtime;
  mailer: Mailer;
  settings: DeliverySettings;
  /** The PostgreSQL URL (pg-boss keeps its own small pool). */
  connectionString: string;
  /** pg-boss's own schema (tests use one each). */
  schema: string;
  pollMs: number;
  onError?: (e: unknown) => void;
}

export function pgBossSender(o: PgBossSenderOptions): EmailSender {
  const boss = new PgBoss({ connectionString: o.connectionString, schema: o.schema, max: 3, application_name: 'trellis-email' });
  boss.on('error', (e) => o.onError?.(e));
  let timer: NodeJS.Timeout | undefined;
  let relaying: Promise<void> | null = null;

  const relay = (): Promise<void> => {
    relaying ??= (async () => {
      try {
        await o.data.notifications.requeueStale(o.runtime.now() - staleAfterMs);
        for (;;) {
          const n = await o.store.db.transaction().execute(async (trx) => {
            const ids = await new NotificationRepository(trx).claimDueForQueue(o.runtime.now(), 50);
            const db = { executeSql: async (text: string, values: unknown[]) => trx.executeQuery(CompiledQuery.raw(text, values)) as Promise<{ rows: unknown[] }> };
            for (const id of ids) await boss.send(queue, { id }, { db, retryLimit: 3, retryDelay: 5, retryBackoff: true });
            return ids.length;
          });
          if (n < 50) return;
        }
      } finally {
        relaying = null;
      }
    })();
    return relaying;
  };

  return {
    kind: 'pg-boss',
    async start() {
      await boss.start();
      await boss.createQueue(queue);
      await boss.work<{ id: string }>(queue, { pollingIntervalSeconds: Math.max(0.5, o.pollMs / 1000), batchSize: 5 }, async (jobs) => {
        for (const job of jobs) await deliverEmail(o.data, o.runtime, o.mailer, o.settings, job.data.id);
      });
      timer = setInterval(() => void relay().catch((e) => o.onError?.(e)), o.pollMs);
      timer.unref();
    },
    runOnce: relay,
    async close() {
      if (timer) clearInterval(timer);
      await relaying?.catch(() => undefined);
      await boss.stop({ graceful: true, wait: true, timeout: 5000, close: true });
      o.mailer.close();
    },
  };
}
