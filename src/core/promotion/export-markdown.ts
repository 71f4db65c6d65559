/**
 * A promotion case as Markdown: the coverage map first (what the committee reads first), then
 * each case file. Text people wrote is kept as written; nothing in the export is a score.
 */
import type { CaseView } from './case-view.js';

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const dates = (e: { from: number; to: number | null }): string => `${day(e.from)} – ${e.to === null ? 'ongoing' : day(e.to)}`;
const statusWord = { evidenced: 'evidenced', claimed: 'named, no evidence cited', uncovered: 'not covered' } as const;
/** Cell text: a pipe or a line break would end the table cell. */
const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const orNot = (s: string): string => (s.trim() === '' ? '_Not written yet._' : s.trim());

export function promotionCaseMarkdown(v: CaseView): string {
  const lines: string[] = [
    `# Promotion case: ${v.person.name} to ${v.target.name}`,
    '',
    `Cycle: ${v.cycle.name}. Ladder: ${v.ladder.name}, version ${v.ladder.version}. Current level: ${v.person.level ?? 'not set'}. Last changed ${day(v.updatedAt)}, written with the promotion-case template version ${v.templateVersion}.`,
    '',
    '## Coverage of the target level',
    '',
    `${v.coverage.covered} of ${v.coverage.total} dimensions evidenced.${v.coverage.missing.length > 0 ? ` Not yet evidenced: ${v.coverage.missing.map((d) => d.name).join(', ')}.` : ''}`,
    '',
    '| Dimension | Status | Examples | Evidence items | Quarters |',
    '|---|---|---|---|---|',
    ...v.coverage.dimensions.map((d) => `| ${cell(d.dimension.name)} | ${statusWord[d.status]} | ${d.examples.length} | ${d.evidence.length} | ${d.periods.join(', ') || '—'} |`),
    '',
    '## Repeated pattern',
    '',
    v.pattern.summary,
    '',
    '## Case files',
  ];
  if (v.examples.length === 0) lines.push('', '_No case files yet._');
  const names = new Map(v.targets.map((t) => [t.id, t.name]));
  v.examples.forEach((e, i) => {
    lines.push('', `### ${i + 1}. ${cell(e.problem.split('\n')[0]!)}`, '', `Dates: ${dates(e)}. Shows: ${e.dimensions.map((d) => names.get(d) ?? d).join(', ') || 'no dimension chosen'}.`, '');
    lines.push(`**Problem.** ${orNot(e.problem)}`, '', `**Scope.** ${orNot(e.scope)}`, '', `**Action.** ${orNot(e.action)}`, '', `**Result.** ${orNot(e.result)}`, '');
    lines.push(e.cited.length === 0 ? '_No evidence cited._' : `Evidence cited:\n${e.cited.map((c) => `- ${c.title} (${day(c.date)}, ${c.kind})`).join('\n')}`);
  });
  return `${lines.join('\n')}\n`;
}
