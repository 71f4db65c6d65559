/**
 * One entry point for every ladder file Trellis accepts: it recognises the format from the file
 * name and content (or takes it from the caller), runs that importer and names the file in every
 * problem. Formats: native YAML, FT YAML, Monzo Markdown with front matter, jorgef Markdown,
 * Postman narrative Markdown.
 */
import { parse as parseYamlValue } from 'yaml';
import { splitFrontMatter } from './front-matter.js';
import { parseFtYaml } from './import-ft.js';
import { parseJorgefLadder } from './import-jorgef.js';
import { parseMonzoMarkdown } from './import-monzo.js';
import { parsePostmanMarkdown } from './import-postman.js';
import type { LadderParse, LadderProblem } from './import-result.js';
import { nativeFormat, parseNativeYaml } from './native.js';

import { ladderFormats, type LadderFormat } from './ladder-formats.js';

export { ladderFormats, type LadderFormat };

export interface ParseLadderOptions {
  format?: LadderFormat;
  /** Use this ladder id instead of the one the file gives or its name suggests. */
  id?: string;
  /** jorgef's README.md (the axes and their steps), for a jorgef ladder file. */
  jorgefReadme?: string;
}

export type LadderFileProblem = LadderProblem & { file: string };
export type LadderFileParse = { ok: true; ladder: import('./model.js').Ladder; format: LadderFormat } | { ok: false; problems: LadderFileProblem[] };

function yamlKeys(text: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = parseYamlValue(text);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The format of a ladder file, or undefined when it is none Trellis knows. */
export function detectLadderFormat(text: string, fileName: string): LadderFormat | undefined {
  const isYamlName = /\.ya?ml$/i.test(fileName);
  if (isYamlName || !/\.(md|markdown)$/i.test(fileName)) {
    const keys = yamlKeys(text);
    if (keys && typeof keys.format === 'string' && keys.format.startsWith('trellis-ladder/')) return 'native';
    if (keys && 'competencies' in keys && 'levels' in keys) return 'ft-yaml';
    if (isYamlName) return undefined;
  }
  const fm = splitFrontMatter(text);
  if (fm && /^topics\s*:/m.test(fm.yaml)) return 'monzo-markdown';
  if (/^##\s+[A-Za-z]+\d+\s*[-–]/m.test(text) && /^\s*[*-]\s+\*\*[^*]+\*\*\s*:/m.test(text)) return 'jorgef-markdown';
  if (/^#\s+\S/m.test(text)) return 'postman-markdown';
  return undefined;
}

function run(format: LadderFormat, text: string, fileName: string, o: ParseLadderOptions): LadderParse {
  switch (format) {
    case 'native':
      return parseNativeYaml(text);
    case 'ft-yaml':
      return parseFtYaml(text);
    case 'monzo-markdown':
      return parseMonzoMarkdown(text);
    case 'jorgef-markdown':
      return parseJorgefLadder(text, o.jorgefReadme);
    case 'postman-markdown':
      return parsePostmanMarkdown(text, fileName.split(/[\\/]/).pop());
  }
}

export function parseLadder(text: string, fileName: string, options: ParseLadderOptions = {}): LadderFileParse {
  const format = options.format ?? detectLadderFormat(text, fileName);
  if (format === undefined) {
    return { ok: false, problems: [{ file: fileName, message: `not a ladder format Trellis knows (${ladderFormats.join(', ')}; native YAML starts with "format: ${nativeFormat}")` }] };
  }
  const r = run(format, text, fileName, options);
  if (!r.ok) return { ok: false, problems: r.problems.map((p) => ({ file: fileName, ...p })) };
  return { ok: true, format, ladder: options.id === undefined ? r.ladder : { ...r.ladder, id: options.id } };
}
