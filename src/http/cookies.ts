/**
 * Cookie settings in one place. The session cookie is HttpOnly (scripts cannot read it),
 * SameSite=Lax (not sent on cross-site POSTs; the CSRF token covers the rest) and Secure when
 * the request came over https — or always/never, per TRELLIS_SECURE_COOKIES. Whether a request
 * came over https honours X-Forwarded-Proto only with TRELLIS_TRUST_PROXY=true (Fastify's
 * `trustProxy`, set in server.ts).
 */
import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyRequest } from 'fastify';
import type { Config } from '../config.js';

export const sessionCookie = 'trellis_session';
export const oidcCookie = 'trellis_oidc';
export const oidcCookiePath = '/api/auth/oidc';

export function isSecure(request: FastifyRequest, config: Pick<Config, 'secureCookies'>): boolean {
  if (config.secureCookies === 'always') return true;
  if (config.secureCookies === 'never') return false;
  return request.protocol === 'https';
}

export function cookieOptions(request: FastifyRequest, config: Pick<Config, 'secureCookies'>, options: { path?: string; maxAgeSeconds?: number } = {}): CookieSerializeOptions {
  return {
    httpOnly: true,
    sameSite: 'lax',
    path: options.path ?? '/',
    secure: isSecure(request, config),
    ...(options.maxAgeSeconds === undefined ? {} : { maxAge: options.maxAgeSeconds }),
  };
}
