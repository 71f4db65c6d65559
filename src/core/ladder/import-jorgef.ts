/**
 * jorgef's engineering ladders (Markdown only). The README defines the axes (Technology, System,
 * People, Process, Influence), each with five named, cumulative steps (`1. **Adopts**: …` under
 * `## Technology` in `# Levels`). A ladder file (Developer.md, TechLead.md …) gives per level —
 * `## D1 - Developer 1` — one bullet per axis: `* **Adopts**: description`.
 *
 * Axes become dimensions and each bullet the entry of its axis, with the step as its proficiency.
 * The step names say which axis a bullet is on, so the README is needed; without it the bullets
 * are placed by position (axis-1 … axis-n) and the ladder says so in its source notes.
 */
import type { Tokens } from 'marked';
import { failed, slug, type LadderParse, type LadderProblem } from './import-result.js';
import type { LadderCell, LadderDimension, LadderLevel } from './model.js';
import { blockText, isHeading, labelled, markdownBlocks, type Block } from './markdown-blocks.js';

export interface JorgefAxis {
  dimension: LadderDimension;
  /** Step names in order (Adopts, Specializes …). */
  steps: string[];
}

/** The axes and their steps from the README. */
export function parseJorgefAxes(readme: string): JorgefAxis[] {
  const blocks = markdownBlocks(readme);
  const descriptions = new Map<string, string>();
  const axes: JorgefAxis[] = [];
  let section = '';
  let axis: JorgefAxis | undefined;
  for (const b of blocks) {
    if (isHeading(b, 1)) section = b.text.trim().toLowerCase();
    else if (isHeading(b, 2) && section === 'levels') {
      axis = { dimension: { id: slug(b.text), name: b.text.trim() }, steps: [] };
      axes.push(axis);
    } else if (b.type === 'list') {
      for (const item of (b as Tokens.List).items) {
        const l = labelled(item.text);
        if (l === undefined) continue;
        if (section === 'axes') descriptions.set(l.label.toLowerCase(), l.text);
        else if (section === 'levels' && axis) axis.steps.push(l.label);
      }
    }
  }
  for (const a of axes) {
    const d = descriptions.get(a.dimension.name.toLowerCase());
    if (d !== undefined) a.dimension.description = d;
  }
  return axes;
}

const levelHeading = /^([A-Za-z]+)(\d+)\s*[-–]\s*(.+)$/;

export function parseJorgefLadder(markdown: string, readme?: string): LadderParse {
  const axes = readme === undefined ? [] : parseJorgefAxes(readme);
  if (readme !== undefined && axes.length === 0) return failed({ field: 'README', message: 'no axes found (expected "# Levels" with "## Axis" sections listing "**Step**: …")' });
  const stepAxis = new Map<string, string>();
  for (const a of axes) for (const s of a.steps) stepAxis.set(s.toLowerCase(), a.dimension.id);

  const blocks = markdownBlocks(markdown);
  const title = blocks.find((b) => isHeading(b, 1));
  const levels: LadderLevel[] = [];
  const cells: LadderCell[] = [];
  const problems: LadderProblem[] = [];
  const positional: LadderDimension[] = [];
  let current: LadderLevel | undefined;
  for (const b of blocks) {
    if (isHeading(b, 1)) current = undefined;
    if (isHeading(b, 2)) {
      const m = levelHeading.exec(b.text.trim());
      current = m ? { id: `${m[1]}${m[2]}`.toLowerCase(), name: m[3]!.trim(), rank: Number(m[2]), aliases: [`${m[1]}${m[2]}`] } : undefined;
      if (current) levels.push(current);
    } else if (current && b.type === 'list') {
      (b as Tokens.List).items.forEach((item, position) => {
        const l = labelled(item.text);
        if (l === undefined || current === undefined) return;
        let dimension = stepAxis.get(l.label.toLowerCase());
        if (readme === undefined) {
          dimension = `axis-${position + 1}`;
          if (!positional.some((d) => d.id === dimension)) positional.push({ id: dimension, name: `Axis ${position + 1}` });
        }
        if (dimension === undefined) {
          problems.push({ line: (b as Block).line, field: current.id, message: `step "${l.label}" is on no axis of the README` });
          return;
        }
        const cell = cells.find((c) => c.level === current!.id && c.dimension === dimension);
        const entry = { summary: l.text, examples: [], proficiency: l.label };
        if (cell) cell.entries.push(entry);
        else cells.push({ level: current.id, dimension, entries: [entry] });
      });
    }
  }
  if (levels.length === 0) problems.push({ line: 1, message: 'no levels found (expected "## D1 - Developer 1" headings)' });
  if (problems.length > 0) return failed(...problems);
  const name = title && isHeading(title) ? title.text.trim() : 'Ladder';
  const intro = blocks.find((b) => b.type === 'paragraph');
  return {
    ok: true,
    ladder: {
      id: slug(name),
      name,
      ...(intro ? { description: blockText(intro) } : {}),
      cumulative: true,
      levels,
      dimensions: readme === undefined ? positional : axes.map((a) => a.dimension),
      cells,
      source: { format: 'jorgef-markdown', ...(readme === undefined ? { notes: 'imported without the README: axes placed by position' } : {}) },
    },
  };
}
