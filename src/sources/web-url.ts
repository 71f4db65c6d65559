/**
 * A payload's link to the record at its source, kept only when it is an address a person can open
 * (http(s), at most 2000 characters — what a record's `url` accepts). Payloads carry API addresses
 * (`api.github.com/…`) beside page addresses; the mappers pick the page one, and this refuses
 * anything that would fail the record schema, so one odd link never rejects a whole delivery.
 */
import { isWebAddress } from '../core/records/schemas.js';

export function webUrl(value: string | null | undefined): { url: string } | Record<string, never> {
  if (typeof value !== 'string' || value.length > 2000 || !isWebAddress(value)) return {};
  return { url: value };
}
