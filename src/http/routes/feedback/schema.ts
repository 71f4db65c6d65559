/** Schemas of shared feedback (minimal): feedback on a signal, shared with the person at once. */
import { z } from 'zod';
import { errorBody, idParams, signedInErrors } from '../../schemas.js';

const iso = z.string().describe('ISO 8601, UTC');

export const sharedFeedback = z
  .object({ id: z.string(), person: z.string(), author: z.string().nullable(), signal: z.string().nullable(), text: z.string(), sharedAt: iso.nullable(), createdAt: iso })
  .meta({ id: 'SharedFeedback' });

export const listFeedbackSchema = {
  summary: 'Feedback shared with a person, newest first (the person, their manager line, people partners; reads are audited)',
  tags: ['reviews'],
  params: idParams,
  response: { 200: z.object({ items: z.array(sharedFeedback) }), ...signedInErrors, 404: errorBody },
};

export const shareFeedbackSchema = {
  summary: 'Share feedback on a signal with a person (their manager line)',
  tags: ['reviews'],
  params: idParams,
  body: z.object({ signal: z.string().max(200).nullable().default(null), text: z.string().max(10000) }),
  response: { 201: sharedFeedback, ...signedInErrors, 404: errorBody },
};
