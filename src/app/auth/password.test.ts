import { describe, expect, it } from 'vitest';
import { hashPassword, saltLength, verifyPassword } from './password.js';

const salt = (n: number) => Buffer.alloc(saltLength, n);

describe('password hashing (scrypt)', () => {
  it('stores a self-describing scrypt$N$r$p$salt$hash string and verifies the right password', async () => {
    const stored = await hashPassword('correct horse battery staple', salt(1));
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(stored).not.toContain('correct horse');
    expect(await verifyPassword('correct horse battery staple', stored)).toBe(true);
  });

  it('rejects a wrong password, including one differing only in case or a trailing space', async () => {
    const stored = await hashPassword('correct horse battery staple', salt(2));
    for (const wrong of ['Correct horse battery staple', 'correct horse battery staple ', '', 'tr0ub4dor&3']) expect(await verifyPassword(wrong, stored)).toBe(false);
  });

  it('uses the salt: the same password gives different hashes with different salts', async () => {
    const [a, b] = [await hashPassword('same password!', salt(3)), await hashPassword('same password!', salt(4))];
    expect(a).not.toBe(b);
    expect(await verifyPassword('same password!', a)).toBe(true);
    expect(await verifyPassword('same password!', b)).toBe(true);
  });

  it('reads the cost from the stored string, so older or cheaper hashes still verify', async () => {
    const cheap = await hashPassword('pw for old hash', salt(5), { N: 1024, r: 8, p: 1 });
    expect(cheap.startsWith('scrypt$1024$8$1$')).toBe(true);
    expect(await verifyPassword('pw for old hash', cheap)).toBe(true);
  });

  it('rejects tampered hashes: a changed hash, salt or cost parameter', async () => {
    const stored = await hashPassword('correct horse battery staple', salt(6));
    const parts = stored.split('$');
    const flip = (s: string) => (s[0] === 'A' ? 'B' : 'A') + s.slice(1);
    const tampered = [
      [...parts.slice(0, 5), flip(parts[5]!)].join('$'),
      [...parts.slice(0, 4), flip(parts[4]!), parts[5]].join('$'),
      ['scrypt', '16384', ...parts.slice(2)].join('$'),
      ['scrypt', parts[1], '4', ...parts.slice(3)].join('$'),
    ];
    for (const t of tampered) expect(await verifyPassword('correct horse battery staple', t), t).toBe(false);
  });

  it('treats missing and malformed hashes as "no match" without throwing', async () => {
    for (const bad of [null, undefined, '', 'plaintext', 'scrypt$$$$$', 'bcrypt$2b$10$abc', 'scrypt$3$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA']) {
      expect(await verifyPassword('anything', bad)).toBe(false);
    }
  });

  it('refuses absurd cost parameters that would exhaust memory', async () => {
    const key = 'A'.repeat(43);
    const s = 'A'.repeat(22);
    expect(await verifyPassword('x', `scrypt$4194304$8$1$${s}$${key}`)).toBe(false);
    expect(await verifyPassword('x', `scrypt$1048576$32$1$${s}$${key}`)).toBe(false);
  });

  it('refuses a salt shorter than 16 bytes', async () => {
    await expect(hashPassword('pw', Buffer.alloc(8))).rejects.toThrow(/at least 16 bytes/);
  });
});
