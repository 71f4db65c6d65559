/**
 * On-call health of a team (`GET /api/teams/:id/oncall`), a person's own load
 * (`GET /api/people/:id/load`) and the thresholds behind the flags
 * (`GET|PUT /api/settings/wellbeing-thresholds`).
 *
 * These schemas are the only place sustainable-work fields appear in the API: no review, rating,
 * packet or calibration schema may reference them (test/no-wellbeing-in-ratings.test.ts).
 */
import { z } from 'zod';
import { count, errorBody, idParams, signedInErrors } from '../../schemas.js';

const iso = z.string().describe('ISO 8601, UTC');
const share = z.number().min(0).max(1).nullable();
const optionalInstant = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 time with an offset, e.g. 2026-01-01T00:00:00Z' }).optional();

export const oncallQuery = z.object({
  from: optionalInstant.describe('Start of the window (default: 90 days before `to`)'),
  to: optionalInstant.describe('End of the window, exclusive (default: now)'),
  around: optionalInstant.describe('Compare pages per shift in the 90 days before and after this moment'),
});
export const loadQuery = oncallQuery.omit({ around: true });

export const wellbeingThresholdsSchema = z
  .object({
    offHoursPerWeek: z.number(),
    sleepHoursPerWeek: z.number(),
    weekendPerWeek: z.number(),
    onCallHoursPerWeek: z.number(),
    loadShare: z.number(),
    loadGini: z.number(),
    minPages: z.number().int(),
    trendAlpha: z.number(),
    trendMinEvents: z.number().int(),
  })
  .meta({ id: 'WellbeingThresholds', description: 'Organisation settings behind every sustainable-work flag, shown beside each flag.' });

const cause = z.object({ service: z.string().nullable(), alert: z.string().nullable(), pages: count }).meta({ id: 'LoadCause', description: 'An alert (or service) behind a flag: the place to fix it.' });

const flag = z
  .object({
    key: z.enum(['offHours', 'sleepHours', 'weekend', 'onCallHours', 'loadShare', 'offHoursTrend4', 'offHoursTrend13', 'loadGini']),
    text: z.string(),
    value: z.number(),
    threshold: z.number(),
    unit: z.enum(['per week', 'hours per week', 'share', 'gini', 'p-value']),
    n: count,
    causes: z.array(cause),
  })
  .meta({ id: 'LoadFlag', description: 'A prompt for a supportive conversation — never a rating input.' });

const trend = z
  .object({
    weeks: count,
    recent: count,
    recentPerWeek: z.number(),
    baseline: count,
    usualPerWeek: z.number().nullable(),
    n: count,
    ratio: z.number().nullable(),
    pHigher: z.number(),
    verdict: z.enum(['higher', 'lower', 'as-usual', 'not-enough-data']),
  })
  .meta({ id: 'LoadTrend', description: 'Recent weeks against the team’s own previous 52 weeks (exact conditional Poisson test).' });

export const personLoadSchema = z
  .object({
    person: z.string(),
    name: z.string(),
    zone: z.string().describe('IANA time zone the pages were classified in'),
    workingHours: z.string(),
    weeks: z.number(),
    pages: count,
    offHoursPages: count,
    sleepHoursPages: count,
    weekendPages: count,
    perWeek: z.object({ pages: z.number(), offHours: z.number(), sleepHours: z.number(), weekend: z.number() }),
    onCallHours: z.number(),
    onCallHoursPerWeek: z.number(),
    incidentsWorked: count,
    shareOfTeamPages: share,
    trends: z.object({ offHours4: trend, offHours13: trend }),
    flags: z.array(flag),
  })
  .meta({ id: 'PersonLoad', description: 'One person’s on-call load: visible to the person and their manager line only.' });

const noisyAlert = z.object({ service: z.string().nullable(), alert: z.string().nullable(), pages: count, notActionable: count, selfResolved: count, actionableShare: share }).meta({ id: 'NoisyAlert' });

const comparison = z
  .object({
    t: z.number(),
    windowMs: z.number(),
    before: z.number().nullable(),
    after: z.number().nullable(),
    difference: z.number().nullable(),
    shiftsBefore: count,
    shiftsAfter: count,
    pagesBefore: count,
    pagesAfter: count,
    ci: z.tuple([z.number(), z.number()]).nullable(),
    verdict: z.enum(['fewer', 'more', 'no clear change']),
  })
  .meta({ id: 'PagesPerShiftComparison', description: 'Pages per shift before and after a moment: n shifts per side, 95% bootstrap interval.' });

export const teamOncallSchema = z
  .object({
    team: z.object({ id: z.string(), name: z.string(), timezone: z.string().nullable() }),
    window: z.object({ from: iso, to: iso }),
    thresholds: wellbeingThresholdsSchema,
    figures: z.object({
      members: count,
      pages: count,
      offHoursPages: count,
      sleepHoursPages: count,
      weekendPages: count,
      loadGini: share,
      shifts: z.number(),
      pagesPerShift: z.number().nullable(),
      actionable: count,
      actionableKnown: count,
      actionableShare: share,
      selfResolved: count,
      selfResolvedShare: share,
      onCallHours: z.number(),
      sloAlerts: z.object({ episodes: count, perWeek: z.number(), judged: count, followedByBurn: count, followedByBurnShare: share }).nullable().describe('Null until an SLO alert history is available'),
      trends: z.object({ offHours4: trend, offHours13: trend, pages4: trend, pages13: trend }),
      flags: z.array(flag),
      noisyAlerts: z.array(noisyAlert),
    }),
    comparison: comparison.nullable(),
    people: z.array(personLoadSchema).describe('Only the members the caller may see (themself, their reports); every one is an audited read'),
    hiddenPeople: count,
  })
  .meta({ id: 'TeamOncall' });

const interruption = z.object({
  id: z.string(),
  at: iso,
  localTime: z.string().describe('The same instant in the person’s zone, ISO 8601 with offset'),
  service: z.string().nullable(),
  alert: z.string().nullable(),
  actionable: z.boolean().nullable(),
  offHours: z.boolean(),
  sleepHours: z.boolean(),
  weekend: z.boolean(),
});

export const myLoadSchema = z
  .object({
    person: z.object({ id: z.string(), name: z.string(), team: z.string().nullable() }),
    window: z.object({ from: iso, to: iso }),
    thresholds: wellbeingThresholdsSchema,
    load: personLoadSchema,
    team: z.object({ id: z.string(), name: z.string(), members: count, loadGini: share }).nullable(),
    interruptions: z.array(interruption).describe('Off-hours pages, newest first, at most 200'),
    interruptionsTotal: count,
  })
  .meta({ id: 'MyLoad' });

export const teamOncallRoute = {
  summary: 'A team’s on-call health: team figures for everyone signed in; per-person load only for the person and their manager line',
  tags: ['oncall'],
  params: idParams,
  querystring: oncallQuery,
  response: { 200: teamOncallSchema, ...signedInErrors, 404: errorBody },
};

export const personLoadRoute = {
  summary: 'A person’s own on-call load and off-hours pages in their time zone (the person and their manager line; audited)',
  tags: ['oncall'],
  params: idParams,
  querystring: loadQuery,
  response: { 200: myLoadSchema, ...signedInErrors, 404: errorBody },
};

export const getThresholdsRoute = {
  summary: 'The thresholds behind sustainable-work flags',
  tags: ['oncall'],
  response: { 200: wellbeingThresholdsSchema, ...signedInErrors },
};

export const putThresholdsRoute = {
  summary: 'Change the thresholds behind sustainable-work flags (administrators)',
  tags: ['oncall'],
  body: wellbeingThresholdsSchema.partial(),
  response: { 200: wellbeingThresholdsSchema, ...signedInErrors },
};
