/**
 * OpenSLO YAML text → objects with their places. Uses the `yaml` package (YAML 1.2 core
 * schema): js-yaml would turn a calendar `startTime: 2022-01-01 12:00:00` into a UTC date and
 * lose the window's time zone. A document may be one object or a list of objects.
 */
import { isSeq, LineCounter, parseAllDocuments, type Document } from 'yaml';
import type { RawObject } from '../../core/openslo/document.js';

export interface YamlProblem {
  file: string;
  line?: number;
  message: string;
}

export interface ReadFile {
  objects: RawObject[];
  problems: YamlProblem[];
}

export function readOpenSloText(file: string, text: string): ReadFile {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems: YamlProblem[] = [];
  const objects: RawObject[] = [];
  const list = Array.isArray(docs) ? docs : [docs];
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
  for (const doc of list as Document.Parsed[]) {
    for (const e of doc.errors) problems.push({ file, line: lineAt(e.pos[0]), message: `not valid YAML: ${e.message.split('\n')[0]}` });
    if (doc.errors.length > 0) continue;
    if (doc.contents === null) continue; // an empty document, e.g. a trailing `---`
    const value = doc.toJS({ maxAliasCount: 100 }) as unknown;
    const lineOfPath = (prefix: (string | number)[]) => (path: readonly (string | number)[]) => {
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn([...prefix, ...path.slice(0, n)], true) as { range?: [number, number, number] } | undefined;
        if (node && typeof node === 'object' && node.range) return lineAt(node.range[0]);
      }
      return undefined;
    };
    if (isSeq(doc.contents)) {
      doc.contents.items.forEach((item, i) => {
        const range = (item as { range?: [number, number, number] }).range;
        objects.push({ file, index: objects.length + 1, line: lineAt(range?.[0]), value: (value as unknown[])[i], lineOf: lineOfPath([i]) });
      });
    } else {
      const range = (doc.contents as { range?: [number, number, number] }).range;
      objects.push({ file, index: objects.length + 1, line: lineAt(range?.[0]), value, lineOf: lineOfPath([]) });
    }
  }
  if (objects.length === 0 && problems.length === 0) problems.push({ file, message: 'holds no OpenSLO object' });
  return { objects, problems };
}
