/**
 * Password hashing with scrypt (node:crypto), stored self-describing as
 * `scrypt$N$r$p$salt$hash` (salt and hash base64url) so the cost can rise later without
 * invalidating existing hashes: verification reads the parameters from the stored string.
 *
 * Cost: N=2^15, r=8, p=1 — 32 MiB and roughly 50–150 ms per hash, scrypt's recommended
 * interactive setting. Verification always spends one scrypt, also for unknown accounts and
 * malformed hashes, so response time does not reveal which emails have accounts.
 */
import { scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

export const defaultScryptParams: ScryptParams = { N: 2 ** 15, r: 8, p: 1 };
const keyLength = 32;
export const saltLength = 16;

function derive(password: string, salt: Buffer, { N, r, p }: ScryptParams, length = keyLength): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; allow that plus headroom (Node's default ceiling is 32 MiB exactly).
  const options: ScryptOptions = { N, r, p, maxmem: 128 * N * r * 2 + 1024 * 1024 };
  return new Promise((resolve, reject) => scrypt(password.normalize('NFKC'), salt, length, options, (e, key) => (e ? reject(e) : resolve(key))));
}

/** Hash a password with a fresh random salt (from the caller's runtime). */
export async function hashPassword(password: string, salt: Buffer, params: ScryptParams = defaultScryptParams): Promise<string> {
  if (salt.length < saltLength) throw new Error(`a password salt must be at least ${saltLength} bytes`);
  const key = await derive(password, salt, params);
  return `scrypt$${params.N}$${params.r}$${params.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

interface Parsed extends ScryptParams {
  salt: Buffer;
  key: Buffer;
}

const format = /^scrypt\$(\d{1,8})\$(\d{1,3})\$(\d{1,3})\$([A-Za-z0-9_-]{22,})\$([A-Za-z0-9_-]{22,})$/;

/** Parameters are bounded so a tampered row cannot make one sign-in eat gigabytes or minutes. */
function parse(stored: string): Parsed | undefined {
  const m = format.exec(stored);
  if (!m) return undefined;
  const [N, r, p] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const powerOfTwo = N >= 2 ** 10 && N <= 2 ** 20 && (N & (N - 1)) === 0;
  if (!powerOfTwo || r < 1 || r > 32 || p < 1 || p > 16 || N * r > 2 ** 21) return undefined;
  const salt = Buffer.from(m[4]!, 'base64url');
  const key = Buffer.from(m[5]!, 'base64url');
  if (salt.length < saltLength || key.length < 16 || key.length > 64) return undefined;
  return { N, r, p, salt, key };
}

const dummySalt = Buffer.alloc(saltLength, 7);

/** Does `password` match `stored`? False for no hash (OIDC-only accounts, unknown emails) and for malformed hashes. */
export async function verifyPassword(password: string, stored: string | null | undefined): Promise<boolean> {
  const parsed = stored ? parse(stored) : undefined;
  if (!parsed) {
    await derive(password, dummySalt, defaultScryptParams);
    return false;
  }
  const key = await derive(password, parsed.salt, parsed, parsed.key.length);
  return timingSafeEqual(key, parsed.key);
}
