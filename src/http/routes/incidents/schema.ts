/** `GET /api/incidents/:id` and `GET /api/services/:id/incidents`: incidents as service context. */
import { z } from 'zod';
import { count, errorBody, idParams, ref, signedInErrors } from '../../schemas.js';

const iso = z.string().describe('ISO 8601, UTC');
const repeatRef = z.object({ id: z.string(), startedAt: iso, afterDays: z.number() });

export const incidentDetail = z
  .object({
    id: z.string(),
    service: z.string(),
    title: z.string().nullable(),
    severity: z.string().nullable(),
    startedAt: iso,
    detectedAt: iso.nullable(),
    resolvedAt: iso.nullable(),
    causedBy: z.string().nullable().describe('The deployment that caused it'),
    cause: z.string().nullable().describe('A reusable cause label; same service and cause within the window is a repeat'),
    postmortem: z.string().nullable(),
    participants: z.array(ref),
    timeline: z.array(z.object({ at: iso, kind: z.enum(['started', 'detected', 'paged', 'acknowledged', 'remediated', 'resolved']), ref: z.string().nullable(), text: z.string() })),
    timeToDetectMinutes: z.number().nullable(),
    timeToResolveMinutes: z.number().nullable(),
    repeats: repeatRef.nullable(),
    repeatedBy: z.array(repeatRef),
    repeatWindowDays: z.number(),
  })
  .meta({ id: 'IncidentDetail' });

export const serviceIncidents = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        title: z.string().nullable(),
        severity: z.string().nullable(),
        startedAt: iso,
        resolvedAt: iso.nullable(),
        cause: z.string().nullable(),
        postmortem: z.string().nullable(),
        repeatOf: z.string().nullable(),
      }),
    ),
    repeats: count.describe('Incidents in the list that repeat an earlier one (same cause within 90 days)'),
  })
  .meta({ id: 'ServiceIncidents' });

export const incidentRoute = {
  summary: 'An incident: timeline, participants, postmortem link, and whether it repeats an earlier incident',
  tags: ['incidents'],
  params: idParams,
  response: { 200: incidentDetail, ...signedInErrors, 404: errorBody },
};

export const serviceIncidentsRoute = {
  summary: 'A service’s latest 50 incidents, repeats marked',
  tags: ['incidents'],
  params: idParams,
  response: { 200: serviceIncidents, ...signedInErrors, 404: errorBody },
};
