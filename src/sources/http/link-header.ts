/**
 * `Link` headers (RFC 8288), as GitHub and GitLab send them to say where the next page is:
 * `<https://…?page=3>; rel="next", <https://…?page=9>; rel="last"`.
 *
 * Read with a small scanner rather than by splitting on commas: a URL may hold a comma or a
 * semicolon of its own, and a quoted parameter may too; splitting would lose the next page and
 * end a backfill early without a word.
 */

export interface Link {
  url: string;
  /** The link's relation types, lower case (`rel="next last"` → `['next', 'last']`). */
  rels: string[];
}

/** The parameters after a link's `>`, up to the comma that ends it: `; rel="next"; title="a, b"`. */
function readParams(header: string, from: number): { params: Map<string, string>; end: number } {
  const params = new Map<string, string>();
  let i = from;
  while (i < header.length && header[i] !== ',') {
    if (header[i] !== ';') {
      i++;
      continue;
    }
    const name = /^\s*([^\s=;,]+)\s*/.exec(header.slice(i + 1));
    if (!name) {
      i++;
      continue;
    }
    i += 1 + name[0].length;
    let value = '';
    if (header[i] === '=') {
      i++;
      while (header[i] === ' ' || header[i] === '\t') i++;
      if (header[i] === '"') {
        for (i++; i < header.length && header[i] !== '"'; i++) value += header[i] === '\\' && i + 1 < header.length ? header[++i] : header[i];
        i++;
      } else {
        const bare = /^[^;,]*/.exec(header.slice(i))![0];
        value = bare.trim();
        i += bare.length;
      }
    }
    // RFC 8288: a parameter given twice counts the first time.
    const key = name[1]!.toLowerCase();
    if (!params.has(key)) params.set(key, value);
  }
  return { params, end: i + 1 };
}

/** Every link of a header, in order; parts that are not `<url>…` are passed over. */
export function parseLinkHeader(header: string): Link[] {
  const links: Link[] = [];
  let i = 0;
  while (i < header.length) {
    const open = header.indexOf('<', i);
    if (open < 0) break;
    const close = header.indexOf('>', open + 1);
    if (close < 0) break;
    const url = header.slice(open + 1, close);
    const { params, end } = readParams(header, close + 1);
    const rel = params.get('rel');
    if (url !== '') links.push({ url, rels: rel === undefined ? [] : rel.toLowerCase().split(/\s+/).filter(Boolean) });
    i = end;
  }
  return links;
}

/** The `rel="next"` URL of a Link header, if any. */
export function nextLink(header: string | null): string | undefined {
  if (!header) return undefined;
  return parseLinkHeader(header).find((l) => l.rels.includes('next'))?.url;
}
