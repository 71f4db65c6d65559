/** Reading the routes a Fastify server registered, for inventory tests. */

/**
 * `printRoutes` draws a tree (`├── /api/teams (GET, HEAD)` with `└── /:id` nested under it);
 * turn it back into full paths with their methods.
 */
export function registeredRoutes(tree: string): { path: string; methods: string[] }[] {
  const stack: string[] = [];
  const out: { path: string; methods: string[] }[] = [];
  for (const line of tree.split('\n')) {
    const m = /^(.*?)[├└]── (.+?)(?: \(([^)]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = (m[1] ?? '').length / 4;
    stack.length = depth;
    stack.push(m[2] ?? '');
    if (m[3]) out.push({ path: stack.join(''), methods: m[3].split(', ') });
  }
  return out;
}
