/** Schemas of the team routes. A team carries counts, never delivery or reliability figures. */
import { z } from 'zod';
import { count, errorBody, idFilter, idParams, listOf, pagingQuery, ref, signedInErrors } from '../../schemas.js';

export const team = z
  .object({
    id: z.string(),
    name: z.string(),
    parent: z.string().nullable(),
    timezone: z.string().nullable(),
    members: count.describe('Active people in the team'),
    services: count.describe('Services the team owns'),
  })
  .meta({ id: 'Team' });

export const teamDetail = z
  .object({
    team,
    parent: ref.nullable(),
    children: z.array(ref),
    members: z.array(ref).describe('Active people in the team'),
    services: z.array(ref),
  })
  .meta({ id: 'TeamDetail' });

export const listTeamsSchema = {
  summary: 'List teams',
  tags: ['org'],
  querystring: pagingQuery.extend({ parent: idFilter.describe('Only the child teams of this team') }),
  response: { 200: listOf(team), ...signedInErrors },
};

export const getTeamSchema = {
  summary: 'One team with its parent, child teams, members and services',
  tags: ['org'],
  params: idParams,
  response: { 200: teamDetail, ...signedInErrors, 404: errorBody },
};
