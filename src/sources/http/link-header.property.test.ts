import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextLink, parseLinkHeader, type Link } from './link-header.js';

const relType = fc.oneof(fc.constantFrom('next', 'prev', 'first', 'last'), fc.stringMatching(/^[a-z][a-z0-9.-]{0,11}$/));
/** URLs as servers write them: with queries holding commas, semicolons and equals signs. */
const url = fc.webUrl({ withQueryParameters: true, withFragments: true });
const link = fc.record({
  url,
  rels: fc.uniqueArray(relType, { minLength: 1, maxLength: 4 }),
  // Other parameters, before or after rel; a quoted title may hold anything, commas included.
  title: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
  titleFirst: fc.boolean(),
  quoteRel: fc.boolean(),
  space: fc.constantFrom('', ' ', '  ', '\t'),
});
type Written = typeof link extends fc.Arbitrary<infer T> ? T : never;

const quoted = (s: string) => `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
function write(l: Written): string {
  const rel = `rel=${l.quoteRel || l.rels.length > 1 ? quoted(l.rels.join(' ')) : l.rels[0]}`;
  const params = l.title === undefined ? [rel] : l.titleFirst ? [`title=${quoted(l.title)}`, rel] : [rel, `title=${quoted(l.title)}`];
  return `<${l.url}>${params.map((p) => `${l.space};${l.space}${p}`).join('')}`;
}

describe('Link header', () => {
  it('any set of links with any rels reads back as written', () => {
    fc.assert(
      fc.property(fc.array(link, { maxLength: 5 }), fc.constantFrom(',', ', ', ' ,  '), (links, comma) => {
        const expected: Link[] = links.map((l) => ({ url: l.url, rels: l.rels }));
        expect(parseLinkHeader(links.map(write).join(comma))).toEqual(expected);
      }),
    );
  });

  it('the next page is the first link whose rels include next', () => {
    fc.assert(
      fc.property(fc.array(link, { maxLength: 5 }), (links) => {
        expect(nextLink(links.map(write).join(', '))).toBe(links.find((l) => l.rels.includes('next'))?.url);
      }),
    );
  });

  it('reads rel case-insensitively and passes over parts that are not links', () => {
    expect(nextLink('garbage, <https://x/r?page=2>; REL="Next"')).toBe('https://x/r?page=2');
    expect(nextLink('<>; rel="next", <https://x/r?page=3>; rel=next')).toBe('https://x/r?page=3');
    expect(nextLink('<https://x/r?page=2>; rel="nextish"')).toBeUndefined();
    expect(nextLink('')).toBeUndefined();
  });

  it('keeps a URL whole when it holds commas and semicolons', () => {
    expect(nextLink('<https://x/search?labels=bug,ui;v=1&page=2>; rel="next", <https://x/search?labels=bug,ui;v=1&page=9>; rel="last"')).toBe('https://x/search?labels=bug,ui;v=1&page=2');
  });
});
