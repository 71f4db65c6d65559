/**
 * Route patterns like `/people/:id/private`, matched by wouter's matcher (regexparam): a segment
 * starting with `:` captures one path segment, which we decode. Patterns are matched exactly
 * (a trailing slash is allowed), never as a prefix.
 */
import { parse } from 'regexparam';
import { matchRoute } from 'wouter';

export type Params = Record<string, string>;

/** regexparam's pattern, without its ignore-case flag: `/Teams` is not `/teams` (ids are case-sensitive). */
function caseSensitive(pattern: string): { keys: string[]; pattern: RegExp } {
  const parsed = parse(pattern);
  return { keys: parsed.keys || [], pattern: new RegExp(parsed.pattern.source) };
}

export function matchPath(pattern: string, pathname: string): Params | null {
  const [matched, raw] = matchRoute(caseSensitive, pattern, pathname);
  if (!matched || !raw) return null;
  const params: Params = {};
  // regexparam names its captures; positional copies ('0', '1', …) are left out.
  for (const name of pattern.split('/').filter((s) => s.startsWith(':')).map((s) => s.slice(1))) {
    const value = (raw as Record<string, string | undefined>)[name] ?? '';
    try {
      params[name] = decodeURIComponent(value);
    } catch {
      return null; // a malformed %-escape is not a valid id
    }
  }
  return params;
}

/** `/people/:id` with `{ id: 'a b' }` → `/people/a%20b`. */
export function pathTo(pattern: string, params: Params = {}): string {
  return pattern.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
}
