/**
 * The route inventory against the access rules: every route Fastify knows declares who may call
 * it; every protected route answers 401 without credentials, 403 to an account the policy
 * refuses, and succeeds for one it allows. The sample table must cover every protected route,
 * so a new route cannot skip these checks.
 */
import Fastify from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import type { TestAccountKey } from '../../test/accounts.js';
import { describeEachDialect } from '../../test/dialects.js';
import { send, signIn, useTestServer, type TestServer } from '../../test/http-helpers.js';
import { registeredRoutes } from '../../test/routes.js';
import { sampleCaseFile, sampleCaseUrl } from '../../test/promotion.js';
import { needsSupport, sampleCalibrationCycle, sampleChallengeAnswerUrl, sampleCycleUrl, sampleDraftPacketUrl, sampleWorkshop } from '../../test/reviews.js';
import { defaultRubric } from '../core/review/default-rubric.js';
import { accountActor, roles } from '../core/access/actor.js';
import { can } from '../core/access/policy.js';
import type { Resource } from '../core/access/resources.js';
import { installAccessInventory } from './access.js';
import { samplePlan, sampleOneOnOne, sampleSupportPlan } from '../../test/one-on-ones.js';

interface Sample {
  url: string | ((s: TestServer) => Promise<string>);
  payload?: unknown;
  /** An account the policy refuses; absent when every signed-in account may call the route. */
  deniedTo?: TestAccountKey;
  allowedTo: TestAccountKey;
}

/** A fresh API token of the admin's, for the revoke route (each call gets its own). */
async function adminTokenUrl(s: TestServer): Promise<string> {
  const res = await send(s.app, { method: 'POST', url: '/api/tokens', payload: { name: 'to revoke' }, as: await s.as('admin') });
  return `/api/tokens/${(res.json() as { id: string }).id}`;
}

/** A fresh evidence item (or goal) in Alan's living document, for the routes that change one. */
async function alanItemUrl(s: TestServer, kind: 'evidence' | 'goals'): Promise<string> {
  const payload = kind === 'evidence' ? { title: 'Runbook rewrite', date: '2026-01-05', kind: 'glue-work' } : { quarter: '2026-Q1', text: 'Write the runbook' };
  const res = await send(s.app, { method: 'POST', url: `/api/people/alan/${kind}`, payload, as: await s.as('alan') });
  return `/api/people/alan/${kind}/${(res.json() as { id: string }).id}`;
}

/** A small published ladder (importing it again changes nothing), then `path` on it. */
const sampleLadder = 'format: trellis-ladder/v1\nid: sample\nname: Sample\ncumulative: true\nlevels:\n  - { id: l1, name: L1, rank: 1 }\n  - { id: l2, name: L2, rank: 2 }\ndimensions:\n  - { id: d, name: D }\ncells: []\n';
function onSampleLadder(path: string): (s: TestServer) => Promise<string> {
  return async (s) => {
    await send(s.app, { method: 'POST', url: '/api/ladders', payload: { text: sampleLadder, fileName: 'sample.yaml' }, as: await s.as('admin') });
    return path;
  };
}

/** An incident of the ledger (stored once), then its URL. */
async function sampleIncidentUrl(s: TestServer): Promise<string> {
  await s.store.db
    .insertInto('incidents')
    .values({ id: 'inc-sample', service: 'ledger', started_at: Date.UTC(2026, 0, 5), detected_at: null, resolved_at: null, severity: 'sev3', caused_by: null, title: 'Sample', participants: '["alan"]', postmortem: null, cause: 'disk full' })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  return '/api/incidents/inc-sample';
}

/** An email that failed for good, for the retry route (each call gets its own). */
async function failedEmailUrl(s: TestServer): Promise<string> {
  const id = `n-${Math.random().toString(16).slice(2)}`;
  await s.store.db.insertInto('notifications' as never).values({ id, recipient: 'alan', kind: 'reminder', title: 'T', body: 'B', link: null, created_at: 1, read_at: null, dedupe_key: null } as never).execute();
  await s.store.db.insertInto('notification_outbox' as never).values({ id: `e-${id}`, notification: id, to_address: 'alan@example.com', subject: 'T', body: 'B', status: 'failed', attempts: 5, next_attempt_at: 1, last_error: '550 no', created_at: 1, sent_at: null } as never).execute();
  return `/api/email-outbox/e-${id}/retry`;
}

const samples: Record<string, Sample> = {
  // Notifications: the bell and email settings are the signed-in person's own; the outbox is for administrators.
  'GET /api/notifications': { url: '/api/notifications', allowedTo: 'alan' },
  'POST /api/notifications/read': { url: '/api/notifications/read', payload: { all: true }, allowedTo: 'alan' },
  'GET /api/notifications/email-settings': { url: '/api/notifications/email-settings', allowedTo: 'alan' },
  'PUT /api/notifications/email-settings': { url: '/api/notifications/email-settings', payload: { email: { reminder: false } }, allowedTo: 'alan' },
  'GET /api/email-outbox': { url: '/api/email-outbox', deniedTo: 'partner', allowedTo: 'admin' },
  'POST /api/email-outbox/:id/retry': { url: failedEmailUrl, deniedTo: 'partner', allowedTo: 'admin' },
  'POST /api/cycles/:id/reminders': { url: async (s) => `${await sampleCycleUrl(s, 'writing')}/reminders`, deniedTo: 'ada', allowedTo: 'partner' },
  'GET /api/ladders': { url: '/api/ladders', allowedTo: 'alan' },
  'GET /api/ladder': { url: onSampleLadder('/api/ladder'), allowedTo: 'reviewer' },
  'GET /api/ladders/:id': { url: onSampleLadder('/api/ladders/sample'), allowedTo: 'barbara' },
  'GET /api/ladders/:id/versions/:version/diff/:other': { url: onSampleLadder('/api/ladders/sample/versions/1/diff/1'), allowedTo: 'partner' },
  'GET /api/ladders/:id/levels/:from/diff/:to': { url: onSampleLadder('/api/ladders/sample/levels/l1/diff/l2'), allowedTo: 'alan' },
  'POST /api/ladders': { url: '/api/ladders', payload: { text: sampleLadder, fileName: 'sample.yaml' }, deniedTo: 'alan', allowedTo: 'ada' },
  'POST /api/ladders/:id/versions/:version/publish': { url: onSampleLadder('/api/ladders/sample/versions/1/publish'), deniedTo: 'katherine', allowedTo: 'admin' },
  'POST /api/auth/sign-out': { url: '/api/auth/sign-out', allowedTo: 'barbara' },
  'GET /api/auth/me': { url: '/api/auth/me', allowedTo: 'alan' },
  'GET /api/teams': { url: '/api/teams', allowedTo: 'reviewer' },
  'GET /api/teams/:id': { url: '/api/teams/eng', allowedTo: 'alan' },
  'GET /api/people': { url: '/api/people', allowedTo: 'partner' },
  'GET /api/people/export': { url: '/api/people/export', allowedTo: 'alan' },
  'GET /api/people/:id': { url: '/api/people/alan', allowedTo: 'barbara' },
  'GET /api/people/:id/private': { url: '/api/people/alan/private', deniedTo: 'barbara', allowedTo: 'grace' },
  'GET /api/people/:id/load': { url: '/api/people/alan/load', deniedTo: 'partner', allowedTo: 'grace' },
  'GET /api/teams/:id/oncall': { url: '/api/teams/platform/oncall', allowedTo: 'reviewer' },
  'GET /api/settings/wellbeing-thresholds': { url: '/api/settings/wellbeing-thresholds', allowedTo: 'alan' },
  'PUT /api/settings/wellbeing-thresholds': { url: '/api/settings/wellbeing-thresholds', payload: { minPages: 3 }, deniedTo: 'ada', allowedTo: 'admin' },
  'GET /api/incidents/:id': { url: sampleIncidentUrl, allowedTo: 'alan' },
  'GET /api/services/:id/incidents': { url: '/api/services/ledger/incidents', allowedTo: 'barbara' },
  'GET /api/people/:id/access-log': { url: '/api/people/alan/access-log', deniedTo: 'grace', allowedTo: 'alan' },
  'GET /api/audit': { url: '/api/audit', deniedTo: 'ada', allowedTo: 'admin' },
  'GET /api/audit/export': { url: '/api/audit/export', deniedTo: 'ada', allowedTo: 'admin' },
  'GET /api/services': { url: '/api/services', allowedTo: 'ada' },
  'GET /api/services/:id': { url: '/api/services/ledger', allowedTo: 'katherine' },
  'GET /api/reliability/slos': { url: '/api/reliability/slos', allowedTo: 'alan' },
  'GET /api/reliability/services/:id': { url: '/api/reliability/services/ledger', allowedTo: 'reviewer' },
  'GET /api/reliability/openslo': { url: '/api/reliability/openslo', allowedTo: 'partner' },
  'GET /api/delivery/services/:id': { url: '/api/delivery/services/ledger', allowedTo: 'barbara' },
  'GET /api/delivery/teams/:id': { url: '/api/delivery/teams/payments', allowedTo: 'reviewer' },
  'GET /api/delivery/org': { url: '/api/delivery/org', allowedTo: 'alan' },
  'GET /api/delivery/services/:id/events': { url: '/api/delivery/services/ledger/events?list=deployments', allowedTo: 'reviewer' },
  'GET /api/delivery/teams/:id/events': { url: '/api/delivery/teams/payments/events?list=failed', allowedTo: 'barbara' },
  'GET /api/delivery/org/events': { url: '/api/delivery/org/events?list=leadTimes', allowedTo: 'partner' },
  'GET /api/delivery/org/teams': { url: '/api/delivery/org/teams', allowedTo: 'ada' },
  'GET /api/delivery/services/:id/evidence': { url: '/api/delivery/services/ledger/evidence', allowedTo: 'barbara' },
  'GET /api/delivery/services/:id/compare': { url: '/api/delivery/services/ledger/compare?t=2024-01-01T00:00:00Z', allowedTo: 'grace' },
  'GET /api/delivery/teams/:id/compare': { url: '/api/delivery/teams/platform/compare?t=2024-01-01T00:00:00Z', allowedTo: 'ada' },
  'GET /api/teams/:id/delivery/friction': { url: '/api/teams/platform/delivery/friction', allowedTo: 'barbara' },
  'POST /api/tokens': { url: '/api/tokens', payload: { name: 'ci' }, deniedTo: 'katherine', allowedTo: 'admin' },
  'GET /api/tokens': { url: '/api/tokens', deniedTo: 'alan', allowedTo: 'admin' },
  'DELETE /api/tokens/:id': { url: adminTokenUrl, deniedTo: 'partner', allowedTo: 'admin' },
  'GET /api/people/:id/document': { url: '/api/people/alan/document', deniedTo: 'barbara', allowedTo: 'grace' },
  'POST /api/people/:id/evidence': { url: '/api/people/alan/evidence', payload: { title: 'Course on SLOs', date: '2026-01-05', kind: 'learning' }, deniedTo: 'katherine', allowedTo: 'alan' },
  'PUT /api/people/:id/evidence/:evidenceId': { url: (s) => alanItemUrl(s, 'evidence'), payload: { title: 'Course on SLOs', date: '2026-01-06', kind: 'learning' }, deniedTo: 'barbara', allowedTo: 'grace' },
  'DELETE /api/people/:id/evidence/:evidenceId': { url: (s) => alanItemUrl(s, 'evidence'), deniedTo: 'reviewer', allowedTo: 'alan' },
  'POST /api/people/:id/goals': { url: '/api/people/alan/goals', payload: { quarter: '2026-Q1', text: 'Write the runbook' }, deniedTo: 'barbara', allowedTo: 'alan' },
  'PUT /api/people/:id/goals/:goalId': { url: (s) => alanItemUrl(s, 'goals'), payload: { status: 'done' }, deniedTo: 'barbara', allowedTo: 'grace' },
  'GET /api/people/:id/growth-notes': { url: '/api/people/alan/growth-notes', deniedTo: 'reviewer', allowedTo: 'alan' },
  'POST /api/people/:id/growth-notes': { url: '/api/people/alan/growth-notes', payload: { text: 'Clear incident timeline.' }, deniedTo: 'reviewer', allowedTo: 'grace' },
  'POST /api/evidence/outcome-preview': { url: '/api/evidence/outcome-preview', payload: { target: 'service', id: 'ledger', at: '2024-01-01' }, allowedTo: 'reviewer' },
  // Reviews (test/reviews.ts makes the cycles each sample needs).
  'GET /api/rubrics': { url: async (s) => `${(await sampleCycleUrl(s, 'draft')) && '/api/rubrics'}`, allowedTo: 'alan' },
  'POST /api/rubrics': { url: '/api/rubrics', payload: { ...defaultRubric(), id: 'sample', version: undefined, publishedAt: undefined }, deniedTo: 'grace', allowedTo: 'ada' },
  'GET /api/cycles': { url: '/api/cycles', allowedTo: 'reviewer' },
  'POST /api/cycles': { url: '/api/cycles', payload: { kind: 'check-in', name: 'Q1 check-in', periodFrom: '2026-01-01', periodTo: '2026-04-01' }, deniedTo: 'grace', allowedTo: 'partner' },
  'GET /api/cycles/:id': { url: (s) => sampleCycleUrl(s, 'draft'), allowedTo: 'alan' },
  'POST /api/cycles/:id/transition': { url: async (s) => `${await sampleCycleUrl(s, 'draft')}/transition`, payload: { to: 'published' }, deniedTo: 'ada', allowedTo: 'partner' },
  'GET /api/cycles/:id/participants/export': { url: async (s) => `${await sampleCycleUrl(s, 'draft')}/participants/export`, allowedTo: 'alan' },
  'GET /api/cycles/:id/flags': { url: async (s) => `${await sampleCycleUrl(s, 'writing')}/flags`, deniedTo: 'alan', allowedTo: 'grace' },
  'GET /api/cycles/:id/people/:person/ratings': { url: async (s) => `${await sampleCycleUrl(s, 'writing')}/people/alan/ratings`, deniedTo: 'alan', allowedTo: 'grace' },
  'PUT /api/cycles/:id/people/:person/ratings/:signal': { url: async (s) => `${await sampleCycleUrl(s, 'writing')}/people/alan/ratings/collaboration`, payload: needsSupport, deniedTo: 'katherine', allowedTo: 'grace' },
  'POST /api/cycles/:id/people/:person/ratings/:signal/calibration': {
    url: async (s) => `${await sampleCycleUrl(s, 'calibrating')}/people/alan/ratings/code-quality/calibration`,
    payload: { value: 'strong at level', reason: 'consistency', note: 'Same evidence as peers rated strong.' },
    deniedTo: 'grace',
    allowedTo: 'ada',
  },
  'POST /api/cycles/:id/people/:person/challenges': { url: async (s) => `${await sampleCycleUrl(s, 'shared')}/people/alan/challenges`, payload: { kind: 'comment', text: 'Thanks.' }, deniedTo: 'barbara', allowedTo: 'alan' },
  'POST /api/challenges/:id/answer': { url: sampleChallengeAnswerUrl, payload: { text: 'Agreed; noted in the record.' }, deniedTo: 'barbara', allowedTo: 'grace' },
  // Promotion cases (test/promotion.ts starts Alan's case in a fresh cycle).
  'GET /api/cycles/:id/people/:person/promotion-case': { url: async (s) => (await sampleCaseUrl(s)).url, deniedTo: 'barbara', allowedTo: 'ada' },
  'PUT /api/cycles/:id/people/:person/promotion-case': { url: async (s) => (await sampleCaseUrl(s)).url, payload: { targetLevel: 'l5' }, deniedTo: 'partner', allowedTo: 'alan' },
  'POST /api/cycles/:id/people/:person/promotion-case/examples': { url: async (s) => `${(await sampleCaseUrl(s)).url}/examples`, payload: sampleCaseFile, deniedTo: 'katherine', allowedTo: 'grace' },
  'PUT /api/cycles/:id/people/:person/promotion-case/examples/:example': {
    url: async (s) => {
      const c = await sampleCaseUrl(s, true);
      return `${c.url}/examples/${c.example}`;
    },
    payload: sampleCaseFile,
    deniedTo: 'katherine',
    allowedTo: 'alan',
  },
  'DELETE /api/cycles/:id/people/:person/promotion-case/examples/:example': {
    url: async (s) => {
      const c = await sampleCaseUrl(s, true);
      return `${c.url}/examples/${c.example}`;
    },
    deniedTo: 'barbara',
    allowedTo: 'grace',
  },
  'GET /api/cycles/:id/promotion-cases': { url: async (s) => `${(await sampleCaseUrl(s)).cycle}/promotion-cases`, deniedTo: 'grace', allowedTo: 'partner' },
  'GET /api/home': { url: '/api/home', allowedTo: 'alan' },
  'GET /api/home/activity': { url: '/api/home/activity', allowedTo: 'alan' },
  'GET /api/cycles/:id/people/:person/evidence': { url: async (s) => `${await sampleCycleUrl(s, 'writing')}/people/alan/evidence`, deniedTo: 'reviewer', allowedTo: 'grace' },
  'GET /api/cycles/:id/people/:person/reviews': { url: async (s) => `${await sampleCycleUrl(s, 'writing')}/people/alan/reviews`, deniedTo: 'reviewer', allowedTo: 'ada' },
  'PUT /api/cycles/:id/people/:person/reviews/:kind': { url: async (s) => `${await sampleCycleUrl(s, 'writing')}/people/alan/reviews/self`, payload: { text: 'I shipped the retry work.' }, deniedTo: 'barbara', allowedTo: 'alan' },
  'GET /api/people/:id/feedback': { url: '/api/people/alan/feedback', deniedTo: 'barbara', allowedTo: 'alan' },
  'POST /api/people/:id/feedback': { url: '/api/people/alan/feedback', payload: { signal: 'code-quality', text: 'PR 12 needed tests.' }, deniedTo: 'reviewer', allowedTo: 'grace' },
  'GET /api/cycles/:id/compensation': { url: async (s) => `${await sampleCycleUrl(s, 'writing')}/compensation`, deniedTo: 'grace', allowedTo: 'reviewer' },
  'GET /api/cycles/:id/compensation/export': { url: async (s) => `${await sampleCycleUrl(s, 'writing')}/compensation/export`, deniedTo: 'grace', allowedTo: 'reviewer' },
  'PUT /api/cycles/:id/compensation/budget': { url: async (s) => `${await sampleCycleUrl(s, 'writing')}/compensation/budget`, payload: { currency: 'EUR', amount: 1000 }, deniedTo: 'grace', allowedTo: 'reviewer' },
  'GET /api/compensation/bands': { url: '/api/compensation/bands', deniedTo: 'grace', allowedTo: 'admin' },
  'POST /api/compensation/bands': { url: '/api/compensation/bands', payload: { csv: 'level,track,currency,min,mid,max\nL3,ic,EUR,1,2,3\n' }, deniedTo: 'reviewer', allowedTo: 'admin' },
  'GET /api/cycles/:id/compensation/:person': { url: async (s) => `${await sampleCycleUrl(s, 'writing')}/compensation/alan`, deniedTo: 'grace', allowedTo: 'reviewer' },
  'GET /api/setup': { url: '/api/setup', allowedTo: 'alan' },
  'POST /api/setup/ladder': { url: '/api/setup/ladder', payload: { ladder: 'ft-engineering' }, deniedTo: 'alan', allowedTo: 'admin' },
  'POST /api/setup/signals': { url: '/api/setup/signals', deniedTo: 'grace', allowedTo: 'ada' },
  'PUT /api/setup/evidence-template': { url: '/api/setup/evidence-template', payload: { template: 'star' }, deniedTo: 'ada', allowedTo: 'admin' },
  'GET /api/setup/no-surprise-days': { url: '/api/setup/no-surprise-days', allowedTo: 'alan' },
  'PUT /api/setup/no-surprise-days': { url: '/api/setup/no-surprise-days', payload: { days: 30 }, deniedTo: 'grace', allowedTo: 'admin' },
  'GET /api/setup/writing-balance': { url: '/api/setup/writing-balance', allowedTo: 'alan' },
  'PUT /api/setup/writing-balance': { url: '/api/setup/writing-balance', payload: { enabled: false }, deniedTo: 'grace', allowedTo: 'admin' },
  'GET /api/cycles/:id/writing-balance': { url: async (s) => `${await sampleCycleUrl(s, 'writing')}/writing-balance`, allowedTo: 'grace' },
  'PUT /api/setup/calibration-workshop': { url: '/api/setup/calibration-workshop', payload: { date: '2099-03-15', durationMinutes: 90, facilitator: 'ada', participants: ['grace', 'katherine'], ratingDeadlineDays: 5 }, deniedTo: 'partner', allowedTo: 'admin' },
  'GET /api/cycles/:id/people/:person/packet': { url: async (s) => `${await sampleCycleUrl(s, 'writing')}/people/alan/packet`, deniedTo: 'reviewer', allowedTo: 'grace' },
  'PUT /api/cycles/:id/compensation/:person': { url: async (s) => `${await sampleCycleUrl(s, 'writing')}/compensation/alan`, payload: { fields: { proposedBand: 'L4' } }, deniedTo: 'grace', allowedTo: 'partner' },
  'GET /api/workshops': { url: '/api/workshops', allowedTo: 'alan' },
  'POST /api/workshops': { url: '/api/workshops', payload: { title: 'Round', raters: ['grace', 'katherine'] }, deniedTo: 'grace', allowedTo: 'ada' },
  'GET /api/workshops/:id': { url: async (s) => `/api/workshops/${(await sampleWorkshop(s)).id}`, deniedTo: 'alan', allowedTo: 'grace' },
  'POST /api/workshops/:id/packets': {
    url: async (s) => `/api/workshops/${(await sampleWorkshop(s)).id}/packets`,
    payload: { origin: 'scratch', title: 'Packet B', body: 'Led the incident review; the three actions closed within a month.' },
    deniedTo: 'grace',
    allowedTo: 'ada',
  },
  'POST /api/workshops/:id/packets/:packet/approve': { url: sampleDraftPacketUrl, deniedTo: 'grace', allowedTo: 'ada' },
  'PUT /api/workshops/:id/packets/:packet/ratings/:signal': {
    url: async (s) => {
      const w = await sampleWorkshop(s);
      return `/api/workshops/${w.id}/packets/${w.packet}/ratings/code-quality`;
    },
    payload: { value: 'strong at level', rationale: 'The canary stage cut failures by two thirds.' },
    deniedTo: 'alan',
    allowedTo: 'grace',
  },
  'GET /api/cycles/:id/calibration': { url: async (s) => `/api/cycles/${await sampleCalibrationCycle(s)}/calibration`, deniedTo: 'alan', allowedTo: 'grace' },
  'POST /api/cycles/:id/calibration': { url: async (s) => `/api/cycles/${await sampleCalibrationCycle(s)}/calibration`, deniedTo: 'grace', allowedTo: 'ada' },
  'POST /api/cycles/:id/calibration/open': { url: async (s) => `/api/cycles/${await sampleCalibrationCycle(s, 'calibrating', 'pre-rating')}/calibration/open`, deniedTo: 'partner', allowedTo: 'ada' },
  'POST /api/cycles/:id/calibration/lock': { url: async (s) => `/api/cycles/${await sampleCalibrationCycle(s, 'calibrating', 'open')}/calibration/lock`, deniedTo: 'grace', allowedTo: 'ada' },
  'PUT /api/cycles/:id/calibration/checklist/:person/:question': {
    url: async (s) => `/api/cycles/${await sampleCalibrationCycle(s, 'calibrating', 'open')}/calibration/checklist/alan/whole-period`,
    payload: { checked: true },
    deniedTo: 'grace',
    allowedTo: 'ada',
  },
  'POST /api/cycles/:id/flags/:rating/acknowledgement': {
    url: async (s) => {
      const id = await sampleCalibrationCycle(s);
      const flags = await send(s.app, { method: 'GET', url: `/api/cycles/${id}/flags`, as: await s.as('ada') });
      return `/api/cycles/${id}/flags/${(flags.json() as { items: { rating: string }[] }).items[0]!.rating}/acknowledgement`;
    },
    payload: { note: 'Raised in the 1:1 of 3 March; the rating stands.' },
    deniedTo: 'partner',
    allowedTo: 'ada',
  },
  'GET /api/cycles/:id/calibration/trail': { url: async (s) => `/api/cycles/${await sampleCalibrationCycle(s)}/calibration/trail`, deniedTo: 'grace', allowedTo: 'partner' },
  'GET /api/cycles/:id/manager-consistency': { url: async (s) => `/api/cycles/${await sampleCalibrationCycle(s)}/manager-consistency`, deniedTo: 'grace', allowedTo: 'ada' },
  'POST /api/workshops/:id/close': { url: async (s) => `/api/workshops/${(await sampleWorkshop(s)).id}/close`, deniedTo: 'grace', allowedTo: 'ada' },
  // 1:1s: the person reads; only the manager line writes.
  'GET /api/one-on-ones': { url: '/api/one-on-ones', allowedTo: 'grace' },
  'GET /api/people/:id/one-on-ones': { url: '/api/people/alan/one-on-ones', deniedTo: 'barbara', allowedTo: 'alan' },
  'PUT /api/people/:id/one-on-ones/cadence': { url: '/api/people/alan/one-on-ones/cadence', payload: { days: 7 }, deniedTo: 'alan', allowedTo: 'grace' },
  'POST /api/people/:id/one-on-ones': { url: '/api/people/alan/one-on-ones', payload: { heldOn: '2025-01-10', sharedNotes: 'Agreed the April on-call swap.' }, deniedTo: 'alan', allowedTo: 'grace' },
  'PUT /api/people/:id/one-on-ones/:meetingId/notes': { url: async (s) => `/api/people/alan/one-on-ones/${(await sampleOneOnOne(s)).meeting}/notes`, payload: { sharedNotes: 'Agreed the swap.' }, deniedTo: 'alan', allowedTo: 'grace' },
  'PUT /api/people/:id/one-on-one-actions/:actionId': { url: async (s) => `/api/people/alan/one-on-one-actions/${(await sampleOneOnOne(s)).action}`, payload: { done: true }, deniedTo: 'alan', allowedTo: 'grace' },
  // Support plans: the person reads from the first day; never compensation reviewers.
  'GET /api/people/:id/support-plans': { url: '/api/people/alan/support-plans', deniedTo: 'reviewer', allowedTo: 'alan' },
  'POST /api/people/:id/support-plans': { url: '/api/people/alan/support-plans', payload: samplePlan, deniedTo: 'alan', allowedTo: 'grace' },
  'PUT /api/people/:id/support-plans/:planId': { url: async (s) => `/api/people/alan/support-plans/${await sampleSupportPlan(s)}`, payload: { ...samplePlan, outcome: 'met' }, deniedTo: 'alan', allowedTo: 'grace' },
  'POST /api/people/:id/support-plans/:planId/check-ins': { url: async (s) => `/api/people/alan/support-plans/${await sampleSupportPlan(s)}/check-ins`, payload: { heldOn: '2025-02-03', note: 'Three of four pull requests had tests.' }, deniedTo: 'alan', allowedTo: 'grace' },
  'GET /api/templates': { url: '/api/templates', allowedTo: 'alan' },
  'GET /api/templates/:kind': { url: '/api/templates/support-plan', allowedTo: 'alan' },
  'PUT /api/templates/:kind': { url: '/api/templates/quarterly-goals', payload: { title: 'Goals for the quarter', sections: [{ heading: 'Outcome', prompt: 'The change for users by the end of the quarter, with its figure.' }] }, deniedTo: 'grace', allowedTo: 'admin' },
};

describeEachDialect('route access', (dialect) => {
  const server = useTestServer(dialect);
  let routes: { key: string; method: string; access: unknown }[] = [];
  beforeAll(() => {
    const app = server().app;
    routes = registeredRoutes(app.printRoutes({ commonPrefix: false })).flatMap((r) =>
      r.methods.map((method) => ({ key: `${method} ${r.path}`, method, access: app.accessInventory.get(`${method} ${r.path}`) })),
    );
  });
  const isProtected = (r: { access: unknown }) => r.access !== 'public';

  it('every registered route has an access rule; the public /api routes are exactly these', () => {
    expect(routes.length).toBeGreaterThan(25);
    const undeclared = routes.filter((r) => r.access === undefined).map((r) => r.key);
    expect(undeclared, 'routes without config.access').toEqual([]);
    const publicRoutes = routes.filter((r) => r.access === 'public' && r.method !== 'HEAD' && r.key.includes(' /api')).map((r) => r.key).sort();
    expect(publicRoutes).toEqual(['GET /api/auth/oidc/callback', 'GET /api/auth/oidc/start', 'GET /api/auth/providers', 'GET /api/health', 'GET /api/openapi.json', 'POST /api/auth/sign-in',
      // Webhook receivers authenticate by signature or shared token (routes/webhooks), not by session.
      'POST /api/webhooks/github', 'POST /api/webhooks/gitlab', 'POST /api/webhooks/opsgenie', 'POST /api/webhooks/pagerduty',
    ]);
  });

  it('has a sample request for every protected route, and only for those', () => {
    const protectedKeys = routes.filter((r) => isProtected(r) && r.method !== 'HEAD').map((r) => r.key).sort();
    expect(Object.keys(samples).sort()).toEqual(protectedKeys);
  });

  it('answers 401 UNAUTHENTICATED to every protected route (HEAD twins too) without credentials', async () => {
    for (const r of routes.filter(isProtected)) {
      const getKey = r.method === 'HEAD' ? r.key.replace(/^HEAD/, 'GET') : r.key;
      const sample = samples[getKey]!;
      // Unauthenticated requests are refused before any lookup, so a made-up id will do.
      const url = typeof sample.url === 'string' ? sample.url : getKey.split(' ')[1]!.replace(/:\w+/g, 'some-id');
      const res = await send(server().app, { method: r.method as 'GET', url, payload: sample.payload, as: 'anonymous' });
      expect(res.statusCode, r.key).toBe(401);
      if (r.method !== 'HEAD') expect(res.json().error.code, r.key).toBe('UNAUTHENTICATED');
    }
  });

  it.each(Object.entries(samples).filter(([, s]) => s.deniedTo !== undefined))('%s answers 403 FORBIDDEN to an account the policy refuses', async (_key, sample) => {
    const url = typeof sample.url === 'string' ? sample.url : await sample.url(server());
    const res = await send(server().app, { method: _key.split(' ')[0] as 'GET', url, payload: sample.payload, as: await server().as(sample.deniedTo!) });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
    expect(res.json().error.message.length).toBeGreaterThan(10);
  });

  it.each(Object.entries(samples))('%s succeeds for an account the policy allows', async (key, sample) => {
    const url = typeof sample.url === 'string' ? sample.url : await sample.url(server());
    // Sign-out ends its session, so it gets a session of its own.
    const as = key.includes('sign-out') ? await signIn(server().app, `${sample.allowedTo}@lumen.example`) : await server().as(sample.allowedTo);
    const res = await send(server().app, { method: key.split(' ')[0] as 'GET', url, payload: sample.payload, as });
    expect(res.statusCode, res.body).toBeLessThan(300);
  });

  const writes = () => Object.entries(samples).filter(([key]) => !key.startsWith('GET '));
  const urlOf = async (sample: Sample) => (typeof sample.url === 'string' ? sample.url : sample.url(server()));
  /** Larger than any route's body limit (the ladder import's is 6 MiB). */
  const oversized = JSON.stringify({ text: 'x'.repeat(7 * 1024 * 1024) });

  it.each(writes().filter(([, s]) => s.deniedTo !== undefined))('%s decides authorisation before reading the body: 403 to junk and to an oversized body', async (key, sample) => {
    const url = await urlOf(sample);
    const as = await server().as(sample.deniedTo!);
    for (const payload of [{ junk: true, ladder: 42 }, 'not even an object', oversized]) {
      const res = await send(server().app, { method: key.split(' ')[0] as 'POST', url, payload, as, headers: { 'content-type': 'application/json' } });
      expect(res.statusCode, key).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
      expect(res.json().error.problems, 'no validation detail to a caller who may not call').toBeUndefined();
    }
  });

  it.each(writes())('%s answers 413 PAYLOAD_TOO_LARGE to a body over its limit, and 415 to a body that is not JSON', async (key, sample) => {
    const method = key.split(' ')[0] as 'POST';
    const as = await server().as(sample.allowedTo);
    const big = await send(server().app, { method, url: await urlOf(sample), payload: oversized, as, headers: { 'content-type': 'application/json' } });
    expect(big.statusCode, key).toBe(413);
    expect(big.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    for (const type of ['text/plain', 'application/xml', 'application/x-www-form-urlencoded']) {
      const res = await send(server().app, { method, url: await urlOf(sample), payload: 'name=x', as, headers: { 'content-type': type } });
      expect(res.statusCode, `${key} ${type}`).toBe(415);
      expect(res.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    }
  });

  it('sign-in answers 413 and 415 the same way', async () => {
    const big = await send(server().app, { method: 'POST', url: '/api/auth/sign-in', payload: oversized, as: 'anonymous', headers: { 'content-type': 'application/json' } });
    expect([big.statusCode, big.json().error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    const text = await send(server().app, { method: 'POST', url: '/api/auth/sign-in', payload: 'email=a', as: 'anonymous', headers: { 'content-type': 'text/plain' } });
    expect([text.statusCode, text.json().error.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
  });

  it('refuses control characters in any query string with 400 naming the parameter (?q=%00 matched every record)', async () => {
    const gets = Object.entries(samples).filter(([key, s]) => key.startsWith('GET ') && typeof s.url === 'string');
    for (const [key, sample] of gets) {
      const url = sample.url as string;
      const res = await send(server().app, { method: 'GET', url: `${url}${url.includes('?') ? '&' : '?'}q=%00`, as: await server().as(sample.allowedTo) });
      expect(res.statusCode, key).toBe(400);
      expect(res.json().error.problems, key).toEqual(['querystring.q: must not contain control characters']);
    }
    const people = await send(server().app, { method: 'GET', url: '/api/people?q=%1b%5b2J', as: await server().as('alan') });
    expect(people.statusCode).toBe(400);
    expect((await send(server().app, { method: 'GET', url: '/api/people?q=Ada%20Lovelace', as: await server().as('alan') })).statusCode).toBe(200);
  });

  it('routes refused to nobody are open to every role by the policy', () => {
    for (const [key, sample] of Object.entries(samples)) {
      const access = routes.find((r) => r.key === key)?.access;
      if (sample.deniedTo !== undefined || typeof access !== 'object' || access === null) continue;
      const { resource, action } = access as { resource: Resource['type']; action: 'read' | 'write' };
      for (const role of roles) {
        const actor = accountActor({ accountId: 'a', personId: 'p', roles: [role] });
        expect(can(actor, action, { type: resource } as Resource).allowed, `${key} for ${role}`).toBe(true);
      }
    }
  });
});

it('refuses to register an /api route that declares no access rule', async () => {
  const app = Fastify();
  installAccessInventory(app as never);
  expect(() => app.get('/api/secret', async () => 'x')).toThrow(/declares no access rule/);
  app.get('/api/open', { config: { access: 'public' } }, async () => 'x');
  // Outside /api (the web app's static files) a route without a rule is public by rule.
  app.get('/index.html', async () => 'x');
  await app.ready();
  expect(app.accessInventory.get('GET /api/open')).toBe('public');
  expect(app.accessInventory.get('GET /index.html')).toBe('public');
  await app.close();
});
