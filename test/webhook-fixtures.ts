/** The recorded webhook payloads in test/fixtures/webhooks (provenance: SOURCES.md there; licences beside the files). */
import { readFileSync } from 'node:fs';

const root = new URL('./fixtures/webhooks/', import.meta.url);

/** The file's exact bytes: signatures are over these. */
export function fixtureBytes(path: string): Buffer {
  return readFileSync(new URL(path, root));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function fixture<T = any>(path: string): T {
  return JSON.parse(fixtureBytes(path).toString('utf8')) as T;
}
