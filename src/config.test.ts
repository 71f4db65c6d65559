import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

const oidc = {
  TRELLIS_OIDC_ISSUER: 'https://id.example.com',
  TRELLIS_OIDC_CLIENT_ID: 'trellis',
  TRELLIS_OIDC_CLIENT_SECRET: 's3cret',
  TRELLIS_OIDC_REDIRECT_URL: 'https://trellis.example.com/api/auth/oidc/callback',
  TRELLIS_OIDC_NAME: 'Example SSO',
};

describe('sign-in configuration', () => {
  it('defaults to automatic Secure cookies, no trusted proxy and no OIDC', () => {
    expect(loadConfig({})).toMatchObject({ secureCookies: 'auto', trustProxy: false, oidc: null });
  });

  it('reads TRELLIS_SECURE_COOKIES and TRELLIS_TRUST_PROXY', () => {
    expect(loadConfig({ TRELLIS_SECURE_COOKIES: 'always', TRELLIS_TRUST_PROXY: 'true' })).toMatchObject({ secureCookies: 'always', trustProxy: true });
    expect(() => loadConfig({ TRELLIS_SECURE_COOKIES: 'sometimes', TRELLIS_TRUST_PROXY: 'yes' })).toThrow(
      expect.objectContaining({ code: 'CONFIG_INVALID', problems: [expect.objectContaining({ field: 'TRELLIS_SECURE_COOKIES' }), expect.objectContaining({ field: 'TRELLIS_TRUST_PROXY' })] }),
    );
  });

  it('takes OIDC when all five settings are given', () => {
    expect(loadConfig(oidc).oidc).toEqual({
      issuer: 'https://id.example.com',
      clientId: 'trellis',
      clientSecret: 's3cret',
      redirectUrl: 'https://trellis.example.com/api/auth/oidc/callback',
      name: 'Example SSO',
    });
  });

  it('lists every missing OIDC setting when only some are given', () => {
    const { TRELLIS_OIDC_CLIENT_SECRET: _s, TRELLIS_OIDC_NAME: _n, ...partial } = oidc;
    try {
      loadConfig(partial);
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ code: 'CONFIG_INVALID' });
      expect((e as { problems: { field: string }[] }).problems.map((p) => p.field)).toEqual(['TRELLIS_OIDC_CLIENT_SECRET', 'TRELLIS_OIDC_NAME']);
    }
  });

  it('accepts a plain-http issuer on loopback only', () => {
    expect(loadConfig({ ...oidc, TRELLIS_OIDC_ISSUER: 'http://127.0.0.1:9000/idp' }).oidc?.issuer).toBe('http://127.0.0.1:9000/idp');
    expect(() => loadConfig({ ...oidc, TRELLIS_OIDC_ISSUER: 'http://id.example.com' })).toThrow(expect.objectContaining({ problems: [{ field: 'TRELLIS_OIDC_ISSUER', message: expect.stringMatching(/must use https/) }] }));
    expect(() => loadConfig({ ...oidc, TRELLIS_OIDC_REDIRECT_URL: 'not a url' })).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID' }));
  });
});

describe('general configuration', () => {
  it('lists every bad setting at once', () => {
    let problems: string[] = [];
    try {
      loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', TRELLIS_DB: 'mysql://x' });
    } catch (e) {
      problems = (e as { problems: { field?: string }[] }).problems.map((p) => p.field ?? '');
    }
    expect(problems.sort()).toEqual(['LOG_LEVEL', 'PORT', 'TRELLIS_DB']);
  });

  it('flags win over the environment; a default log level applies only when none is set', () => {
    expect(loadConfig({ PORT: '8080' }, { port: '9090' }).port).toBe(9090);
    expect(loadConfig({}, { defaultLogLevel: 'warn' }).logLevel).toBe('warn');
    expect(loadConfig({ LOG_LEVEL: 'debug' }, { defaultLogLevel: 'warn' }).logLevel).toBe('debug');
    expect(loadConfig({ TRELLIS_DB: '', DATABASE_URL: 'postgres://db/x' }).db).toBe('postgres://db/x');
  });
});
