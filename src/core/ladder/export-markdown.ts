/**
 * A ladder as Markdown for reading and sharing (wikis, review packets): one section per level in
 * rank order, one sub-section per dimension with entries as bullets and their examples beneath.
 * Empty cells are left out. Not an import format — the native YAML is the one that round-trips.
 */
import { levelsByRank } from './level-lookup.js';
import type { Ladder, LadderCellEntry } from './model.js';

const indent = (text: string, by: string): string => text.split('\n').join(`\n${by}`);

function entryLines(e: LadderCellEntry): string[] {
  const lines = [`- ${indent(e.summary, '  ')}${e.proficiency ? ` _(${e.proficiency})_` : ''}`];
  for (const x of e.examples) lines.push(`  - Example: ${indent(x, '    ')}`);
  for (const link of e.links ?? []) lines.push(`  - See [${link.label}](${link.url})`);
  return lines;
}

export function exportMarkdown(l: Ladder): string {
  const out = [`# ${l.name}`, ''];
  if (l.description) out.push(l.description, '');
  if (l.source?.title) out.push(`*Source: ${l.source.title}${l.source.url ? ` (${l.source.url})` : ''}${l.source.licence ? `, ${l.source.licence}` : ''}.*`, '');
  out.push(`Levels are ${l.cumulative ? 'cumulative: each includes the ones below it' : 'not cumulative'}.`, '');
  for (const level of levelsByRank(l)) {
    const track = level.track ? ` — ${level.track} track` : '';
    out.push(`## ${level.name} (\`${level.id}\`${track})`, '');
    if (level.description) out.push(level.description, '');
    for (const d of l.dimensions) {
      const cell = l.cells.find((c) => c.level === level.id && c.dimension === d.id);
      if (!cell || cell.entries.length === 0) continue;
      out.push(`### ${d.name}`, '', ...cell.entries.flatMap(entryLines), '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
