/**
 * Session, CSRF and API token secrets. Secrets are random and long (256 bits), so a plain
 * sha256 is the right way to store them — unlike passwords, they cannot be guessed from a
 * dictionary — and lookups by hash are exact.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Runtime } from '../runtime.js';

/** The prefix of every API token, so scanners and people recognise a leaked one. */
export const apiTokenPrefix = 'trellis_';

export function newSecret(runtime: Runtime, bytes = 32): string {
  return runtime.randomBytes(bytes).toString('base64url');
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** Constant-time string comparison (of digests, so differing lengths leak nothing either). */
export function safeEqual(a: string, b: string): boolean {
  return timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());
}
