/**
 * The JSON of cached figures (delivery reports, friction reports), produced once per cached
 * object and revalidated by ETag. With the report cache a request no longer computes anything,
 * and what remained was serialisation: the response schema check (zod encode) plus
 * JSON.stringify of a report carrying every drill-down id took most of each request (~14 ms for a
 * large team, serialised on the event loop, ~70 req/s). Cached figures are shared objects, so
 * their JSON is kept beside them (a WeakMap: it goes when the object leaves the cache) as UTF-8
 * bytes, which Fastify sends as they are (a string would be encoded again on every response).
 * The string comes from the same serializer compiler the server uses, so the schema check still
 * runs — once per object instead of once per request — and whatever the schema leaves out (a
 * delivery report's drill-down lists, served by …/events) is left out here too.
 * The ETag (a hash of those bytes) lets a browser revalidate with If-None-Match and get a 304.
 */
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { serializerCompiler } from 'fastify-type-provider-zod';
import type { z } from 'zod';

export interface SerialisedJson {
  body: Buffer;
  etag: string;
}

/** Serialise objects of one response schema, each once (later calls with the same object reuse the bytes). */
export function serialiserOf<T extends object>(schema: z.ZodType, url: string): (value: T) => SerialisedJson {
  const serialise = serializerCompiler({ schema, method: 'GET', url, httpStatus: '200' });
  const json = new WeakMap<T, SerialisedJson>();
  return (value) => {
    let out = json.get(value);
    if (out === undefined) {
      const body = Buffer.from(serialise(value), 'utf8');
      out = { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
      json.set(value, out);
    }
    return out;
  };
}

/**
 * Reply with already-serialised JSON and its ETag, or 304 without a body when the request
 * revalidates with that ETag (access has been checked by then, as on every request).
 * The `private, no-cache` set here is replaced by the `no-store` that security-headers.ts puts on
 * every /api answer (its onSend hook runs last), so a browser keeps no copy to revalidate; a
 * client that keeps the ETag itself still gets its 304.
 */
export function sendSerialised(request: FastifyRequest, reply: FastifyReply, { body, etag }: SerialisedJson): FastifyReply {
  reply.header('etag', etag).header('cache-control', 'private, no-cache');
  if (request.headers['if-none-match'] === etag) return reply.code(304).send();
  return reply.type('application/json; charset=utf-8').send(body);
}
