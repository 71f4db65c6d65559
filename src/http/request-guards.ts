/**
 * Guards every request passes before a route's schema looks at it, so what a caller learns from
 * a refusal follows who they are, not what they sent:
 *
 * 1. **Authorisation before the body is read.** Right after authentication (`onRequest`, before
 *    parsing), a write to a route the policy refuses this account for every possible subject —
 *    or for the person the URL names — is answered 403. An engineer posting junk to an
 *    administrators' route gets "you may not", never a validation message describing the
 *    route's input (core/access/route-check.ts). The use case still checks the exact resource.
 * 2. **Bodies**: larger than the route accepts → 413 PAYLOAD_TOO_LARGE; a content type the route
 *    does not parse (only JSON is; text/plain is not silently turned into a string) → 415
 *    UNSUPPORTED_MEDIA_TYPE (mapped in errors.ts).
 * 2b. **Write rate**: an account's writes beyond `TRELLIS_WRITE_RATE_LIMIT` a minute answer 429
 *    with Retry-After (write-rate.ts), before the body is read.
 * 3. **Control characters in the query string** (`?q=%00`) → 400 naming the parameter: they are
 *    never part of a real search, and a NUL matched every record.
 */
import type { FastifyRequest } from 'fastify';
import { can } from '../core/access/policy.js';
import { canOnSomeSubject } from '../core/access/route-check.js';
import { personResourceTypes } from '../core/access/resources.js';
import { hasControlCharacters } from '../core/text/control-characters.js';
import { TrellisError } from '../errors.js';
import { accessOf } from './access.js';
import type { ZodApp } from './types.js';
import { WriteRate } from './write-rate.js';

const readMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The person a route's URL names: `:person`, or `:id` under /api/people. */
function personInUrl(url: string, params: Record<string, string | undefined>): string | undefined {
  if (params.person !== undefined) return params.person;
  return url.startsWith('/api/people/:id') ? params.id : undefined;
}

export function installRequestGuards(app: ZodApp, options: { writeRatePerMinute: number; now: () => number }): void {
  const writeRate = new WriteRate(options.writeRatePerMinute);
  // Only JSON bodies reach the API's routes (webhook receivers install their own raw parser).
  app.removeContentTypeParser('text/plain');

  app.addHook('onRequest', async (request) => {
    if (readMethods.has(request.method) || request.auth === null || request.auth.actor.kind !== 'account') return;
    const access = accessOf(request.routeOptions.url, request.routeOptions.config.access);
    if (typeof access !== 'object' || access === undefined) return;
    const url = request.routeOptions.url ?? '';
    const params = request.params as Record<string, string>;
    if (access.resourceOf) {
      const exact = await access.resourceOf(params, request.auth.actor);
      if (exact === undefined) return;
      const d = can(request.auth.actor, access.action, exact);
      if (!d.allowed) throw new TrellisError('FORBIDDEN', d.reason);
      return;
    }
    const aboutPerson = (personResourceTypes as readonly string[]).includes(access.resource) || access.resource === 'review-rating';
    const person = !aboutPerson ? undefined : access.subject ? await access.subject(params) : personInUrl(url, params);
    if (aboutPerson && access.subject && person === undefined) return;
    const decision = canOnSomeSubject(request.auth.actor, access.action, access.resource, person);
    if (!decision.allowed) throw new TrellisError('FORBIDDEN', decision.reason);
  });

  app.addHook('onRequest', async (request) => {
    if (readMethods.has(request.method) || request.auth === null) return;
    const wait = writeRate.take(request.auth.account.id, options.now());
    if (wait === 0) return;
    const seconds = Math.max(1, Math.ceil(wait / 1000));
    const error = new TrellisError('RATE_LIMITED', `Too many changes from this account in a short time (at most ${options.writeRatePerMinute} a minute). Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`);
    error.retryAfterSeconds = seconds;
    throw error;
  });

  app.addHook('preValidation', async (request: FastifyRequest) => {
    const query = request.query as Record<string, unknown> | undefined;
    if (!query || typeof query !== 'object') return;
    for (const [name, value] of Object.entries(query)) {
      const values = Array.isArray(value) ? value : [value];
      if (hasControlCharacters(name) || values.some((v) => typeof v === 'string' && hasControlCharacters(v))) {
        throw new TrellisError('BAD_INPUT', 'The query string contains control characters.', [{ field: `querystring.${name.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?')}`, message: 'must not contain control characters' }]);
      }
    }
  });
}
