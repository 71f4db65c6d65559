/**
 * The schema of an SLO outcome (an evidence item linked to an SLO): budget burn rate and SLI
 * before and after the work, n in days with data, a 95% interval, and the burn attribution of
 * each side. Service context, never a personal score.
 */
import { z } from 'zod';
import { count } from '../../schemas.js';

const iso = z.string().describe('ISO 8601, UTC');

const figure = z.object({
  before: z.number().nullable(),
  after: z.number().nullable(),
  difference: z.number().nullable(),
  nBefore: count.describe('Days with SLI data before: the unit the interval resamples'),
  nAfter: count,
  countedBefore: z.number().describe('Events (Occurrences) or slices counted before'),
  countedAfter: z.number(),
  badBefore: z.number(),
  badAfter: z.number(),
  ci: z.tuple([z.number(), z.number()]).nullable().describe('95% interval of after − before'),
  betterWhen: z.enum(['lower', 'higher']),
  verdict: z.enum(['improved', 'worsened', 'no clear change']),
  noVerdictReason: z.string().nullable(),
});

const attribution = z.object({
  burningMinutes: count,
  totalBurn: z.number().describe('Bad events (Occurrences) or bad slices in burning minutes'),
  unattributedShare: z.number(),
  events: z.array(z.object({ kind: z.enum(['incident', 'deployment']), id: z.string(), title: z.string().nullable(), from: iso, to: iso, burn: z.number(), share: z.number() })),
  moreEvents: count.describe('Overlapping incidents and deployments beyond the ten listed'),
});

export const sloOutcomeSchema = z
  .object({
    slo: z.string(),
    service: z.string(),
    budgetingMethod: z.string(),
    target: z.number(),
    countedUnit: z.enum(['events', 'slices']),
    burnRate: figure.describe('Average budget burn rate each side (1 spends the budget exactly over the SLO period): the figure the outcome is judged by'),
    sli: figure,
    attribution: z.object({ before: attribution, after: attribution }).describe('Incidents and deployments overlapping the minutes in which the budget burned, with their share of the burn'),
  })
  .meta({ id: 'SloOutcome', description: 'An SLO before and after the work: service context, never a personal score.' });
