/**
 * The SQLite sender: a loop in the server process that delivers due outbox emails one at a
 * time. One process owns a SQLite file, so nothing else can send the same email.
 */
import type { DataAccess } from '../../../store/data-access.js';
import type { Runtime } from '../../runtime.js';
import { deliverEmail, staleAfterMs, type DeliverySettings, type Mailer } from './deliver-email.js';
import type { EmailSender } from './email-sender.js';

export interface SenderOptions {
  data: DataAccess;
  runtime: Runtime;
  mailer: Mailer;
  settings: DeliverySettings;
  /** How often the outbox is looked at. */
  pollMs: number;
  onError?: (e: unknown) => void;
}

export function inProcessSender(o: SenderOptions): EmailSender {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  const runOnce = (): Promise<void> => {
    running ??= (async () => {
      try {
        await o.data.notifications.requeueStale(o.runtime.now() - staleAfterMs);
        for (;;) {
          const due = await o.data.notifications.dueEmails(o.runtime.now(), 20);
          if (due.length === 0) return;
          for (const e of due) await deliverEmail(o.data, o.runtime, o.mailer, o.settings, e.id);
        }
      } finally {
        running = null;
      }
    })();
    return running;
  };
  return {
    kind: 'in-process',
    async start() {
      timer = setInterval(() => void runOnce().catch((e) => o.onError?.(e)), o.pollMs);
      timer.unref();
    },
    runOnce,
    async close() {
      if (timer) clearInterval(timer);
      await running?.catch(() => undefined);
      o.mailer.close();
    },
  };
}
