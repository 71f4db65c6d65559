/**
 * Dropping component schemas nothing refers to. fastify-type-provider-zod emits every named
 * zod schema twice, as input and output (`Person` and `PersonInput`); ours are used in one
 * direction only, and the unused twin would become a duplicate type in generated clients.
 */

const refPattern = /"#\/components\/schemas\/([^"]+)"/g;

function refsIn(value: unknown): string[] {
  return [...JSON.stringify(value).matchAll(refPattern)].map((m) => decodeURIComponent(m[1] ?? ''));
}

interface WithSchemas {
  components?: { schemas?: Record<string, unknown> };
}

/** Generic over the document so OpenAPI 3.0/3.1 types pass through unchanged. */
export function pruneUnusedSchemas<T extends object>(doc: T): T {
  const { components, ...rest } = doc as WithSchemas;
  const schemas = components?.schemas;
  if (!schemas) return doc;
  const used = new Set<string>();
  const queue = refsIn(rest);
  // Walk references transitively: a used schema keeps the schemas it refers to.
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    if (used.has(name)) continue;
    used.add(name);
    queue.push(...refsIn(schemas[name] ?? null));
  }
  const kept = Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)));
  return { ...doc, components: { ...components, schemas: kept } };
}
