/**
 * CSV carries the same field names as JSON Lines, but every cell is text. This turns a row into
 * the value the JSON path would have produced, so both formats share one schema.
 *
 * Empty cells mean "absent" (CSV cannot tell null from ""), booleans are true/false (also 1/0,
 * yes/no), lists (`changes`, `participants`) are `;`-separated or a JSON array.
 */
const booleanFields = new Set(['isMerge', 'actionable', 'active']);
const integerFields = new Set(['good', 'total']);
const listFields = new Set(['changes', 'participants']);

export interface CellProblem {
  field: string;
  message: string;
}

export function csvRowToValue(row: Record<string, string>): { value: Record<string, unknown>; problems: CellProblem[] } {
  const value: Record<string, unknown> = {};
  const problems: CellProblem[] = [];
  for (const [field, raw] of Object.entries(row)) {
    const cell = raw.trim();
    if (cell === '') continue;
    if (booleanFields.has(field)) {
      const b = parseBoolean(cell);
      if (b === undefined) problems.push({ field, message: `must be true or false (got "${cell}")` });
      else value[field] = b;
    } else if (integerFields.has(field)) {
      if (!/^-?\d+$/.test(cell)) problems.push({ field, message: `must be a whole number (got "${cell}")` });
      else value[field] = Number(cell);
    } else if (listFields.has(field)) {
      const list = parseList(cell);
      if (list === undefined) problems.push({ field, message: 'must be a ;-separated list or a JSON array of strings' });
      else value[field] = list;
    } else {
      value[field] = cell;
    }
  }
  return { value, problems };
}

function parseBoolean(cell: string): boolean | undefined {
  const c = cell.toLowerCase();
  if (c === 'true' || c === '1' || c === 'yes') return true;
  if (c === 'false' || c === '0' || c === 'no') return false;
  return undefined;
}

function parseList(cell: string): string[] | undefined {
  if (cell.startsWith('[')) {
    try {
      const v: unknown = JSON.parse(cell);
      return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : undefined;
    } catch {
      return undefined;
    }
  }
  return cell.split(';').map((s) => s.trim()).filter((s) => s !== '');
}
