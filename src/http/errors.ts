/**
 * The one error handler of the HTTP API. Every failure leaves as `{ error: { code, message,
 * problems? } }` with the status taken from the error registry (src/errors.ts) — never chosen
 * by a route. Unexpected errors are logged in full and answered with a bare INTERNAL, so stack
 * traces, SQL and driver messages never reach a client.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isTrellisError, toErrorBody, TrellisError, type Problem } from '../errors.js';
import type { ZodApp } from './types.js';

interface ValidationFailure {
  validation: { instancePath?: string; message?: string }[];
  validationContext?: string;
}

function isValidationFailure(e: unknown): e is ValidationFailure {
  return typeof e === 'object' && e !== null && Array.isArray((e as { validation?: unknown }).validation);
}

/** A 4xx raised by Fastify itself (bad JSON, unsupported media type, body too large). */
function clientErrorStatus(e: unknown): number | undefined {
  const status = typeof e === 'object' && e !== null ? (e as { statusCode?: unknown }).statusCode : undefined;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

/** `querystring` + `/limit` → `querystring.limit`, the field name a caller can act on. */
function validationProblems(e: ValidationFailure): Problem[] {
  const context = e.validationContext ?? 'request';
  return e.validation.map((v) => {
    const path = (v.instancePath ?? '').split('/').filter(Boolean).join('.');
    return { field: path ? `${context}.${path}` : context, message: v.message ?? 'is not valid' };
  });
}

/** Turn anything thrown while handling a request into a registered Trellis error. */
export function toTrellisError(e: unknown): TrellisError {
  if (isTrellisError(e)) return e;
  if (isValidationFailure(e)) {
    const problems = validationProblems(e);
    return new TrellisError('BAD_INPUT', `The request is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'}).`, problems);
  }
  // Fastify's own client-error messages describe the request, not the server: safe to pass on.
  const status = clientErrorStatus(e);
  if (status === 413) return new TrellisError('PAYLOAD_TOO_LARGE');
  if (status === 415) return new TrellisError('UNSUPPORTED_MEDIA_TYPE', `The request body's content type is not accepted here; send application/json.`);
  if (status !== undefined) return new TrellisError('BAD_INPUT', (e as Error).message);
  return new TrellisError('INTERNAL');
}

function sendError(reply: FastifyReply, error: TrellisError): FastifyReply {
  if (error.retryAfterSeconds !== undefined) reply.header('retry-after', String(error.retryAfterSeconds));
  return reply.code(error.status).type('application/json; charset=utf-8').send(toErrorBody(error));
}

export function installErrorHandling(app: ZodApp): void {
  app.setErrorHandler((e: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const error = toTrellisError(e);
    if (error.status >= 500) request.log.error({ err: e }, 'request failed');
    else request.log.info({ code: error.code }, 'request rejected');
    return sendError(reply, error);
  });
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? request.url;
    return sendError(reply, new TrellisError('NOT_FOUND', `No route ${request.method} ${path}.`));
  });
}
