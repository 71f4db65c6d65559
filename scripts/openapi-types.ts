/**
 * The web client's types, generated from the OpenAPI snapshot: every component schema as a
 * member of `Schemas`, and every operation as `'METHOD /path'` with its path parameters, query,
 * JSON body and success response. The client (web/src/api/client.ts) is typed by these keys,
 * so a changed route schema changes the client's types in the same review.
 */
import { docComment, propertyKey, tsType, type JsonSchema } from './json-schema-ts.js';

interface Parameter {
  in: string;
  name: string;
  required?: boolean;
  description?: string;
  schema?: JsonSchema;
}

interface Operation {
  summary?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  responses?: Record<string, { content?: Record<string, { schema?: JsonSchema }> }>;
}

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version?: string; [key: string]: unknown };
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
  [key: string]: unknown;
}

const methods = ['get', 'post', 'put', 'patch', 'delete'] as const;
const componentPrefix = '#/components/schemas/';

function refName(ref: string): string {
  if (!ref.startsWith(componentPrefix)) return 'unknown';
  return `Schemas[${JSON.stringify(ref.slice(componentPrefix.length))}]`;
}

/** Path or query parameters as one object type; `Record<never, never>` when there are none. */
function parametersType(parameters: Parameter[], where: 'path' | 'query', indent: string): string {
  const selected = parameters.filter((p) => p.in === where);
  if (selected.length === 0) return 'Record<never, never>';
  const properties = Object.fromEntries(selected.map((p) => [p.name, { ...p.schema, description: p.description }]));
  const required = selected.filter((p) => p.required).map((p) => p.name);
  return tsType({ type: 'object', properties, required }, refName, indent);
}

/** The JSON body of the first 2xx response; `null` for a success without a body (204). */
function responseType(op: Operation, indent: string): string {
  const success = Object.keys(op.responses ?? {}).filter((status) => /^2\d\d$/.test(status)).sort();
  const first = success[0];
  if (first === undefined) return 'unknown';
  const schema = op.responses?.[first]?.content?.['application/json']?.schema;
  return schema ? tsType(schema, refName, indent) : 'null';
}

function operationType(op: Operation): string {
  const indent = '    ';
  const body = op.requestBody?.content?.['application/json']?.schema;
  return [
    '{\n',
    `${indent}params: ${parametersType(op.parameters ?? [], 'path', indent)};\n`,
    `${indent}query: ${parametersType(op.parameters ?? [], 'query', indent)};\n`,
    `${indent}body: ${body ? tsType(body, refName, indent) : 'never'};\n`,
    `${indent}response: ${responseType(op, indent)};\n`,
    '  }',
  ].join('');
}

export function renderTypes(doc: OpenApiDocument): string {
  const schemas = Object.entries(doc.components?.schemas ?? {}).map(
    ([name, schema]) => `${docComment(schema.description, '  ')}  ${propertyKey(name)}: ${tsType(schema, refName, '  ')};\n`,
  );
  const operations: string[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of methods) {
      const op = item[method];
      if (!op) continue;
      const key = `${method.toUpperCase()} ${path}`;
      operations.push(`${docComment(op.summary, '  ')}  ${JSON.stringify(key)}: ${operationType(op)};\n`);
    }
  }
  return [
    '/* Generated from openapi.json by scripts/openapi-types.ts: do not edit. Run `npm run openapi:snapshot`. */\n\n',
    '/** The named schemas of the API (OpenAPI components). */\n',
    `export interface Schemas {\n${schemas.join('')}}\n\n`,
    '/** Every operation of the API, keyed by `METHOD /path` as in the OpenAPI document. */\n',
    `export interface Operations {\n${operations.join('')}}\n`,
  ].join('');
}
