/**
 * Turning one parsed value into a canonical record, or into the problems that stop it.
 *
 * Canonical form is what the store keeps and export writes: times as UTC ISO strings with
 * milliseconds, defaults filled in. It is what makes export → import → export stable.
 */
import { recordSchema, type TrellisRecord } from './schemas.js';

export interface FieldProblem {
  field: string;
  message: string;
}

export type Validated = { ok: true; record: TrellisRecord } | { ok: false; problems: FieldProblem[] };

const kinds = new Set(recordSchema.options.map((o) => o.shape.kind.value));

export function validateRecord(value: unknown): Validated {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problems: [{ field: '(line)', message: 'must be a JSON object' }] };
  }
  const kind = (value as { kind?: unknown }).kind;
  if (typeof kind !== 'string' || !kinds.has(kind as TrellisRecord['kind'])) {
    const got = kind === undefined ? 'missing' : JSON.stringify(kind);
    return { ok: false, problems: [{ field: 'kind', message: `must be one of ${[...kinds].join(', ')} (got ${got})` }] };
  }
  const parsed = recordSchema.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => ({
        field: i.path.length > 0 ? i.path.join('.') : '(record)',
        message: i.code === 'unrecognized_keys' ? `unknown field${i.keys.length > 1 ? 's' : ''} ${i.keys.join(', ')}` : i.message,
      })),
    };
  }
  const record = canonicalRecord(parsed.data);
  const problems = consistencyProblems(record);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, record };
}

/** Rules that span fields, which a per-field schema cannot state. */
function consistencyProblems(r: TrellisRecord): FieldProblem[] {
  const p: FieldProblem[] = [];
  const before = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && a > b;
  switch (r.kind) {
    case 'team':
      if (r.parent === r.id) p.push({ field: 'parent', message: 'a team cannot be its own parent' });
      break;
    case 'person':
      if (r.manager === r.id) p.push({ field: 'manager', message: 'a person cannot be their own manager' });
      break;
    case 'incident':
      if (before(r.startedAt, r.resolvedAt)) p.push({ field: 'resolvedAt', message: 'must not be before startedAt' });
      if (before(r.startedAt, r.detectedAt)) p.push({ field: 'detectedAt', message: 'must not be before startedAt' });
      break;
    case 'page':
      if (before(r.at, r.resolvedAt)) p.push({ field: 'resolvedAt', message: 'must not be before at' });
      if (before(r.at, r.acknowledgedAt)) p.push({ field: 'acknowledgedAt', message: 'must not be before at' });
      break;
    case 'oncall_shift':
      if (r.end <= r.start) p.push({ field: 'end', message: 'must be after start' });
      break;
    case 'sli':
      if (r.good > r.total) p.push({ field: 'good', message: `must not exceed total (${r.total})` });
      break;
    case 'pull_request':
      for (const f of ['firstReviewAt', 'mergedAt', 'closedAt'] as const) {
        if (before(r.openedAt, r[f])) p.push({ field: f, message: 'must not be before openedAt' });
      }
      if (r.firstReviewer !== undefined && r.firstReviewAt === undefined) p.push({ field: 'firstReviewAt', message: 'is required when firstReviewer is given' });
      if (r.mergedBy !== undefined && r.mergedAt === undefined) p.push({ field: 'mergedAt', message: 'is required when mergedBy is given' });
      break;
    case 'deployment':
      if (r.changes && new Set(r.changes).size !== r.changes.length) {
        p.push({ field: 'changes', message: 'lists the same change more than once' });
      }
      break;
    default:
      break;
  }
  return p;
}

const wholeSecondsUtc = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;
const canonicalShape = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/** A canonical UTC time: the same instant always has the same text. */
export function canonicalTime(iso: string): string {
  // Exported files are already canonical; skipping the parse halves the cost of re-importing them.
  if (canonicalShape.test(iso)) return iso;
  if (wholeSecondsUtc.test(iso)) return `${iso.slice(0, 19)}.000Z`;
  return new Date(Date.parse(iso)).toISOString();
}

const timeFields = ['committedAt', 'authoredAt', 'mergedAt', 'finishedAt', 'startedAt', 'detectedAt', 'resolvedAt', 'at', 'acknowledgedAt', 'start', 'end', 'openedAt', 'firstReviewAt', 'closedAt'] as const;

export function canonicalRecord(r: TrellisRecord): TrellisRecord {
  const out: Record<string, unknown> = { ...r };
  for (const f of timeFields) {
    const v = out[f];
    if (typeof v === 'string') out[f] = canonicalTime(v);
  }
  if (r.kind === 'deployment') {
    out.environment = r.environment ?? 'production';
    out.status = r.status ?? 'success';
  }
  if (r.kind === 'person') out.active = r.active ?? true;
  if (r.kind === 'change') out.isMerge = r.isMerge ?? false;
  return out as TrellisRecord;
}
