/**
 * Webhook signatures: `HMAC-SHA256(secret, raw body)` as lowercase hex, the scheme GitHub
 * (`X-Hub-Signature-256: sha256=…`) and PagerDuty (`X-PagerDuty-Signature: v1=…`) share.
 * Always over the raw bytes as received: re-serialised JSON would not match.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export function hmacSha256Hex(secret: string, body: Buffer | string): string {
  return createHmac('sha256', secret).update(body).digest('hex');
}

/**
 * Constant-time comparison of two strings of any length. Both sides are hashed first, so
 * `timingSafeEqual` always sees equal lengths (it throws otherwise) and the length of the
 * expected value leaks nothing either.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(a), digest(b));
}

/** GitHub: `X-Hub-Signature-256: sha256=<hex>`. A missing or malformed header does not verify. */
export function verifyGithubSignature(secret: string, body: Buffer | string, header: string | undefined): boolean {
  if (header === undefined || !header.startsWith('sha256=')) return false;
  return constantTimeEqual(header.slice('sha256='.length).toLowerCase(), hmacSha256Hex(secret, body));
}
