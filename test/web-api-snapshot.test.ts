/**
 * The web client's API types come from a committed snapshot of the OpenAPI document
 * (web/src/api/openapi.json → openapi.gen.ts). These tests fail when the server's API and the
 * snapshot part ways, so every API change shows up in review as a diff of both files.
 * Fix: `npm run openapi:snapshot`, then `npm run typecheck:web`.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { currentOpenApiDocument, snapshotText } from '../scripts/openapi-document.js';
import { generatedTypesPath, snapshotPath } from '../scripts/openapi-snapshot.js';
import { renderTypes, type OpenApiDocument } from '../scripts/openapi-types.js';
import { pendingOperationKeys } from '../web/src/api/contract.js';

const rerun = 'The API changed: run `npm run openapi:snapshot` and review the diff of web/src/api/.';

async function committedSnapshot(): Promise<OpenApiDocument> {
  return JSON.parse(await readFile(snapshotPath, 'utf8')) as OpenApiDocument;
}

function operationKeys(doc: OpenApiDocument): string[] {
  return Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`));
}

describe('the web API snapshot', () => {
  it('is what the server produces now', async () => {
    const current = snapshotText(await currentOpenApiDocument());
    expect(await readFile(snapshotPath, 'utf8'), rerun).toBe(current);
  });

  it('has its generated client types up to date', async () => {
    expect(await readFile(generatedTypesPath, 'utf8'), rerun).toBe(renderTypes(await committedSnapshot()));
  });

  it('has no hand-written contract left for an operation the server now describes', async () => {
    const described = new Set(operationKeys(await committedSnapshot()));
    const stale = pendingOperationKeys.filter((key) => described.has(key));
    expect(stale, 'These operations are in openapi.json now: delete them from web/src/api/contract.ts so the generated types are used, then run npm run typecheck:web.').toEqual([]);
  });
});

describe('the type generator', () => {
  it('renders nullable fields, enums, arrays of unions, open objects and 204 responses', () => {
    const doc: OpenApiDocument = {
      openapi: '3.1.0',
      info: { title: 't' },
      paths: {
        '/api/x/{id}': {
          post: {
            parameters: [
              { in: 'path', name: 'id', required: true, schema: { type: 'string' } },
              { in: 'query', name: 'full', schema: { type: 'boolean' } },
            ],
            requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { 'a-b': { type: 'integer' } }, required: [] } } } },
            responses: { '204': {} },
          },
        },
      },
      components: {
        schemas: {
          Thing: {
            type: 'object',
            description: 'A thing.',
            properties: {
              kind: { type: 'string', enum: ['a', 'b'] },
              note: { type: ['string', 'null'] },
              tags: { type: 'array', items: { anyOf: [{ type: 'string' }, { type: 'number' }] } },
              owner: { anyOf: [{ $ref: '#/components/schemas/Ref' }, { type: 'null' }] },
              extra: { type: 'object', properties: { v: { const: 1 } }, required: ['v'], additionalProperties: {} },
            },
            required: ['kind', 'note', 'tags', 'owner'],
          },
        },
      },
    };
    const out = renderTypes(doc);
    expect(out).toContain('  /** A thing. */\n  Thing: {\n    kind: "a" | "b";\n    note: string | null;\n    tags: (string | number)[];\n    owner: Schemas["Ref"] | null;\n');
    expect(out).toContain('extra?: {\n      v: 1;\n      [key: string]: unknown;\n    };');
    expect(out).toContain('"POST /api/x/{id}": {\n    params: {\n      id: string;\n    };\n    query: {\n      full?: boolean;\n    };\n    body: {\n      "a-b"?: number;\n    };\n    response: null;\n  };');
  });
});
