/**
 * Security headers on every response — API answers, errors, 404s and the web app's static
 * files alike — added in `onSend`, which every reply passes through. The CSP allows only this
 * origin (the SPA is built to need nothing else); API answers are never cached, since they
 * carry people's records and differ per account.
 */
import type { ZodApp } from './types.js';

export const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

const headers: Record<string, string> = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

export function installSecurityHeaders(app: ZodApp): void {
  app.addHook('onSend', async (request, reply, payload) => {
    reply.headers(headers);
    if (request.url === '/api' || request.url.startsWith('/api/') || request.url.startsWith('/api?')) reply.header('cache-control', 'no-store');
    return payload;
  });
}
