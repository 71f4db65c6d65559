/**
 * Markdown as a list of top-level blocks (marked's lexer), each with the line it starts on, so the
 * Markdown importers can read headings, paragraphs and lists without hand-rolling a parser and
 * still point at lines when something is missing.
 */
import { lexer, type Token, type Tokens } from 'marked';

export type Block = Token & { line: number };

export function markdownBlocks(text: string): Block[] {
  const src = text.replace(/\r\n?/g, '\n');
  const tokens = lexer(src);
  const blocks: Block[] = [];
  let offset = 0;
  let line = 1;
  for (const t of tokens) {
    // marked's raw texts concatenate to the source; find each from where the last ended to be safe.
    const at = src.indexOf(t.raw, offset);
    if (at >= 0) {
      line += countNewlines(src, offset, at);
      offset = at;
    }
    blocks.push({ ...t, line } as Block);
    line += countNewlines(src, offset, offset + t.raw.length);
    offset += t.raw.length;
  }
  return blocks;
}

function countNewlines(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}

export const isHeading = (b: Token, depth?: number): b is Tokens.Heading & { line: number } => b.type === 'heading' && (depth === undefined || (b as Tokens.Heading).depth === depth);

/** A list item or paragraph `**Label**: text` → its label and text, else undefined. */
export function labelled(text: string): { label: string; text: string } | undefined {
  const m = /^\s*\*\*([^*]+)\*\*\s*:\s*([\s\S]*)$/.exec(text);
  return m ? { label: m[1]!.trim(), text: m[2]!.trim() } : undefined;
}

/** Plain text of a block for storing: Markdown kept as written, surrounding space trimmed. */
export const blockText = (b: Token): string => ('text' in b && typeof b.text === 'string' ? b.text : b.raw).trim();
