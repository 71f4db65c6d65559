/**
 * Postman's narrative career ladders: one `#` heading per level, then paragraphs (or list items)
 * of expectations, an italic framing line and an italic "Experience" line. There are no
 * dimensions, so every expectation goes into one dimension, "expectations"; the italic lines
 * become the level's description rather than expectations.
 */
import type { Tokens } from 'marked';
import { failed, slug, type LadderParse } from './import-result.js';
import type { LadderCell, LadderLevel } from './model.js';
import { blockText, isHeading, markdownBlocks } from './markdown-blocks.js';

export const expectationsDimension = { id: 'expectations', name: 'Expectations' } as const;

/** A paragraph that is all emphasis (`_…_` or `__…__`): framing, not an expectation. */
function emphasisOnly(p: Tokens.Paragraph): string | undefined {
  const inner = p.tokens.filter((t) => !(t.type === 'text' && t.raw.trim() === ''));
  if (inner.length === 1 && (inner[0]!.type === 'em' || inner[0]!.type === 'strong')) return (inner[0] as Tokens.Em).text.trim();
  return undefined;
}

export function parsePostmanMarkdown(markdown: string, fileName = 'ladder'): LadderParse {
  const blocks = markdownBlocks(markdown);
  const levels: LadderLevel[] = [];
  const cells: LadderCell[] = [];
  const notes: string[][] = [];
  for (const b of blocks) {
    if (isHeading(b, 1)) {
      const name = b.text.replace(/\s*#+\s*$/, '').trim();
      levels.push({ id: slug(name), name, rank: levels.length + 1 });
      cells.push({ level: slug(name), dimension: expectationsDimension.id, entries: [] });
      notes.push([]);
      continue;
    }
    const cell = cells.at(-1);
    if (cell === undefined) continue;
    if (b.type === 'paragraph') {
      const framing = emphasisOnly(b as Tokens.Paragraph);
      if (framing !== undefined) notes.at(-1)!.push(framing);
      else cell.entries.push({ summary: blockText(b), examples: [] });
    } else if (b.type === 'list') {
      for (const item of (b as Tokens.List).items) cell.entries.push({ summary: item.text.trim(), examples: [] });
    }
  }
  if (levels.length === 0) return failed({ line: 1, message: 'no levels found (expected one "# Level name" heading per level)' });
  const duplicate = levels.find((l, i) => levels.findIndex((m) => m.id === l.id) !== i);
  if (duplicate) return failed({ field: 'levels', message: `two levels are called "${duplicate.name}"` });
  levels.forEach((l, i) => {
    if (notes[i]!.length > 0) l.description = notes[i]!.join('\n\n');
  });
  const name = fileName.replace(/\.[^.]*$/, '').replace(/[-_]+/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
  return {
    ok: true,
    ladder: {
      id: slug(name),
      name,
      cumulative: true,
      levels,
      dimensions: [{ ...expectationsDimension }],
      cells: cells.filter((c) => c.entries.length > 0),
      source: { format: 'postman-markdown' },
    },
  };
}
