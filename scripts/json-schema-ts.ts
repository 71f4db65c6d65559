/**
 * JSON Schema → TypeScript type text, for the subset the server's zod schemas produce (objects,
 * arrays, unions, nullable type lists, enums, consts, `$ref`s to components). We write this
 * instead of depending on openapi-typescript because that package's TypeScript peer range
 * excludes the TypeScript 6 this repository pins. Anything outside the subset becomes `unknown`,
 * which is safe: the client then has to check the value before using it.
 */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  description?: string;
}

const identifier = /^[A-Za-z_$][\w$]*$/;

export function propertyKey(key: string): string {
  return identifier.test(key) ? key : JSON.stringify(key);
}

/** A JSDoc line for a description, or nothing. */
export function docComment(description: string | undefined, indent: string): string {
  return description ? `${indent}/** ${description.replace(/\*\//g, '*\\/')} */\n` : '';
}

function union(types: string[]): string {
  const unique = [...new Set(types)];
  return unique.length === 0 ? 'never' : unique.join(' | ');
}

function arrayOf(type: string): string {
  return /[|&]/.test(type) ? `(${type})[]` : `${type}[]`;
}

/** `refName` maps `#/components/schemas/Team` to the TypeScript that names it. */
export function tsType(schema: JsonSchema, refName: (ref: string) => string, indent = ''): string {
  if (schema.$ref) return refName(schema.$ref);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return union(alternatives.map((s) => tsType(s, refName, indent)));
  if (schema.allOf) return schema.allOf.map((s) => tsType(s, refName, indent)).join(' & ');
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return union(schema.enum.map((v) => JSON.stringify(v)));
  if (Array.isArray(schema.type)) return union(schema.type.map((type) => tsType({ ...schema, type }, refName, indent)));
  switch (schema.type) {
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    case 'array':
      return arrayOf(schema.items ? tsType(schema.items, refName, indent) : 'unknown');
    case 'object':
      return objectType(schema, refName, indent);
    default:
      return schema.properties ? objectType(schema, refName, indent) : 'unknown';
  }
}

function objectType(schema: JsonSchema, refName: (ref: string) => string, indent: string): string {
  const extra = schema.additionalProperties;
  const extraType = extra === undefined || extra === false ? undefined : extra === true ? 'unknown' : tsType(extra, refName, indent);
  const entries = Object.entries(schema.properties ?? {});
  if (entries.length === 0) return extraType ? `Record<string, ${extraType === 'never' ? 'unknown' : extraType}>` : 'Record<string, unknown>';
  const inner = `${indent}  `;
  const required = new Set(schema.required ?? []);
  const lines = entries.map(([key, value]) => {
    const optional = required.has(key) ? '' : '?';
    return `${docComment(value.description, inner)}${inner}${propertyKey(key)}${optional}: ${tsType(value, refName, inner)};\n`;
  });
  // An open object keeps its declared fields and admits others of any type.
  if (extraType) lines.push(`${inner}[key: string]: unknown;\n`);
  return `{\n${lines.join('')}${indent}}`;
}
