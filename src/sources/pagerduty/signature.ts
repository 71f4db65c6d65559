/**
 * PagerDuty v3: `X-PagerDuty-Signature: v1=<hex>[,v1=<hex>…]`, one signature per active secret so
 * secrets can be rotated; the request is genuine if any v1 signature matches. Every candidate is
 * compared (no early exit), so the time taken does not say which one matched.
 */
import { constantTimeEqual, hmacSha256Hex } from '../github/signature.js';

export function verifyPagerDutySignature(secret: string, body: Buffer | string, header: string | undefined): boolean {
  if (header === undefined) return false;
  const expected = hmacSha256Hex(secret, body);
  let ok = false;
  for (const part of header.split(',')) {
    const sig = part.trim();
    if (!sig.startsWith('v1=')) continue;
    if (constantTimeEqual(sig.slice(3).toLowerCase(), expected)) ok = true;
  }
  return ok;
}
