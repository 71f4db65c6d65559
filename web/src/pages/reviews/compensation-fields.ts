/**
 * Compensation fields as the form edits them: free-form name/value pairs (`proposedBand: L5`,
 * `adjustment: 0.04`). A field that held a number or yes/no keeps its type when the text still
 * reads as one; everything else is sent as written, and an emptied value as null.
 */
import type { Schemas } from '../../api/openapi.gen';

export type Compensation = Schemas['Compensation'];
export type CompensationRow = Schemas['CompensationRow'];
export type FieldValue = Compensation['fields'][string];

export interface FieldDraft {
  name: string;
  value: string;
}

/** The fields a new proposal starts with. */
/** `increase` is the number the cycle's budget is spent by (in the budget's currency). */
export const suggestedFields = ['proposedBand', 'increase'];

export const showValue = (v: FieldValue): string => (v === null ? '' : v === true ? 'yes' : v === false ? 'no' : String(v));

export function draftsOf(c: Compensation | null): FieldDraft[] {
  const entries = Object.entries(c?.fields ?? {});
  if (entries.length === 0) return suggestedFields.map((name) => ({ name, value: '' }));
  return entries.map(([name, v]) => ({ name, value: showValue(v) }));
}

function valueOf(text: string, before: FieldValue | undefined, name: string): FieldValue {
  const t = text.trim();
  if (t === '') return null;
  // The budget adds up `increase`: it is a number whenever it reads as one.
  if ((typeof before === 'number' || name === 'increase') && /^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  if (typeof before === 'boolean' && /^(yes|no|true|false)$/i.test(t)) return /^(yes|true)$/i.test(t);
  return text;
}

/** The API's fields from the drafts: rows with no name are left out. */
export function fieldsOf(drafts: readonly FieldDraft[], before: Compensation | null): Compensation['fields'] {
  const fields: Compensation['fields'] = {};
  for (const d of drafts) {
    const name = d.name.trim();
    if (name) fields[name] = valueOf(d.value, before?.fields[name], name);
  }
  return fields;
}
