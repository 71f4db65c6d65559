/**
 * Schemas of the reliability routes: SLO status (as `trellis slo status --json`), a service's
 * reliability page (history, alert episodes, burn attribution) and the OpenSLO export.
 */
import { z } from 'zod';
import { count, errorBody, idParams, signedInErrors } from '../../schemas.js';

const fraction = z.number().nullable();
const window = z.enum(['5m', '30m', '1h', '2h', '6h', '1d', '3d']);
const reading = z.object({ consumed: fraction, remaining: fraction, remainingSigned: fraction });

export const alertStatus = z
  .object({
    severity: z.enum(['page', 'ticket']),
    longWindow: window,
    shortWindow: window,
    factor: z.number(),
    firing: z.boolean(),
    longBurnRate: z.number().nullable(),
    shortBurnRate: z.number().nullable(),
    budgetConsumedIfFires: z.number(),
    events: count,
    minEvents: count,
    heldByMinimumEvents: z.boolean(),
    minutesToExhaustion: z.number().nullable(),
    firingSince: z.string().nullable(),
  })
  .meta({ id: 'SloAlert' });

export const sloStatus = z
  .object({
    name: z.string(),
    service: z.string(),
    budgetingMethod: z.enum(['Occurrences', 'Timeslices', 'RatioTimeslices']),
    target: z.number(),
    window: z.object({ kind: z.enum(['rolling', 'calendar']), duration: z.string(), timeZone: z.string().optional(), from: z.string(), to: z.string(), inProgress: z.boolean() }),
    at: z.string(),
    sli: fraction,
    budgetConsumed: fraction.describe('Fraction of the whole window’s error budget spent; may exceed 1'),
    budgetRemaining: fraction.describe('1 − consumed, clamped to [0, 1]'),
    budgetRemainingSigned: fraction,
    toDate: reading,
    events: z.object({ good: count, bad: count, total: count }),
    slices: z.object({ good: count, bad: count, withoutData: count, inWholeWindow: count }).optional(),
    burnRates: z.record(window, z.number().nullable()),
    alerts: z.array(alertStatus),
    noData: z.boolean(),
  })
  .meta({ id: 'SloStatus' });

const atQuery = z.object({
  at: z.iso.datetime({ offset: true }).optional().describe('Evaluate at this instant (default: now)'),
  service: z.string().min(1).max(200).optional(),
});

export const sloStatusSchema = {
  tags: ['reliability'],
  summary: 'Status of every SLO: error budget, burn rates by window, multi-window multi-burn-rate alerts',
  querystring: atQuery,
  response: { 200: z.array(sloStatus), ...signedInErrors },
};

export const serviceReliability = z
  .object({
    service: z.string(),
    at: z.number().describe('Epoch ms the figures are evaluated at'),
    latestData: z.number().nullable(),
    historyFrom: z.number(),
    slos: z.array(
      z.object({
        status: sloStatus,
        history: z.array(z.object({ at: z.number(), budgetRemaining: z.number().nullable(), burn1h: z.number().nullable(), burn6h: z.number().nullable() })),
        alertHistory: z.array(z.object({ severity: z.enum(['page', 'ticket']), longWindow: z.string(), shortWindow: z.string(), from: z.number(), to: z.number(), ongoing: z.boolean() })),
        attribution: z.object({
          burningMinutes: count,
          totalBurn: z.number(),
          unattributedShare: z.number(),
          events: z.array(z.object({ kind: z.enum(['incident', 'deployment']), id: z.string(), title: z.string().nullable(), from: z.number(), to: z.number(), burn: z.number(), share: z.number() })),
        }),
      }),
    ),
  })
  .meta({ id: 'ServiceReliability' });

export const serviceReliabilitySchema = {
  tags: ['reliability'],
  summary: "A service's SLOs with budget burn-down, burn rates, alert history and burn attribution",
  params: idParams,
  querystring: atQuery.omit({ service: true }),
  response: { 200: serviceReliability, ...signedInErrors, 404: errorBody },
};

export const openSloExportSchema = {
  tags: ['reliability'],
  summary: 'Every stored OpenSLO object as openslo/v1 YAML',
  response: { 200: z.string(), ...signedInErrors },
};
