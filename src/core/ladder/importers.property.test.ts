/**
 * Property tests for the importers: random ladders written in each outside format import with
 * the same levels, dimensions and entries they were written with.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseLadder } from './parse-ladder.js';

/** Words that survive Markdown and YAML untouched: the importers' job is structure, not escaping. */
const word = fc.stringMatching(/^[A-Za-z][a-z]{1,8}$/);
// At least five characters: FT's schema asks that of examples.
const sentence = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => `${w.join(' ')} each week.`);
const uuid = fc.uuid({ version: 4 });

describe('importers on random input', () => {
  it('FT YAML: every competency becomes one entry of its level × theme cell, in file order', () => {
    const arb = fc
      .record({ levels: fc.uniqueArray(word, { minLength: 1, maxLength: 5 }), themes: fc.uniqueArray(word, { minLength: 1, maxLength: 4 }) })
      .chain(({ levels, themes }) =>
        fc.record({
          levels: fc.constant(levels),
          themes: fc.constant(themes),
          competencies: fc.array(
            fc.record({ id: uuid, level: fc.constantFrom(...levels), theme: fc.constantFrom(...themes), summary: sentence, proficiency: fc.constantFrom('Awareness', 'Expert'), examples: fc.array(sentence, { maxLength: 2 }) }),
            { maxLength: 20 },
          ),
        }),
      );
    fc.assert(
      fc.property(arb, (f) => {
        const text = stringify({ name: 'Family', summary: 'A family.', googleSheetId: 'x', levels: f.levels.map((id) => ({ id: `lv-${id}`, name: id })), themes: f.themes.map((id) => ({ id: `th-${id}`, name: id })), competencies: f.competencies.map((c) => ({ ...c, level: `lv-${c.level}`, theme: `th-${c.theme}` })) });
        const r = parseLadder(text, 'family.yml');
        if (!r.ok) throw new Error(JSON.stringify(r.problems));
        expect(r.ladder.levels.map((l) => l.id)).toEqual(f.levels.map((id) => `lv-${id}`));
        expect(r.ladder.dimensions).toHaveLength(f.themes.length);
        for (const level of f.levels) {
          for (const theme of f.themes) {
            const expected = f.competencies.filter((c) => c.level === level && c.theme === theme).map((c) => c.summary);
            const cell = r.ladder.cells.find((c) => c.level === `lv-${level}` && c.dimension === `th-${theme}`);
            expect(cell?.entries.map((e) => e.summary) ?? []).toEqual(expected);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('Monzo front matter: criteria and example criteria land in their topic × level cell', () => {
    const arb = fc.integer({ min: 1, max: 6 }).chain((levels) =>
      fc.record({
        levels: fc.constant(levels),
        topics: fc.uniqueArray(
          fc.record({
            name: word,
            content: fc.uniqueArray(
              fc.record({ level: fc.integer({ min: 1, max: levels }), criteria: fc.array(sentence, { maxLength: 3 }), exampleCriteria: fc.array(fc.record({ criteria: sentence, examples: fc.array(sentence, { maxLength: 2 }) }), { maxLength: 2 }) }),
              { selector: (c) => c.level, maxLength: levels },
            ),
          }),
          { selector: (t) => t.name.toLowerCase(), minLength: 1, maxLength: 5 },
        ),
      }),
    );
    fc.assert(
      fc.property(arb, (f) => {
        const r = parseLadder(`---\n${stringify({ title: 'Framework', ...f })}---\nSome prose.\n`, 'framework.md');
        if (!r.ok) throw new Error(JSON.stringify(r.problems));
        expect(r.ladder.levels).toHaveLength(f.levels);
        expect(r.ladder.dimensions).toHaveLength(f.topics.length);
        const entries = f.topics.flatMap((t) => t.content.flatMap((c) => [...c.criteria, ...c.exampleCriteria.map((e) => e.criteria)]));
        expect(r.ladder.cells.flatMap((c) => c.entries.map((e) => e.summary)).sort()).toEqual(entries.sort());
        expect(r.ladder.cells.every((c) => c.entries.length > 0)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('Postman narrative: one level per heading, one entry per paragraph or bullet', () => {
    const arb = fc.uniqueArray(fc.record({ name: fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')), paragraphs: fc.array(sentence, { maxLength: 4 }), bullets: fc.array(sentence, { maxLength: 3 }) }), {
      selector: (l) => l.name.toLowerCase(),
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(arb, (levels) => {
        const md = levels.map((l) => [`# ${l.name}`, ...l.paragraphs, ...(l.bullets.length ? [l.bullets.map((b) => `- ${b}`).join('\n')] : []), '_Experience: some years._'].join('\n\n')).join('\n\n');
        const r = parseLadder(md, 'ladder.md');
        if (!r.ok) throw new Error(JSON.stringify(r.problems));
        expect(r.ladder.levels.map((l) => l.name)).toEqual(levels.map((l) => l.name));
        expect(r.ladder.levels.every((l) => l.description === 'Experience: some years.')).toBe(true);
        for (const [i, l] of levels.entries()) {
          const cell = r.ladder.cells.find((c) => c.level === r.ladder.levels[i]!.id);
          expect(cell?.entries.map((e) => e.summary) ?? []).toEqual([...l.paragraphs, ...l.bullets]);
        }
      }),
      { numRuns: 60 },
    );
  });
});
