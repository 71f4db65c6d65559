/**
 * Schemas of calibration workshops on sample packets. Ratings in a view are the reader's own
 * until the round is revealed (all in, or closed by the facilitator); results appear only then.
 */
import { z } from 'zod';
import { count, errorBody, idParams, signedInErrors } from '../../schemas.js';

const iso = z.string().describe('ISO 8601, UTC');
const text = (max: number) => z.string().max(max, `must be at most ${max} characters`);
const id = z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

const revealState = z.enum(['rating', 'all-in', 'closed']).describe('rating: hidden; all-in: every rater rated every packet; closed: the facilitator closed it early');

export const workshopRound = z
  .object({
    id: z.string(),
    title: z.string(),
    signals: z.array(z.object({ id: z.string(), name: z.string() })),
    scale: z.array(z.string()).describe('Lowest first'),
    raters: z.array(z.string()),
    createdAt: iso,
    closedAt: iso.nullable(),
  })
  .meta({ id: 'WorkshopRound' });

export const samplePacket = z
  .object({
    id: z.string(),
    title: z.string(),
    body: z.string(),
    origin: z.enum(['scratch', 'anonymised']),
    removed: z.array(z.object({ kind: z.enum(['person', 'team', 'service', 'email', 'link']), text: z.string(), count })).describe('What anonymisation removed (facilitators only; empty for raters)'),
    approved: z.boolean(),
  })
  .meta({ id: 'SamplePacket' });

export const workshopRating = z
  .object({ packet: z.string(), rater: z.string(), signal: z.string(), value: z.string(), rationale: z.string(), at: iso })
  .meta({ id: 'WorkshopRating' });

const nullableNumber = z.number().nullable();

export const workshopResults = z
  .object({
    alpha: z.object({ nominal: nullableNumber, ordinal: nullableNumber, interval: nullableNumber, ratio: nullableNumber }),
    n: count,
    units: count,
    interval: z.object({ low: z.number(), high: z.number(), confidence: z.number(), resamples: count }).nullable(),
    reading: z.enum(['reliable', 'tentative', 'unreliable', 'undefined']),
    bySignal: z.array(z.object({ signal: z.string(), alpha: nullableNumber, n: count, units: count.describe('packets rated by two or more raters on this signal; alpha needs at least 2') })),
    packets: z.array(
      z.object({
        packet: z.string(),
        title: z.string(),
        spread: z.number(),
        bySignal: z.array(z.object({ signal: z.string(), range: count, values: z.array(z.object({ rater: z.string(), value: z.string() })) })),
      }),
    ),
    leniency: z.array(
      z.object({
        rater: z.string(),
        n: count,
        meanDifference: nullableNumber,
        z: nullableNumber,
        direction: z.enum(['lenient', 'severe', 'in line']),
        flagged: z.boolean(),
        note: z.string().optional(),
        additiveEffect: nullableNumber,
      }),
    ),
  })
  .meta({ id: 'WorkshopResults' });

export const roundSummary = z
  .object({
    round: workshopRound,
    state: revealState,
    packets: count,
    alpha: z.object({ value: nullableNumber, low: nullableNumber, high: nullableNumber, n: count }).nullable().describe('Ordinal alpha once revealed, for comparing rounds over time'),
  })
  .meta({ id: 'WorkshopRoundSummary' });

export const listRoundsSchema = {
  summary: 'Calibration workshop rounds you take part in or facilitate, newest first',
  tags: ['calibration'],
  response: { 200: z.object({ items: z.array(roundSummary) }), ...signedInErrors },
};

export const startRoundSchema = {
  summary: 'Start a workshop round with raters, on the published review signals (calibrators, administrators)',
  tags: ['calibration'],
  body: z.object({ title: text(200), raters: z.array(id).min(2, 'a workshop needs at least two raters').max(100) }),
  response: { 201: workshopRound, ...signedInErrors },
};

export const readRoundSchema = {
  summary: 'A workshop round: packets, progress, your ratings — everyone’s ratings and the agreement once revealed',
  tags: ['calibration'],
  params: idParams,
  response: {
    200: z
      .object({
        round: workshopRound,
        state: revealState,
        packets: z.array(samplePacket),
        progress: z.array(z.object({ rater: z.string(), name: z.string(), rated: count, expected: count })),
        ratings: z.array(workshopRating),
        results: workshopResults.nullable(),
        mayFacilitate: z.boolean(),
        mayRate: z.boolean(),
      })
      .meta({ id: 'WorkshopRoundView' }),
    ...signedInErrors,
    404: errorBody,
  },
};

export const addPacketSchema = {
  summary: 'Add a sample packet: written from scratch (ready at once), or drafted from a real packet with names removed (to review and approve)',
  tags: ['calibration'],
  params: idParams,
  body: z.union([
    z.object({ origin: z.literal('scratch'), title: text(200), body: text(50_000) }),
    z.object({ origin: z.literal('anonymised'), title: text(200), cycle: id, person: id }),
  ]),
  response: { 201: samplePacket, ...signedInErrors, 404: errorBody, 409: errorBody },
};

export const approvePacketSchema = {
  summary: 'Approve a drafted sample packet after reviewing what was removed',
  tags: ['calibration'],
  params: z.object({ id, packet: id }),
  response: { 204: z.null(), ...signedInErrors, 404: errorBody, 409: errorBody },
};

export const rateSampleSchema = {
  summary: 'Your rating of a sample packet on one signal, with a rationale (replaces your earlier one until revealed)',
  tags: ['calibration'],
  params: z.object({ id, packet: id, signal: id }),
  body: z.object({ value: text(100), rationale: text(5000) }),
  response: { 200: workshopRating, ...signedInErrors, 404: errorBody, 409: errorBody },
};

export const closeRoundSchema = {
  summary: 'Close a round before everyone has rated: the ratings given so far are revealed (the facilitator)',
  tags: ['calibration'],
  params: idParams,
  response: { 200: workshopRound, ...signedInErrors, 404: errorBody, 409: errorBody },
};
