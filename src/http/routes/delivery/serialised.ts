/**
 * The JSON of a delivery report, produced once per report object. With the report cache a
 * request no longer computes anything, and what remained was serialisation: the response schema
 * check (zod encode) plus JSON.stringify of a report carrying every drill-down id took most of
 * each request (~14 ms for a large team, serialised on the event loop, ~70 req/s). Cached
 * reports are shared objects, so their JSON is kept beside them (a WeakMap: it goes when the
 * report leaves the cache) as UTF-8 bytes, which Fastify sends as they are (a string would be
 * encoded again on every response).
 * The string comes from the same serializer compiler the server uses, so the schema check still
 * runs — once per report instead of once per request. The schema holds the figures only, so the
 * drill-down lists of the report are left out here (they are served by …/events).
 * The ETag (a hash of those bytes) lets a browser revalidate with If-None-Match and get a 304.
 */
import { createHash } from 'node:crypto';
import { serializerCompiler } from 'fastify-type-provider-zod';
import type { DeliveryReport } from '../../../app/delivery/delivery-figures.js';
import { deliveryReport } from './schema.js';

const serialise = serializerCompiler({ schema: deliveryReport, method: 'GET', url: '/api/delivery/:scope', httpStatus: '200' });
export interface SerialisedReport {
  body: Buffer;
  etag: string;
}

const json = new WeakMap<DeliveryReport, SerialisedReport>();

export function serialisedReport(report: DeliveryReport): SerialisedReport {
  let out = json.get(report);
  if (out === undefined) {
    const body = Buffer.from(serialise(report), 'utf8');
    out = { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
    json.set(report, out);
  }
  return out;
}
