/**
 * Sign-in has no session yet, so no CSRF token; instead it refuses requests a browser marks as
 * cross-site (Sec-Fetch-Site) or sends from another origin (Origin). Either header may be
 * missing — non-browser clients send neither — and then there is nothing to check.
 */
import type { FastifyRequest } from 'fastify';
import { TrellisError } from '../../../errors.js';

export function rejectCrossSite(request: FastifyRequest): void {
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    throw new TrellisError('CSRF_FAILED', 'Sign-in must come from the Trellis web app itself.');
  }
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `${request.protocol}://${request.host}`) {
    throw new TrellisError('CSRF_FAILED', 'Sign-in must come from the Trellis web app itself.');
  }
}
