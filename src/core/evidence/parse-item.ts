/**
 * Checking an evidence item as a person wrote it (web form, API, seed) and turning it into an
 * `EvidenceDraft`. Every problem names its field ("links.1.url: must be an http(s) URL"), so the
 * form can point at it; all problems are reported at once, not the first one only.
 */
import { z } from 'zod';
import { DEFAULT_OUTCOME_METRIC, DEFAULT_OUTCOME_WINDOW_DAYS, outcomeMetrics, outcomeTargets, type EvidenceDraft, type OutcomeLink } from './item.js';
import { evidenceKinds } from './kinds.js';
import type { FieldProblem, Parsed } from './problems.js';
import { parseWhen, whenMessage } from './when.js';

const id = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const when = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const ms = parseWhen(v);
  if (ms === null) ctx.addIssue({ code: 'custom', message: whenMessage });
  return ms ?? 0;
});

/** Only web links: a `javascript:` or `file:` URL in a shared document would be a trap for its readers. */
const url = z
  .string()
  .trim()
  .max(2000, 'must be at most 2000 characters')
  .refine((u) => {
    try {
      const parsed = new URL(u);
      return parsed.protocol === 'https:' || parsed.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'must be an http(s) URL, e.g. https://git.example/pr/42');

export const outcomeLinkSchema = z.strictObject({
  target: z.enum(outcomeTargets, { message: `must be one of ${outcomeTargets.join(', ')}` }),
  id,
  at: when,
  windowDays: z
    .number({ message: 'must be a whole number of days' })
    .int('must be a whole number of days')
    .min(7, 'must be 7 to 365 days')
    .max(365, 'must be 7 to 365 days')
    .default(DEFAULT_OUTCOME_WINDOW_DAYS),
  metric: z.enum(outcomeMetrics, { message: `must be one of ${outcomeMetrics.join(', ')}` }).optional(),
});

export const evidenceInputSchema = z.strictObject({
  title: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  date: when,
  kind: z.enum(evidenceKinds, { message: `must be one of ${evidenceKinds.join(', ')}` }),
  signals: z.array(id).max(10, 'at most 10 signals').default([]),
  dimensions: z.array(id).max(20, 'at most 20 dimensions').default([]),
  links: z
    .array(z.strictObject({ url, label: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters') }))
    .max(20, 'at most 20 links')
    .default([]),
  notes: z.string().max(5000, 'must be at most 5000 characters').default(''),
  outcome: outcomeLinkSchema.nullable().default(null),
});

export interface ParseEvidenceOptions {
  /** Signal ids of the rubric in use: anything else is refused. Absent: any id. */
  knownSignals?: readonly string[];
  /** Dimension ids of the published ladder. Absent (no ladder yet): any id. */
  knownDimensions?: readonly string[];
}

export function zodProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((i) => ({ field: i.path.map(String).join('.') || 'item', message: i.message }));
}

export function parseEvidenceInput(raw: unknown, options: ParseEvidenceOptions = {}): Parsed<EvidenceDraft> {
  const result = evidenceInputSchema.safeParse(raw);
  if (!result.success) return { ok: false, problems: zodProblems(result.error) };
  const v = result.data;
  const problems = [...unknownIds('signals', v.signals, options.knownSignals, 'signal'), ...unknownIds('dimensions', v.dimensions, options.knownDimensions, 'ladder dimension')];
  if (problems.length > 0) return { ok: false, problems };
  const outcomeLink = v.outcome === null ? null : toLink(v.outcome);
  return {
    ok: true,
    value: { title: v.title, date: v.date, kind: v.kind, signals: dedupe(v.signals), dimensions: dedupe(v.dimensions), links: v.links, notes: v.notes.trim(), outcome: outcomeLink },
  };
}

function toLink(o: z.output<typeof outcomeLinkSchema>): OutcomeLink {
  // A delivery link always stores its figure: chosen now, not later by whichever figure looks best.
  const metric = o.metric ?? (o.target === 'slo' ? undefined : DEFAULT_OUTCOME_METRIC);
  return { target: o.target, id: o.id, at: o.at, windowDays: o.windowDays, ...(metric ? { metric } : {}) };
}

/** An outcome link on its own (the preview of a link before the item is saved). */
export function parseOutcomeLink(raw: unknown): Parsed<OutcomeLink> {
  const r = outcomeLinkSchema.safeParse(raw);
  return r.success ? { ok: true, value: toLink(r.data) } : { ok: false, problems: zodProblems(r.error) };
}

function unknownIds(field: string, ids: readonly string[], known: readonly string[] | undefined, what: string): FieldProblem[] {
  if (known === undefined) return [];
  const set = new Set(known);
  return ids.flatMap((value, i) => (set.has(value) ? [] : [{ field: `${field}.${i}`, message: `"${value}" is not a ${what}; known: ${known.join(', ')}` }]));
}

const dedupe = (xs: readonly string[]): string[] => [...new Set(xs)];
