/**
 * Sentence spans, from the platform's own Unicode segmenter (Intl.Segmenter, in Node and every
 * browser) rather than a hand-written splitter: "e.g.", "Dr." and "3.5" do not end sentences.
 */
export interface Span {
  start: number;
  end: number;
  text: string;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

export function sentences(text: string): Span[] {
  const out: Span[] = [];
  for (const s of segmenter.segment(text)) {
    if (s.segment.trim() === '') continue;
    out.push({ start: s.index, end: s.index + s.segment.length, text: s.segment });
  }
  return out;
}

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A matcher for whole words or phrases (case-insensitive): "tone" matches "tone" and "Tone,"
 * but not "stone" or "tone-deaf"'s neighbour "milestone". Longer phrases win over their prefixes.
 */
export function phraseMatcher(phrases: readonly string[]): RegExp | null {
  if (phrases.length === 0) return null;
  const sorted = [...new Set(phrases.map((p) => p.toLowerCase()))].sort((a, b) => b.length - a.length);
  const body = sorted.map((p) => escape(p).replace(/\s+/g, '\\s+')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'giu');
}

export function* matches(pattern: RegExp | null, text: string, offset = 0): Generator<{ start: number; end: number; word: string }> {
  if (!pattern) return;
  for (const m of text.matchAll(pattern)) yield { start: offset + m.index, end: offset + m.index + m[0].length, word: m[0] };
}
