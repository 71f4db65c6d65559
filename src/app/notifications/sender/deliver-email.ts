/**
 * One delivery attempt of one outbox email, the same on every dialect and sender: send it, then
 * record the outcome on its row — sent; or failed for now, with the next attempt after a
 * backoff; or failed for good after the configured number of attempts (administrators see it
 * and may send it again). An email already sent or failed is left alone, so a job delivered
 * twice by the queue never sends twice.
 */
import { nextAttemptDelay } from '../../../core/notifications/kinds.js';
import type { Repositories } from '../../../store/data-access.js';
import type { Runtime } from '../../runtime.js';
import { publicUrlMarker } from '../notify.js';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
}

/** What sends a message (nodemailer over SMTP in the server; a fake in unit tests). */
export interface Mailer {
  send(message: OutgoingEmail): Promise<void>;
  close(): void;
}

export interface DeliverySettings {
  maxAttempts: number;
  retryBaseMs: number;
  publicUrl: string | null;
}

/** How long an email may stay taken (queued or being sent) before it is taken to be lost and goes back to pending. */
export const staleAfterMs = 3_600_000;

export type AttemptOutcome = 'sent' | 'retry' | 'failed' | 'skipped';

export async function deliverEmail(data: Repositories, runtime: Runtime, mailer: Mailer, settings: DeliverySettings, id: string): Promise<AttemptOutcome> {
  const email = await data.notifications.email(id);
  if (!email || !(await data.notifications.startSending(id, runtime.now()))) return 'skipped';
  const attempts = email.attempts + 1;
  try {
    await mailer.send({ to: email.to, subject: email.subject, text: email.body.replaceAll(publicUrlMarker, settings.publicUrl ?? '') });
  } catch (e) {
    const error = describe(e);
    if (attempts >= settings.maxAttempts) {
      await data.notifications.markAttemptFailed(id, attempts, error, 'failed');
      return 'failed';
    }
    await data.notifications.markAttemptFailed(id, attempts, error, runtime.now() + nextAttemptDelay(attempts, settings.retryBaseMs));
    return 'retry';
  }
  await data.notifications.markSent(id, runtime.now(), attempts);
  return 'sent';
}

/** The mail server's answer, as an administrator needs it ("550 5.1.1 no such user", "connect ECONNREFUSED 127.0.0.1:2525"). */
function describe(e: unknown): string {
  const err = e as { response?: string; message?: string; code?: string };
  return (err.response ?? err.message ?? String(e)).slice(0, 1000);
}
