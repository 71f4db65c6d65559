/** Test helpers for the ladder core: the fixture files and an arbitrary of valid ladders. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Ladder, LadderCellEntry } from './model.js';

const root = new URL('../../../test/fixtures/ladders/', import.meta.url);

/** A fixture file's text, e.g. `fixture('ft-engineering-progression/engineering.yml')`. */
export function fixture(path: string): string {
  return readFileSync(new URL(path, root), 'utf8');
}

const idArb = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}$/);
/** Any text, including YAML-looking strings, leading spaces, newlines and unicode. */
const textArb = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('yes', 'null', '~', '- item', '# not a comment', 'key: value', '  indented\n  lines\n', '"quoted"', '0x10', '1e3', ''),
);
/** Records with the ordinary prototype, as parsed YAML has. */
const plain = { noNullPrototype: true } as const;
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

const entryArb: fc.Arbitrary<LadderCellEntry> = fc
  .record({
    summary: textArb,
    examples: fc.array(textArb, { maxLength: 3 }),
    proficiency: opt(textArb),
    links: opt(fc.array(fc.record({ label: textArb, url: textArb }, plain), { maxLength: 2 })),
  })
  .map(({ proficiency, links, ...e }) => ({ ...e, ...(proficiency === undefined ? {} : { proficiency }), ...(links === undefined ? {} : { links }) }));

/** Drops keys whose value is undefined, as a ladder read back from text has none. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

export const ladderArb: fc.Arbitrary<Ladder> = fc
  .record({
    levelIds: fc.uniqueArray(idArb, { minLength: 1, maxLength: 6 }),
    dimensionIds: fc.uniqueArray(idArb, { minLength: 1, maxLength: 4 }),
  })
  .chain(({ levelIds, dimensionIds }) =>
    fc.record({
      id: idArb,
      name: textArb,
      description: opt(textArb),
      cumulative: fc.boolean(),
      source: opt(fc.record({ format: textArb, notes: opt(textArb), title: opt(textArb), url: opt(textArb), licence: opt(textArb) }, plain).map(compact)),
      levels: fc.tuple(
        ...levelIds.map((id) =>
          fc.record({ id: fc.constant(id), name: textArb, rank: fc.integer({ min: -5, max: 20 }), track: opt(textArb), aliases: opt(fc.array(textArb, { maxLength: 3 })), description: opt(textArb) }, plain).map(compact),
        ),
      ),
      dimensions: fc.tuple(...dimensionIds.map((id) => fc.record({ id: fc.constant(id), name: textArb, description: opt(textArb) }, plain).map(compact))),
      cells: fc
        .subarray(levelIds.flatMap((level) => dimensionIds.map((dimension) => ({ level, dimension }))))
        .chain((pairs) => fc.tuple(...pairs.map((p) => fc.array(entryArb, { maxLength: 3 }).map((entries) => ({ ...p, entries }))))),
    }),
  )
  .map(compact);
