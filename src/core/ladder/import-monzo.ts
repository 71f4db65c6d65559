/**
 * Monzo's progression-framework Markdown: a YAML front matter with `levels: N` and `topics[]`,
 * each topic holding per level `criteria[]` and `exampleCriteria[] {criteria, examples[]}`, then
 * free prose. Topics become dimensions, levels are numbered 1..N, and a topic without an entry at
 * a level leaves that cell empty (Monzo's cells are sparse). The prose is kept as the description.
 */
import { z } from 'zod';
import { splitFrontMatter } from './front-matter.js';
import { failed, slug, type LadderParse } from './import-result.js';
import type { LadderCell, LadderCellEntry } from './model.js';
import { problemAt, readYaml } from './yaml-source.js';
import { zodProblems } from './zod-problems.js';

const text = z.string().min(1);
const frontMatterSchema = z.object({
  title: z.string().min(1),
  levels: z.number().int().min(1).max(50),
  topics: z
    .array(
      z.object({
        name: text,
        title: z.string().nullish(),
        content: z.array(
          z.object({
            level: z.number().int().min(1),
            criteria: z.array(text).nullish(),
            exampleCriteria: z.array(z.object({ criteria: text, examples: z.array(text).nullish() })).nullish(),
          }),
        ),
      }),
    )
    .min(1),
});

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export function parseMonzoMarkdown(markdown: string): LadderParse {
  const fm = splitFrontMatter(markdown);
  if (fm === undefined) return failed({ line: 1, message: 'expected a YAML front matter block (--- … ---) at the top' });
  const read = readYaml(fm.yaml, fm.firstLine);
  if (!read.ok) return failed(...read.problems);
  const parsed = frontMatterSchema.safeParse(read.source.value);
  if (!parsed.success) return failed(...zodProblems(read.source, parsed.error));
  const f = parsed.data;

  const cells: LadderCell[] = [];
  const problems = [];
  for (const [t, topic] of f.topics.entries()) {
    for (const [c, content] of topic.content.entries()) {
      if (content.level > f.levels) {
        problems.push(problemAt(read.source, ['topics', t, 'content', c, 'level'], `topics[${t}].content[${c}].level`, `is ${content.level}, above levels: ${f.levels}`));
        continue;
      }
      const entries: LadderCellEntry[] = [
        ...(content.criteria ?? []).map((summary) => ({ summary, examples: [] })),
        ...(content.exampleCriteria ?? []).map((e) => ({ summary: e.criteria, examples: e.examples ?? [] })),
      ];
      if (entries.length > 0) cells.push({ level: `level-${content.level}`, dimension: slug(topic.name), entries });
    }
  }
  if (problems.length > 0) return failed(...problems);
  const name = f.title.replace(/^[^\p{L}\p{N}]+/u, '').trim() || f.title;
  const prose = fm.body.trim();
  return {
    ok: true,
    ladder: {
      id: slug(name),
      name,
      ...(prose === '' ? {} : { description: prose }),
      cumulative: true,
      levels: Array.from({ length: f.levels }, (_, i) => ({ id: `level-${i + 1}`, name: `Level ${i + 1}`, rank: i + 1, aliases: [`L${i + 1}`, String(i + 1)] })),
      dimensions: f.topics.map((t) => ({ id: slug(t.name), name: t.title?.trim() || capitalise(t.name) })),
      cells,
      source: { format: 'monzo-markdown' },
    },
  };
}
