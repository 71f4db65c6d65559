/**
 * CSV for people to open in a spreadsheet: quoting by csv-stringify (never by hand), a header
 * row, CRLF line ends (RFC 4180), and cells that a spreadsheet would run as a formula (starting
 * with =, +, -, @, tab or carriage return) prefixed with an apostrophe — a name imported as
 * `=HYPERLINK(…)` must stay text in the reviewer's spreadsheet.
 */
import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number | boolean | null;

const formulaStart = /^[=+\-@\t\r]/;

/** A cell as text; numbers stay numbers (a negative number is not a formula). */
export function csvCell(v: CsvCell): string | number {
  if (v === null) return '';
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return formulaStart.test(v) ? `'${v}` : v;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return stringify([header.map((h) => csvCell(h)), ...rows.map((r) => r.map(csvCell))], { record_delimiter: 'windows' });
}
