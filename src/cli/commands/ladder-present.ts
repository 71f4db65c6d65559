/** Human-readable output of the ladder commands (stdout); --json output is the use cases' values. */
import type { LadderVersionDiff } from '../../core/ladder/diff-versions.js';
import { levelsByRank } from '../../core/ladder/level-lookup.js';
import type { LadderCellEntry } from '../../core/ladder/model.js';
import type { LevelDiffView } from '../../app/ladders/diff-ladders.js';
import type { LadderView } from '../../app/ladders/read-ladders.js';

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());
const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function showText(v: LadderView): string {
  const l = v.ladder;
  const state = v.publishedAt === null ? 'draft' : `published ${iso(v.publishedAt)!.slice(0, 10)}`;
  const lines = [`${l.name} (${l.id}) — version ${v.version}, ${state}`, `${l.levels.length} levels × ${l.dimensions.length} dimensions, ${l.cells.length} cells${l.cumulative ? '; levels are cumulative' : ''}`, ''];
  lines.push('Levels:');
  for (const x of levelsByRank(l)) lines.push(`  ${String(x.rank).padStart(2)}  ${x.id.padEnd(16)} ${x.name}${x.track ? ` [${x.track}]` : ''}${x.aliases?.length ? ` (also ${x.aliases.join(', ')})` : ''}`);
  lines.push('', 'Dimensions:');
  for (const d of l.dimensions) lines.push(`  ${d.id.padEnd(32)} ${d.name}`);
  if (v.vagueCells.length > 0) {
    lines.push('', `Vague words in ${v.vagueCells.length} place(s) — describe behaviour instead:`);
    for (const f of v.vagueCells.slice(0, 10)) lines.push(`  ${f.level} × ${f.dimension}: "${f.word}"`);
  }
  lines.push('', 'Show a level step with `trellis ladder diff FROM TO`; the whole ladder with `trellis ladder export --format markdown`.');
  return lines.join('\n');
}

const bullet = (e: LadderCellEntry, mark: string): string => `    ${mark} ${oneLine(e.summary)}${e.proficiency ? ` (${e.proficiency})` : ''}`;

export function levelDiffText(d: LevelDiffView): string {
  const lines = [`From ${d.from.name} (${d.from.id}) to ${d.to.name} (${d.to.id})${d.adjacent ? '' : ' — not adjacent levels'}`, ''];
  for (const s of d.dimensions) {
    lines.push(`${s.dimension.name}:`);
    if (s.added.length === 0 && s.notRepeated.length === 0) {
      lines.push('    (no change)');
      continue;
    }
    for (const e of s.added) lines.push(bullet(e, '+'));
    for (const e of s.notRepeated) lines.push(bullet(e, d.cumulative ? '=' : '-'));
  }
  lines.push('', d.cumulative ? '+ new at the higher level   = at the lower level, still expected (the ladder is cumulative)' : '+ new at the higher level   - listed at the lower level only');
  return lines.join('\n');
}

export function versionDiffText(id: string, from: number, to: number, d: LadderVersionDiff): string {
  if (d.same) return `${id}: versions ${from} and ${to} are the same.`;
  const lines = [`${id}: version ${from} → ${to}`];
  if (d.name) lines.push(`  name: ${d.name.from} → ${d.name.to}`);
  if (d.cumulative) lines.push(`  cumulative: ${d.cumulative.from} → ${d.cumulative.to}`);
  for (const [what, delta] of [['level', d.levels], ['dimension', d.dimensions]] as const) {
    for (const x of delta.added) lines.push(`  + ${what} ${x.id} (${x.name})`);
    for (const x of delta.removed) lines.push(`  - ${what} ${x.id} (${x.name})`);
    for (const x of delta.changed) lines.push(`  ~ ${what} ${x.id}`);
  }
  for (const c of d.cells.added) lines.push(`  + cell ${c.level} × ${c.dimension} (${c.entries.length} entries)`);
  for (const c of d.cells.removed) lines.push(`  - cell ${c.level} × ${c.dimension}`);
  for (const c of d.cells.changed) {
    lines.push(`  ~ cell ${c.level} × ${c.dimension}`);
    for (const e of c.added) lines.push(bullet(e, '+'));
    for (const e of c.removed) lines.push(bullet(e, '-'));
  }
  return lines.join('\n');
}
