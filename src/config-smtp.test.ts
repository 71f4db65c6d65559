import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { parseEmailDelivery } from './config-smtp.js';

const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
    return [];
  } catch (e) {
    return (e as { problems: { field: string; message: string }[] }).problems;
  }
};

describe('SMTP settings', () => {
  it('is off when no SMTP variable is set', () => {
    expect(loadConfig({}).email).toEqual({ smtp: null, maxAttempts: 5, retryBaseMs: 30_000, publicUrl: null });
  });

  it('reads a full set-up, with STARTTLS on 587 and TLS on 465 by default', () => {
    const c = loadConfig({ TRELLIS_SMTP_HOST: 'smtp.example.com', TRELLIS_SMTP_FROM: 'Trellis <t@example.com>', TRELLIS_SMTP_USER: 'u', TRELLIS_SMTP_PASSWORD: 'p', TRELLIS_PUBLIC_URL: 'https://trellis.example.com/' }).email;
    expect(c.smtp).toEqual({ host: 'smtp.example.com', port: 587, secure: false, auth: { user: 'u', password: 'p' }, from: 'Trellis <t@example.com>' });
    expect(c.publicUrl).toBe('https://trellis.example.com');
    expect(loadConfig({ TRELLIS_SMTP_HOST: 'h', TRELLIS_SMTP_FROM: 't@example.com', TRELLIS_SMTP_PORT: '465' }).email.smtp).toMatchObject({ port: 465, secure: true, auth: null });
  });

  it('reads the password from a secret file, without its trailing newline', () => {
    const r = parseEmailDelivery({ TRELLIS_SMTP_HOST: 'h', TRELLIS_SMTP_FROM: 't@example.com', TRELLIS_SMTP_USER: 'u', TRELLIS_SMTP_PASSWORD_FILE: '/run/secrets/smtp' }, () => 's3cret\n');
    expect(r.ok && r.value.smtp?.auth).toEqual({ user: 'u', password: 's3cret' });
  });

  it('names every missing piece of a half-made set-up', () => {
    expect(problemsOf({ TRELLIS_SMTP_HOST: 'smtp.example.com' })).toEqual([{ field: 'TRELLIS_SMTP_FROM', message: expect.stringContaining('is required when TRELLIS_SMTP_HOST is set') }]);
    expect(problemsOf({ TRELLIS_SMTP_USER: 'u' }).map((p) => p.field).sort()).toEqual(['TRELLIS_SMTP_FROM', 'TRELLIS_SMTP_HOST', 'TRELLIS_SMTP_PASSWORD']);
    expect(problemsOf({ TRELLIS_SMTP_HOST: 'h', TRELLIS_SMTP_FROM: 't@example.com', TRELLIS_SMTP_PASSWORD: 'p' }).map((p) => p.field)).toEqual(['TRELLIS_SMTP_USER']);
    expect(problemsOf({ TRELLIS_SMTP_HOST: 'h', TRELLIS_SMTP_FROM: 'not an address' }).map((p) => p.field)).toEqual(['TRELLIS_SMTP_FROM']);
    expect(problemsOf({ TRELLIS_SMTP_HOST: 'h', TRELLIS_SMTP_FROM: 't@example.com', TRELLIS_SMTP_PORT: 'abc' })).toEqual([{ field: 'TRELLIS_SMTP_PORT', message: 'must be a port number' }]);
  });

  it('says when the password file cannot be read, or both password sources are set', () => {
    const missing = parseEmailDelivery({ TRELLIS_SMTP_HOST: 'h', TRELLIS_SMTP_FROM: 't@example.com', TRELLIS_SMTP_USER: 'u', TRELLIS_SMTP_PASSWORD_FILE: '/nope' }, () => {
      throw Object.assign(new Error('no'), { code: 'ENOENT' });
    });
    expect(missing).toEqual({ ok: false, problems: [{ field: 'TRELLIS_SMTP_PASSWORD_FILE', message: 'cannot read /nope: ENOENT' }] });
    const both = parseEmailDelivery({ TRELLIS_SMTP_HOST: 'h', TRELLIS_SMTP_FROM: 't@example.com', TRELLIS_SMTP_USER: 'u', TRELLIS_SMTP_PASSWORD: 'p', TRELLIS_SMTP_PASSWORD_FILE: '/x' }, () => 'q');
    expect(both.ok).toBe(false);
  });
});
