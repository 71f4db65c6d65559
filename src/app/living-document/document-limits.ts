/**
 * How much one living document may hold. Without a cap, one account (or a script with its
 * session) could add evidence without end: a 10 MB document makes every read slow for everyone
 * on the server. The cap is a setting (TRELLIS_DOCUMENT_MAX_ITEMS, default 1,000 evidence items
 * and, separately, 1,000 goals — years of weekly entries); reaching it is a clear 422, never a
 * silent drop. Checked inside the write's transaction.
 */
import { TrellisError } from '../../errors.js';

export const defaultDocumentMaxItems = 1000;

export interface DocumentLimits {
  maxItems: number;
}

export function assertRoomFor(what: 'evidence items' | 'goals', held: number, limits: DocumentLimits | undefined): void {
  const max = limits?.maxItems ?? defaultDocumentMaxItems;
  if (held < max) return;
  throw new TrellisError(
    'LIMIT_REACHED',
    `This living document already holds ${held.toLocaleString('en')} ${what}, the most one document may hold (TRELLIS_DOCUMENT_MAX_ITEMS = ${max.toLocaleString('en')}). Remove ${what} that no longer matter, or ask an administrator to raise the limit.`,
  );
}
