/**
 * A YAML front-matter block (`---` … `---` at the top of a Markdown file), with the line the
 * YAML starts on so problems inside it point at the right line of the whole file.
 */
export interface FrontMatter {
  yaml: string;
  /** 1-based line of the first YAML line in the file. */
  firstLine: number;
  body: string;
}

export function splitFrontMatter(text: string): FrontMatter | undefined {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return undefined;
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) return undefined;
  return { yaml: lines.slice(1, end).join('\n'), firstLine: 2, body: lines.slice(end + 1).join('\n') };
}
