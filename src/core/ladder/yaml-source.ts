/**
 * YAML text with its line numbers kept: importers validate the plain value, then ask where a
 * bad field sits so the problem can say `line 42: competencies[3].proficiency: …`.
 */
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { LadderProblem } from './import-result.js';

export interface YamlSource {
  value: unknown;
  /** The 1-based line of the node at `path`, or of its nearest existing parent. */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

export function readYaml(text: string, firstLine = 1): { ok: true; source: YamlSource } | { ok: false; problems: LadderProblem[] } {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({ line: lineCounter.linePos(e.pos[0]).line + firstLine - 1, message: `not valid YAML: ${e.message.split('\n')[0]}` })),
    };
  }
  const lineOf = (path: readonly (string | number)[]): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node: unknown = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + firstLine - 1;
    }
    return undefined;
  };
  return { ok: true, source: { value: doc.toJS({ maxAliasCount: 100 }) as unknown, lineOf } };
}

/** A problem at `path`, with its line when the path can be found. */
export function problemAt(source: YamlSource, path: readonly (string | number)[], field: string, message: string): LadderProblem {
  const line = source.lineOf(path);
  return line === undefined ? { field, message } : { line, field, message };
}
