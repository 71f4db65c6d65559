/**
 * Control characters in text that came from data (a service name, a person's name, a line of an
 * imported file) must never reach a terminal or a query as themselves: `ESC ] 0 ; … BEL` retitles
 * the window, `ESC [ 2 J` clears the screen, a bidi override reorders what the reader sees, and a
 * NUL in a search matched every record. This is the one definition of "control character" that
 * the CLI's printers and the API's input checks share.
 *
 * Covered: C0 (U+0000–U+001F), DEL and C1 (U+007F–U+009F, which some terminals obey as 8-bit
 * escapes), and the invisible bidi controls (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069).
 */

const controls = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Everything above but line feed and tab, which a multi-line message may keep. */
const controlsButLayout = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** What JSON.stringify leaves raw (it escapes C0 itself). */
const rawInJson = /[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

const escapeChar = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

export function hasControlCharacters(text: string): boolean {
  return new RegExp(controls.source).test(text);
}

/** One line of output (a table cell, a name in a message): every control character shown as `\uXXXX`. */
export function safeLine(text: string): string {
  return text.replace(controls, escapeChar);
}

/** A message of several lines: line feeds and tabs kept, every other control shown as `\uXXXX`. */
export function safeText(text: string): string {
  return text.replace(controlsButLayout, escapeChar);
}

/** JSON text with the characters JSON.stringify leaves raw escaped too: still valid JSON, same value. */
export function safeJson(json: string): string {
  return json.replace(rawInJson, escapeChar);
}
