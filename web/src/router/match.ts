/**
 * Route patterns like `/people/:id/private`: a segment starting with `:` captures one decoded
 * path segment. No wildcards or optional parts: the app's routes do not need them.
 */
export type Params = Record<string, string>;

function segments(path: string): string[] {
  return path.split('/').filter(Boolean);
}

export function matchPath(pattern: string, pathname: string): Params | null {
  const want = segments(pattern);
  const have = segments(pathname);
  if (want.length !== have.length) return null;
  const params: Params = {};
  for (const [i, part] of want.entries()) {
    const actual = have[i] ?? '';
    if (part.startsWith(':')) {
      try {
        params[part.slice(1)] = decodeURIComponent(actual);
      } catch {
        return null; // a malformed %-escape is not a valid id
      }
    } else if (part !== actual) {
      return null;
    }
  }
  return params;
}

/** `/people/:id` with `{ id: 'a b' }` → `/people/a%20b`. */
export function pathTo(pattern: string, params: Params = {}): string {
  return pattern.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
}
