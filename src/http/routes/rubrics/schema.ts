/** Schemas of the rubric: the review signals, published to everyone before a cycle opens. */
import { z } from 'zod';
import { count, errorBody, signedInErrors } from '../../schemas.js';

const iso = z.string().describe('ISO 8601, UTC');
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** A signal as sent when publishing: checked and trimmed (no component of its own, so OpenAPI has no `…Input` twin). */
const signalInput = z.object({
  id: z.string().trim().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes').max(60),
  name: text(100),
  definition: text(2000),
  strongExamples: z.array(z.string().max(1000)).max(20),
  needsSupportExamples: z.array(z.string().max(1000)).max(20),
  exceedsExamples: z.array(z.string().max(1000)).max(20).optional(),
  weight: z.number().positive('must be above 0').optional(),
});

export const reviewSignal = z
  .object({ id: z.string(), name: z.string(), definition: z.string(), strongExamples: z.array(z.string()), needsSupportExamples: z.array(z.string()), exceedsExamples: z.array(z.string()).optional(), weight: z.number().optional() })
  .meta({ id: 'ReviewSignal' });

export const rubric = z
  .object({
    id: z.string(),
    version: count,
    name: z.string(),
    signals: z.array(reviewSignal),
    scale: z.array(z.string()).describe('Ordinal, lowest first'),
    publishedAt: iso.nullable(),
    publishedBy: z.string().nullable().describe('Account id'),
  })
  .meta({ id: 'Rubric' });

export const announcement = z.object({ id: z.string(), version: count, at: iso, by: z.string().nullable(), changes: z.array(z.string()) }).meta({ id: 'RubricAnnouncement' });

export const rubricView = z.object({ rubric, versions: z.array(count), announcements: z.array(announcement) }).meta({ id: 'RubricView' });

export const readRubricSchema = {
  summary: 'The published rubric (latest version unless ?version=), with its versions and announcements',
  tags: ['reviews'],
  querystring: z.object({
    id: z.string().max(60).optional().describe('Rubric id (default `engineering`)'),
    version: z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(1, 'must be at least 1').optional(),
  }),
  response: { 200: rubricView, ...signedInErrors, 404: errorBody },
};

export const publishRubricSchema = {
  summary: 'Publish the rubric: version 1, or a revision as version n + 1 (calibrators, administrators; refused while a cycle using it runs)',
  tags: ['reviews'],
  body: z.object({
    id: z.string().trim().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes').max(60).optional().describe('Rubric id (default `engineering`)'),
    name: text(200),
    signals: z.array(signalInput).max(10),
    scale: z.array(text(60)).min(2).max(7),
  }),
  response: { 201: z.object({ rubric, changes: z.array(z.string()) }), ...signedInErrors, 409: errorBody },
};
