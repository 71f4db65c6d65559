/**
 * Schema of the team friction route: how long a team's pull requests wait on its own team and
 * on other teams. Team ids and PR ids only — there is no person in it, on purpose.
 */
import { z } from 'zod';
import { count, errorBody, idParams, signedInErrors } from '../../schemas.js';

const wait = z.object({ medianHours: z.number().nullable().describe('Hours; null without events'), n: count });
const split = z.object({
  ownTeam: wait,
  otherTeams: wait,
  unknownTeam: count.describe('Reviewed or merged by someone whose team is unknown'),
  pending: count.describe('Not reviewed (or not merged) yet'),
});
const pair = z.object({ team: z.string(), review: wait, merge: wait });

export const frictionReport = z
  .object({
    team: z.object({ id: z.string(), name: z.string() }),
    window: z.object({ from: z.string(), to: z.string() }),
    pullRequests: count.describe("PRs authored by the team's members, opened in the window"),
    review: split.describe('Wait from opening to the first review'),
    merge: split.describe('Wait from opening to the merge'),
    waitingOn: z.array(pair).describe("Other teams that reviewed or merged this team's PRs"),
    incoming: z.array(pair).describe("Other teams whose PRs this team reviewed or merged"),
    teamNames: z.record(z.string(), z.string()),
    events: z.array(
      z.object({
        pullRequest: z.string(),
        stage: z.enum(['review', 'merge']),
        hours: z.number(),
        byTeam: z.string().nullable(),
        side: z.enum(['own', 'other', 'unknown']),
      }),
    ),
  })
  .meta({ id: 'FrictionReport', description: 'Cross-team dependency friction: team context, never an individual score.' });

const instant = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 time with an offset' }).optional();

export const frictionQuery = z.object({
  from: instant.describe('Start of the window (default: 90 days before `to`)'),
  to: instant.describe('End of the window, exclusive (default: now)'),
});

export const teamFrictionSchema = {
  summary: "How long a team's pull requests wait for review and merge by its own team vs other teams",
  tags: ['delivery'],
  params: idParams,
  querystring: frictionQuery,
  response: { 200: frictionReport, ...signedInErrors, 400: errorBody, 404: errorBody },
};
