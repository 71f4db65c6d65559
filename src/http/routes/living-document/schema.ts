/**
 * Schemas of the living-document routes. Request bodies are typed loosely here (shapes and
 * enums) and checked field by field by the use case (src/core/evidence), so the API, the web form
 * and the demo seed share one set of rules and messages.
 */
import { z } from 'zod';
import { evidenceKinds, goalStatuses, outcomeMetrics, outcomeTargets } from '../../../core/evidence/index.js';
import { deliveryComparison } from '../delivery/schema.js';
import { count, errorBody, idParams, signedInErrors } from '../../schemas.js';
import { sloOutcomeSchema } from './slo-outcome-schema.js';

const iso = z.string().describe('ISO 8601, UTC');
const when = z.union([z.string(), z.number()]).describe('A day (2026-05-05), an ISO time with an offset, or epoch ms');

const link = z.object({ url: z.string(), label: z.string() });

export const outcomeLinkInput = z
  .object({
    target: z.enum(outcomeTargets),
    id: z.string(),
    at: when,
    windowDays: z.number().int().optional().describe('Days each side, 7 to 365 (default 90)'),
    metric: z.enum(outcomeMetrics).optional().describe('The figure the outcome is judged by, chosen now and stored (default for service and team links: changeFailureRate)'),
  })
  .describe('An outcome link: the service, team or SLO the work changed, and when');

export const evidenceInput = z
  .object({
    title: z.string(),
    date: when,
    kind: z.enum(evidenceKinds),
    signals: z.array(z.string()).optional(),
    dimensions: z.array(z.string()).optional(),
    links: z.array(link).optional(),
    notes: z.string().optional(),
    outcome: outcomeLinkInput.nullable().optional(),
  })
  .describe('An evidence item as written by its author');

export const outcomeView = z
  .object({
    link: z.object({ target: z.enum(outcomeTargets), id: z.string(), at: iso, windowDays: count, metric: z.enum(outcomeMetrics).nullable() }),
    status: z.enum(['figures', 'no-figures', 'not-found']),
    message: z.string().nullable().describe('Why there are no figures (the service, team or SLO no longer exists)'),
    scope: z.object({ kind: z.enum(['service', 'team', 'slo']), id: z.string(), name: z.string() }).nullable(),
    headline: z.enum(outcomeMetrics).nullable().describe('The figure chosen when the link was made; the others are secondary'),
    metrics: deliveryComparison.shape.metrics.nullable(),
    comparison: z
      .object({
        windowDays: count,
        requestedWindowDays: count,
        dataEnd: iso.nullable(),
        failureLagDays: count,
        notes: z.array(z.string()),
      })
      .nullable()
      .describe('The window actually compared and its caveats; the same as the delivery page shows for this moment'),
    slo: sloOutcomeSchema.nullable().describe('An SLO link: burn and SLI before/after with burn attribution; null for service and team links'),
  })
  .meta({ id: 'EvidenceOutcome', description: 'Service or team delivery, or an SLO, before and after the work: context, never a personal score.' });

export const evidenceView = z
  .object({
    id: z.string(),
    person: z.string(),
    title: z.string(),
    date: z.string().describe('ISO day'),
    kind: z.enum(evidenceKinds),
    signals: z.array(z.string()),
    dimensions: z.array(z.string()),
    links: z.array(link),
    notes: z.string(),
    label: z.enum(['outcome', 'activity']),
    outcome: outcomeView.nullable(),
    createdAt: iso,
    updatedAt: iso,
  })
  .meta({ id: 'EvidenceItem' });

export const goalView = z
  .object({ id: z.string(), quarter: z.string(), text: z.string(), status: z.enum(goalStatuses), createdAt: iso, updatedAt: iso })
  .meta({ id: 'Goal' });

export const growthNoteView = z
  .object({ id: z.string(), author: z.object({ account: z.string().nullable(), name: z.string() }), text: z.string(), shared: z.boolean(), createdAt: iso, signal: z.string().nullable() })
  .meta({ id: 'GrowthNote' });

const levelRef = z.object({ id: z.string(), name: z.string() });
const coverage = z.object({ dimension: levelRef, expected: z.array(z.string()), evidence: count });

const kindCounts = z.object(Object.fromEntries(evidenceKinds.map((k) => [k, count])) as Record<(typeof evidenceKinds)[number], typeof count>);

export const livingDocument = z
  .object({
    person: z.object({ id: z.string(), name: z.string(), team: z.string().nullable(), manager: z.string().nullable(), level: z.string().nullable(), track: z.string().nullable() }),
    goals: z.array(goalView),
    evidence: z.array(evidenceView).describe('One page of the evidence, newest first (see evidencePage)'),
    evidencePage: z
      .object({ total: count, offset: count, limit: count, withOutcome: count })
      .describe('All items of the document, where this page starts, its requested size (a page of unusually long items may stop earlier), and how many items have an outcome link'),
    growthNotes: z.object({ visible: z.boolean(), reason: z.string().optional(), items: z.array(growthNoteView) }),
    oneOnOnes: z
      .object({
        visible: z.boolean(),
        reason: z.string().optional(),
        items: z.array(z.object({ meeting: z.string(), heldOn: z.string(), manager: z.object({ id: z.string(), name: z.string() }), text: z.string() })),
      })
      .describe('Notes shared with the person in their 1:1s, newest first (at most 20), read-only; private notes never appear here'),
    ladder: z.object({
      status: z.enum(['placed', 'no-ladder', 'level-unknown']),
      message: z.string().nullable(),
      version: z.number().int().nullable(),
      position: z
        .object({ ladder: levelRef, current: levelRef.nullable(), next: levelRef.nullable(), dimensions: z.array(coverage), gaps: z.array(coverage) })
        .nullable(),
    }),
    mayChange: z
      .object({ document: z.boolean().describe('Goals and evidence'), growthNotes: z.boolean().describe('Growth notes: the manager line, never the person') })
      .describe('What you may change here, from the access policy'),
    fairness: z.object({
      period: z.object({ from: iso, to: iso }),
      recency: z.object({ flagged: z.boolean(), cited: count, recent: count, weeks: count, recentFrom: iso }),
      activity: z.object({ items: z.array(z.object({ id: z.string(), title: z.string(), kind: z.enum(evidenceKinds) })), total: count }),
      prevention: z.object({ byKind: kindCounts, prevention: count, firefighting: count, preventionWithOutcome: count, prompt: z.string().nullable() }),
      flags: z.array(z.object({ check: z.enum(['recency', 'activity-not-outcome', 'prevention-counted']), message: z.string() })),
    }),
  })
  .meta({ id: 'LivingDocument' });

const instant = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 time with an offset' }).optional();
export const documentQuery = z.object({
  from: instant.describe('Start of the period the fairness checks look at (default: a year before `to`)'),
  to: instant.describe('End of the period, exclusive (default: now)'),
  evidenceLimit: z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(1, 'must be between 1 and 200').max(200, 'must be between 1 and 200').optional().describe('Evidence items per page (default 50)'),
  evidenceOffset: z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(0, 'must not be negative').optional().describe('Position of the first item of the page, newest first (default 0)'),
});

const evidenceParams = idParams.extend({ evidenceId: z.string().min(1).max(200) });
const goalParams = idParams.extend({ goalId: z.string().min(1).max(200) });
const errors = { ...signedInErrors, 404: errorBody };

export const readDocumentSchema = {
  summary: 'A person’s living document: goals, evidence with outcomes, growth notes, ladder gaps and fairness checks',
  tags: ['living-document'],
  params: idParams,
  querystring: documentQuery,
  response: { 200: livingDocument, ...errors },
};
export const addEvidenceSchema = { summary: 'Add an evidence item', tags: ['living-document'], params: idParams, body: evidenceInput, response: { 201: evidenceView, ...errors } };
export const updateEvidenceSchema = { summary: 'Replace an evidence item', tags: ['living-document'], params: evidenceParams, body: evidenceInput, response: { 200: evidenceView, ...errors } };
export const deleteEvidenceSchema = { summary: 'Delete an evidence item', tags: ['living-document'], params: evidenceParams, response: { 204: z.null(), ...errors } };
export const addGoalSchema = {
  summary: 'Add a quarterly goal',
  tags: ['living-document'],
  params: idParams,
  body: z.object({ quarter: z.string(), text: z.string(), status: z.enum(goalStatuses).optional() }),
  response: { 201: goalView, ...errors },
};
export const updateGoalSchema = {
  summary: 'Change a goal (its status, most often)',
  tags: ['living-document'],
  params: goalParams,
  body: z.object({ quarter: z.string().optional(), text: z.string().optional(), status: z.enum(goalStatuses).optional() }),
  response: { 200: goalView, ...errors },
};
export const listGrowthNotesSchema = {
  summary: 'Growth notes about a person (never readable by compensation reviewers)',
  tags: ['living-document'],
  params: idParams,
  response: { 200: z.object({ items: z.array(growthNoteView) }), ...errors },
};
export const addGrowthNoteSchema = {
  summary: 'Write a growth note (shared with the person, or a draft only its author sees)',
  tags: ['living-document'],
  params: idParams,
  body: z.object({ text: z.string(), shared: z.boolean().optional(), signal: z.string().nullable().optional().describe('The review signal the note is about: a shared note on a signal counts as earlier feedback for the no-surprises check') }),
  response: { 201: growthNoteView, ...errors },
};
export const previewOutcomeSchema = {
  summary: 'The before/after a proposed outcome link would show, before saving the item',
  tags: ['living-document'],
  body: outcomeLinkInput,
  response: { 200: outcomeView, ...signedInErrors },
};
