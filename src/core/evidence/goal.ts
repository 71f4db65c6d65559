/**
 * Quarterly goals of a living document: a quarter ("2026-Q3"), what the person means to do, and
 * where it stands. Dropping a goal is a status, not a deletion — the history of what was planned
 * and let go is part of the conversation.
 */
import { z } from 'zod';
import { zodProblems } from './parse-item.js';
import type { Parsed } from './problems.js';

export const goalStatuses = ['not-started', 'on-track', 'at-risk', 'done', 'dropped'] as const;
export type GoalStatus = (typeof goalStatuses)[number];

export interface GoalDraft {
  quarter: string;
  text: string;
  status: GoalStatus;
}

export interface Goal extends GoalDraft {
  id: string;
  person: string;
  createdAt: number;
  updatedAt: number;
}

const quarterPattern = /^(\d{4})-Q([1-4])$/;

/** The quarter of an epoch-ms time, in UTC: "2026-Q3". */
export function quarterOf(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
}

/** [start, end) of a quarter in epoch ms (UTC), or null when the text is not a quarter. */
export function quarterRange(quarter: string): { from: number; to: number } | null {
  const m = quarterPattern.exec(quarter);
  if (!m) return null;
  const year = Number(m[1]);
  const q = Number(m[2]) - 1;
  return { from: Date.UTC(year, q * 3, 1), to: Date.UTC(year, q * 3 + 3, 1) };
}

/** Newest quarter first ("2026-Q4" before "2026-Q3"): the order a document shows them. */
export function compareQuartersDesc(a: string, b: string): number {
  return b.localeCompare(a);
}

const quarter = z.string().trim().regex(quarterPattern, 'must be a quarter like 2026-Q3');
const text = z.string().trim().min(1, 'must not be empty').max(1000, 'must be at most 1000 characters');
const status = z.enum(goalStatuses, { message: `must be one of ${goalStatuses.join(', ')}` });

const goalInput = z.strictObject({ quarter, text, status: status.default('not-started') });
const goalUpdate = z.strictObject({ quarter: quarter.optional(), text: text.optional(), status: status.optional() });

export function parseGoalInput(raw: unknown): Parsed<GoalDraft> {
  const r = goalInput.safeParse(raw);
  return r.success ? { ok: true, value: r.data } : { ok: false, problems: zodProblems(r.error) };
}

/** A partial change of a goal (its status, most often). */
export function parseGoalUpdate(raw: unknown): Parsed<Partial<GoalDraft>> {
  const r = goalUpdate.safeParse(raw);
  if (!r.success) return { ok: false, problems: zodProblems(r.error) };
  const out: Partial<GoalDraft> = {};
  if (r.data.quarter !== undefined) out.quarter = r.data.quarter;
  if (r.data.text !== undefined) out.text = r.data.text;
  if (r.data.status !== undefined) out.status = r.data.status;
  return { ok: true, value: out };
}
