/**
 * Schemas of the delivery routes. The report mirrors src/core/delivery's figures; the events
 * behind each figure (what a page drills down to) are their own paged route.
 */
import { z } from 'zod';
import { eventListNames } from '../../../app/delivery/delivery-events.js';
import { count, errorBody, idParams, signedInErrors } from '../../schemas.js';

const hoursOrNull = z.number().nullable().describe('Hours; null when there is not enough data');
const rateOrNull = z.number().min(0).max(1).nullable();
const ids = z.array(z.string());
const tagged = z.looseObject({ type: z.string() }).describe('What happened, e.g. { type: "incident", incident: "…" }');

const tier = z
  .object({ level: z.enum(['elite', 'high', 'medium', 'low']), report: z.number().int(), label: z.string(), beyondTable: z.boolean(), alsoMatches: z.array(z.string()) })
  .nullable()
  .meta({ id: 'DeliveryTier' });

/**
 * The figures only. The events behind them (ids, hours, causes: ~200 KB for a large team) are
 * served apart, a page at a time (`…/events?list=`), so the summary every page view loads stays
 * a few kilobytes and a team's page answers fast under load.
 */
export const deliveryMetrics = z
  .object({
    services: ids,
    environment: z.string(),
    from: z.number().describe('Epoch ms, inclusive'),
    to: z.number().describe('Epoch ms, exclusive'),
    timeZone: z.string(),
    deploymentFrequency: z.object({
      deployments: count,
      perDay: z.number().nullable(),
      perWeek: z.number().nullable(),
      deployDaysPerWeek: z.number().nullable(),
      category: z.enum(['on-demand', 'daily-to-weekly', 'weekly-to-monthly', 'monthly-to-6-monthly', 'fewer-than-6-monthly']).nullable(),
    }),
    leadTime: z.object({ medianHours: hoursOrNull, p75Hours: hoursOrNull, p90Hours: hoursOrNull, n: count, skewed: count, includeMerges: z.boolean() }),
    changeFailureRate: z.object({ rate: rateOrNull, failed: count, deployments: count }),
    recoveryTime: z.object({ medianHours: hoursOrNull, n: count, open: count }),
    reworkRate: z.object({ rate: rateOrNull, rework: count, deployments: count }),
    timeToRestore: z.object({ medianHours: hoursOrNull, n: count }),
    unattributedIncidents: count,
    failedAttempts: count,
    undeployedChanges: z.object({ count, oldestAgeHours: z.number().nullable() }),
    baselineChanges: count,
  })
  .meta({ id: 'DeliveryMetrics' });

export const deliveryReport = z
  .object({
    scope: z.object({
      kind: z.enum(['service', 'team', 'org']),
      id: z.string().nullable(),
      name: z.string(),
      team: z.string().nullable(),
      timeZone: z.string(),
      services: ids,
    }),
    metrics: deliveryMetrics,
    tier: z.object({ report: z.number().int(), deploymentFrequency: tier, leadTime: tier, recoveryTime: tier, changeFailureRate: tier }),
    trend: z.array(z.object({ week: z.string(), deployments: count, failed: count, leadTimeMedianHours: z.number().nullable(), leadTimeN: count })),
  })
  .meta({ id: 'DeliveryReport', description: 'Team and service context, never an individual score.' });

const eventLists = eventListNames;

export const deliveryEvent = z
  .object({
    deployment: z.string().optional(),
    change: z.string().optional(),
    incident: z.string().optional(),
    hours: z.number().optional(),
    causes: z.array(tagged).optional().describe('Why a deployment counts as failed'),
    reasons: z.array(tagged).optional().describe('Why a deployment counts as rework'),
    by: tagged.optional().describe('What recovered a failed deployment'),
  })
  .meta({ id: 'DeliveryEvent', description: 'One event behind a figure: the deployment, change or incident it names, and its hours where it has a duration.' });

const sourceUrl = z.string().optional().describe('Where to open the record at its source (http(s))');

export const eventDetails = z
  .object({
    deployments: z.record(z.string(), z.object({ finishedAt: z.string(), commit: z.string().optional(), url: sourceUrl })),
    changes: z.record(z.string(), z.object({ committedAt: z.string(), url: sourceUrl })),
    incidents: z.record(z.string(), z.object({ startedAt: z.string(), title: z.string().optional(), url: sourceUrl })),
  })
  .meta({ id: 'DeliveryEventDetails', description: 'When each deployment, change and incident named on the page happened, with its commit, title and source link where known.' });

export const deliveryEvents = z
  .object({
    list: z.enum(eventLists),
    total: count,
    offset: count,
    limit: count,
    items: z.array(deliveryEvent),
    details: eventDetails,
  })
  .meta({ id: 'DeliveryEvents', description: 'A page of the events behind one figure, in the order the figure counted them.' });

const instant = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 time with an offset' }).optional();

export const deliveryQuery = z.object({
  env: z.string().trim().min(1).max(200).default('production').describe('Deployment environment'),
  from: instant.describe('Start of the window (default: 90 days before `to`)'),
  to: instant.describe('End of the window, exclusive (default: now)'),
  report: z.enum(['2023', '2024']).default('2024').describe('DORA report year for the tiers'),
  includeMerges: z.enum(['true', 'false']).default('false').describe('Count merge commits in lead time'),
});

const common = { tags: ['delivery'], querystring: deliveryQuery, response: { 200: deliveryReport, ...signedInErrors, 400: errorBody, 404: errorBody } };

export const serviceDeliverySchema = { summary: "A service's delivery metrics (the events behind them: …/events)", params: idParams, ...common };
export const teamDeliverySchema = { summary: "A team's delivery metrics, pooled over its services", params: idParams, ...common };
export const orgDeliverySchema = { summary: 'Delivery metrics of the whole organisation', ...common };

export const eventsQuery = deliveryQuery.omit({ report: true }).extend({
  list: z.enum(eventLists).describe('Which events: deployments (frequency), leadTimes, skewed, failed (CFR), recoveries, open, rework, restored (time to restore), …'),
  offset: z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(0).default(0),
  limit: z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(1).max(1000).default(200),
});

const eventsCommon = { tags: ['delivery'], querystring: eventsQuery, response: { 200: deliveryEvents, ...signedInErrors, 400: errorBody, 404: errorBody } };
export const serviceEventsSchema = { summary: 'The events behind one of a service’s delivery figures, a page at a time', params: idParams, ...eventsCommon };
export const teamEventsSchema = { summary: 'The events behind one of a team’s delivery figures, a page at a time', params: idParams, ...eventsCommon };
export const orgEventsSchema = { summary: 'The events behind one of the organisation’s delivery figures, a page at a time', ...eventsCommon };

const compared = z.object({
  before: z.number().nullable(),
  after: z.number().nullable(),
  difference: z.number().nullable(),
  nBefore: count.describe('How many of `unit` the before value rests on'),
  nAfter: count.describe('How many of `unit` the after value rests on'),
  unit: z.enum(['days', 'changes', 'deployments', 'recoveries']).describe('What n counts: frequency is measured over days, lead time over changes'),
  groupsBefore: count.nullable().describe('Lead time: the deployments its changes shipped in (the units the interval resamples); null otherwise'),
  groupsAfter: count.nullable(),
  ci: z.tuple([z.number(), z.number()]).nullable().describe('95% interval of the difference; null when there is too little data for one'),
  method: z.enum(['newcombe-wilson', 'deployment-bootstrap', 'welch-weeks', 'bootstrap']).describe('How the interval was made (docs/metrics.md)'),
  betterWhen: z.enum(['lower', 'higher']),
  verdict: z.enum(['improved', 'worsened', 'no clear change']),
  noVerdictReason: z.string().nullable().describe('Why no verdict could be given (too little data, window too short); null when the interval decided'),
  afterTo: z.number().describe('The after side ends here (epoch ms): earlier than t + window for failure-based metrics near the data end'),
});

export const deliveryComparison = z
  .object({
    scope: deliveryReport.shape.scope,
    t: z.number(),
    windowDays: count.describe('Days each side actually covers (shortened when the data ends sooner)'),
    requestedWindowDays: count,
    dataEnd: z.number().nullable().describe('The latest record (epoch ms); null with no data'),
    failureLagDays: count.describe('Deployments this close to the data end are not judged for failure yet'),
    seed: z.number(),
    resamples: count,
    notes: z.array(z.string()).describe('What was shortened or left out, in words'),
    metrics: z.object({ deploymentFrequency: compared, leadTime: compared, changeFailureRate: compared, recoveryTime: compared, reworkRate: compared }),
  })
  .meta({ id: 'DeliveryComparison', description: 'Each metric before and after t, with a 95% interval of the difference and a verdict (docs/metrics.md).' });

export const compareQuery = z.object({
  t: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 time with an offset' }).describe('The moment the work shipped'),
  windowDays: z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(7).max(365).default(90),
  env: z.string().trim().min(1).max(200).default('production'),
});

const compareCommon = { tags: ['delivery'], params: idParams, querystring: compareQuery, response: { 200: deliveryComparison, ...signedInErrors, 400: errorBody, 404: errorBody } };
export const serviceCompareSchema = { summary: 'A service before and after a moment', ...compareCommon };
export const teamCompareSchema = { summary: 'A team before and after a moment', ...compareCommon };

const ownPastMetric = z.object({
  previous: z.number().nullable(),
  current: z.number().nullable(),
  nPrevious: count,
  nCurrent: count,
  verdict: z.enum(['improving', 'steady', 'worsening', 'not enough data']),
  basis: z.string().describe('The test behind the verdict, or what is missing'),
});

export const orgTeamTrends = z
  .object({
    window: z.object({ from: z.number(), to: z.number() }).describe('Epoch ms, [from, to)'),
    dataEndsAt: z.number().nullable().describe('Set when the data end well before the asked end: both periods then end there (epoch ms)'),
    previous: z.object({ from: z.number(), to: z.number() }).describe('The period before, of the same length'),
    environment: z.string(),
    teams: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        services: count,
        trend: z.object({ deploymentFrequency: ownPastMetric, changeFailureRate: ownPastMetric, leadTime: ownPastMetric }),
      }),
    ).describe('By name, never ranked: each team against its own previous period'),
  })
  .meta({ id: 'OrgTeamTrends', description: "Each team's delivery against its own past, with a verdict only where enough events each side support one." });

export const orgTrendsQuery = deliveryQuery.omit({ report: true, includeMerges: true });

export const orgTeamTrendsSchema = {
  summary: "Each team's delivery against its own previous period (listed by name, never ranked)",
  tags: ['delivery'],
  querystring: orgTrendsQuery,
  response: { 200: orgTeamTrends, ...signedInErrors, 400: errorBody },
};

export const evidenceMarkers = z
  .object({
    markers: z.array(z.object({ at: z.string(), title: z.string(), person: z.string().describe("Whose living document holds it (the reader may open it)") })),
  })
  .meta({ id: 'EvidenceMarkers', description: 'When outcome-linked work shipped on a service, for its timeline: only evidence the reader may read, no figure per person.' });

export const serviceEvidenceMarkersSchema = {
  summary: 'Outcome-linked evidence on a service’s timeline (only what the reader may read)',
  tags: ['delivery'],
  params: idParams,
  response: { 200: evidenceMarkers, ...signedInErrors, 404: errorBody },
};
