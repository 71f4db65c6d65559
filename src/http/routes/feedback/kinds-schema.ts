/** Schemas of feedback kinds, requests and answers (core/feedback/kinds.ts; docs/feedback.md). */
import { z } from 'zod';
import { feedbackKinds, requestedKinds, visibilities } from '../../../core/feedback/kinds.js';
import { errorBody, idParams, signedInErrors } from '../../schemas.js';

const iso = z.string().describe('ISO 8601, UTC');
const text = (max: number) => z.string().max(max, `must be at most ${max} characters`);
const citations = z.array(z.string().max(200)).max(50).default([]).describe('Evidence item ids of the person, dated in the cycle’s period');

export const feedbackRequest = z
  .object({
    id: z.string(),
    group: z.string(),
    cycle: z.string(),
    cycleName: z.string(),
    subject: z.string(),
    subjectName: z.string(),
    writer: z.string(),
    writerName: z.string(),
    kind: z.enum(requestedKinds),
    note: z.string().nullable(),
    createdAt: iso,
    answeredAt: iso.nullable(),
    due: iso.nullable().describe('The cycle’s self-review deadline (else manager-review), when it set one'),
  })
  .meta({ id: 'FeedbackRequest' });

const bound = { used: z.number().int().min(0).describe('Peer requests already sent for the person in the cycle'), limit: z.number().int().min(1) };

export const listRequestsSchema = {
  summary: 'Who was asked for feedback about a person in a cycle, and the peer bound (the person, their manager line, people partners)',
  tags: ['feedback'],
  params: idParams,
  querystring: z.object({ cycle: z.string().min(1, 'must name a cycle').max(200) }),
  response: { 200: z.object({ items: z.array(feedbackRequest), ...bound }), ...signedInErrors, 404: errorBody },
};

export const createRequestsSchema = {
  summary: 'Ask named colleagues for peer (or reports for upward) feedback about a person; refused past the peer bound',
  tags: ['feedback'],
  params: idParams,
  body: z.object({
    cycle: z.string().min(1).max(200),
    kind: z.enum(requestedKinds).default('peer'),
    writers: z.array(z.string().max(200)).min(1, 'name at least one colleague').max(20),
    note: text(2000).nullable().default(null),
  }),
  response: { 201: z.object({ items: z.array(feedbackRequest), ...bound }), ...signedInErrors, 404: errorBody, 409: errorBody },
};

export const openRequestsSchema = {
  summary: 'Feedback requests the signed-in person has not answered yet, with the cycle’s deadline',
  tags: ['feedback'],
  response: { 200: z.object({ items: z.array(feedbackRequest) }), ...signedInErrors },
};

export const attributionPolicy = z
  .object({
    kind: z.enum(feedbackKinds),
    attribution: z.string(),
    mayBeAnonymous: z.boolean(),
    visibilities: z.array(z.enum(visibilities)),
    notice: z.string().describe('Shown to the writer before they write'),
  })
  .meta({ id: 'FeedbackAttributionPolicy' });

export const writingContextSchema = {
  summary: 'What the asked colleague sees before answering: the person, the deadline, the attribution policy and the evidence to cite',
  tags: ['feedback'],
  params: idParams,
  response: {
    200: z.object({
      request: feedbackRequest,
      policy: attributionPolicy,
      groupSize: z.number().int().min(1),
      anonymousAllowed: z.boolean(),
      evidence: z.array(z.object({ id: z.string(), title: z.string(), date: z.string().describe('ISO day'), kind: z.string(), signals: z.array(z.string()) })),
      signals: z.array(z.object({ id: z.string(), name: z.string() })),
    }),
    ...signedInErrors,
    404: errorBody,
    409: errorBody,
  },
};

const prompts = {
  continueText: text(5000).default(''),
  continueExample: text(5000).default(''),
  changeText: text(5000).default(''),
  changeExample: text(5000).default(''),
};

export const feedbackEntry = z
  .object({
    id: z.string(),
    person: z.string(),
    kind: z.enum(feedbackKinds),
    visibility: z.enum(visibilities),
    anonymous: z.boolean(),
    authorName: z.string().nullable().describe('Null for anonymous feedback'),
    signal: z.string().nullable(),
    cycle: z.string().nullable(),
    continueText: z.string().nullable(),
    continueExample: z.string().nullable(),
    changeText: z.string().nullable(),
    changeExample: z.string().nullable(),
    text: z.string(),
    cited: z.array(z.object({ id: z.string(), title: z.string(), date: z.string(), kind: z.string() })),
    sharedAt: iso.nullable(),
    createdAt: iso,
  })
  .meta({ id: 'FeedbackEntry' });

export const answerSchema = {
  summary: 'Answer a feedback request (only the colleague asked, once): one thing to continue and one to change, each with an example',
  tags: ['feedback'],
  params: idParams,
  body: z.object({
    visibility: z.enum(visibilities).default('shared'),
    anonymous: z.boolean().default(false),
    signal: z.string().max(200).nullable().default(null),
    ...prompts,
    citations,
  }),
  response: { 201: feedbackEntry, ...signedInErrors, 404: errorBody, 409: errorBody },
};

export const writeEntrySchema = {
  summary: 'Write manager, self or praise feedback about a person (no request needed)',
  tags: ['feedback'],
  params: idParams,
  body: z.object({
    kind: z.enum(['manager', 'self', 'praise']),
    visibility: z.enum(visibilities).default('shared'),
    signal: z.string().max(200).nullable().default(null),
    cycle: z.string().max(200).nullable().default(null),
    ...prompts,
    text: text(10000).default(''),
    citations,
  }),
  response: { 201: feedbackEntry, ...signedInErrors, 404: errorBody },
};

export const receivedSchema = {
  summary: 'A person’s received feedback: shared feedback for the person, their manager line and people partners; private notes for the manager line only',
  tags: ['feedback'],
  params: idParams,
  response: {
    200: z.object({
      person: z.object({ id: z.string(), name: z.string() }),
      items: z.array(feedbackEntry),
      withheld: z.number().int().min(0).describe('Anonymous answers withheld until their request group has 3'),
      includesPrivate: z.boolean(),
      policies: z.array(attributionPolicy),
    }),
    ...signedInErrors,
    404: errorBody,
  },
};

export const peerLimitSchema = {
  get: { summary: 'Peer feedback requests allowed per person per cycle', tags: ['feedback'], response: { 200: z.object({ limit: z.number().int() }), ...signedInErrors } },
  put: {
    summary: 'Set the peer feedback bound (administrators; 1 to 20)',
    tags: ['feedback'],
    body: z.object({ limit: z.unknown() }),
    response: { 200: z.object({ limit: z.number().int() }), ...signedInErrors },
  },
};
