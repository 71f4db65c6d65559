/**
 * `npm run openapi:snapshot`: write the server's OpenAPI document to web/src/api/openapi.json and
 * the web client's types generated from it to web/src/api/openapi.gen.ts. Run it after changing a
 * route schema; test/web-api-snapshot.test.ts fails until you do, so API changes show in review.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { currentOpenApiDocument, snapshotText } from './openapi-document.js';
import { renderTypes } from './openapi-types.js';

export const snapshotPath = fileURLToPath(new URL('../web/src/api/openapi.json', import.meta.url));
export const generatedTypesPath = fileURLToPath(new URL('../web/src/api/openapi.gen.ts', import.meta.url));

async function main(): Promise<void> {
  const doc = await currentOpenApiDocument();
  await writeFile(snapshotPath, snapshotText(doc));
  await writeFile(generatedTypesPath, renderTypes(doc));
  const operations = Object.values(doc.paths).reduce((n, item) => n + Object.keys(item).length, 0);
  process.stderr.write(`wrote ${snapshotPath} (${operations} operations) and ${generatedTypesPath}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  });
}
