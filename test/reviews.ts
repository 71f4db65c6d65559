/**
 * Review set-up for route tests, through the real routes: the default rubric published by Ada
 * (a calibrator), cycles created and moved forward by the people partner.
 */
import { expect } from 'vitest';
import { cycleStates, type CycleState } from '../src/core/review/cycle.js';
import { defaultRubric } from '../src/core/review/default-rubric.js';
import type { Kysely } from 'kysely';
import { dataAccess } from '../src/store/data-access.js';
import type { Database } from '../src/store/schema.js';
import { send, type TestServer } from './http-helpers.js';

/**
 * Ratings and reviews cite items of the person's living document dated in the cycle's period.
 * The test cycles cover 2025, so Alan has one item in it (`alanEvidenceId`), written straight to
 * the store once per database.
 */
export const alanEvidenceId = 'ev-alan-deploy-bot-tests';

export async function seedAlanEvidence(db: Kysely<Database>, id = alanEvidenceId, date = Date.UTC(2025, 2, 10), person = 'alan'): Promise<void> {
  const data = dataAccess(db);
  if (await data.evidence.get(id)) return;
  const at = Date.UTC(2025, 2, 11);
  await data.evidence.insert({
    id,
    person,
    title: 'Added tests to the deploy-bot retry',
    date,
    kind: 'shipped',
    signals: ['code-quality'],
    dimensions: [],
    links: [],
    notes: '',
    outcome: null,
    createdBy: null,
    createdAt: at,
    updatedAt: at,
  });
}

export async function publishDefaultRubric(s: TestServer): Promise<void> {
  const { name, signals, scale } = defaultRubric();
  const res = await send(s.app, { method: 'POST', url: '/api/rubrics', payload: { name, signals, scale }, as: await s.as('ada') });
  expect(res.statusCode, res.body).toBe(201);
}

/** Create a cycle and move it forward to `state`; returns its id. */
export async function cycleAt(s: TestServer, state: CycleState, kind: 'annual' | 'check-in' | 'promotion' = 'annual', name = `${kind} ${state}`): Promise<string> {
  await seedAlanEvidence(s.store.db);
  const partner = await s.as('partner');
  const res = await send(s.app, { method: 'POST', url: '/api/cycles', payload: { kind, name, periodFrom: '2025-01-01', periodTo: '2026-01-01' }, as: partner });
  expect(res.statusCode, res.body).toBe(201);
  const id = (res.json() as { id: string }).id;
  for (const to of cycleStates.slice(1, cycleStates.indexOf(state) + 1)) await moveCycle(s, id, to);
  return id;
}

export async function moveCycle(s: TestServer, id: string, to: CycleState): Promise<void> {
  const res = await send(s.app, { method: 'POST', url: `/api/cycles/${id}/transition`, payload: { to }, as: await s.as('partner') });
  expect(res.statusCode, res.body).toBe(200);
}

export const needsSupport = { value: 'needs support', rationale: 'Two pull requests came back for missing tests (PR 12, PR 19).', evidence: [alanEvidenceId], context: 'https://git.example/pr/12' };

/**
 * For the route-access samples (src/http/access.test.ts), which share one server: a fresh cycle
 * in `state`, pinned to the `engineering` rubric (published once, on first use), as its URL.
 */
export async function sampleCycleUrl(s: TestServer, state: CycleState): Promise<string> {
  const res = await send(s.app, { method: 'GET', url: '/api/rubrics?id=engineering', as: await s.as('alan') });
  if (res.statusCode === 404) await publishDefaultRubric(s);
  await seedAlanEvidence(s.store.db);
  const partner = await s.as('partner');
  const created = await send(s.app, {
    method: 'POST',
    url: '/api/cycles',
    payload: { kind: 'annual', name: `sample ${state}`, periodFrom: '2025-01-01', periodTo: '2026-01-01', rubric: { id: 'engineering', version: 1 } },
    as: partner,
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = (created.json() as { id: string }).id;
  for (const to of cycleStates.slice(1, cycleStates.indexOf(state) + 1)) {
    if (to === 'calibrating') await send(s.app, { method: 'PUT', url: `/api/cycles/${id}/people/alan/ratings/code-quality`, payload: needsSupport, as: await s.as('grace') });
    if (to === 'shared') await acknowledgeFlags(s, id);
    await moveCycle(s, id, to);
  }
  return `/api/cycles/${id}`;
}

/** Acknowledge every open no-surprises flag of a cycle as Ada (a calibrator), so it may be shared. */
export async function acknowledgeFlags(s: TestServer, cycle: string): Promise<void> {
  const flags = await send(s.app, { method: 'GET', url: `/api/cycles/${cycle}/flags`, as: await s.as('ada') });
  for (const f of (flags.json() as { items: { rating: string }[] }).items) {
    const res = await send(s.app, { method: 'POST', url: `/api/cycles/${cycle}/flags/${f.rating}/acknowledgement`, payload: { note: 'Raised with the engineer in the last 1:1; the rating stands.' }, as: await s.as('ada') });
    expect(res.statusCode, res.body).toBeLessThan(300);
  }
}

/** A cycle in writing with Grace's needs-support pre-rating of Alan, as its id. */
export async function sampleCalibrationCycle(s: TestServer, state: 'writing' | 'calibrating' = 'writing', session?: 'pre-rating' | 'open'): Promise<string> {
  const id = (await sampleCycleUrl(s, 'writing')).split('/').pop()!;
  await send(s.app, { method: 'PUT', url: `/api/cycles/${id}/people/alan/ratings/code-quality`, payload: needsSupport, as: await s.as('grace') });
  if (session) expect((await send(s.app, { method: 'POST', url: `/api/cycles/${id}/calibration`, as: await s.as('ada') })).statusCode).toBe(201);
  if (state === 'calibrating') await moveCycle(s, id, 'calibrating');
  if (session === 'open') expect((await send(s.app, { method: 'POST', url: `/api/cycles/${id}/calibration/open`, as: await s.as('ada') })).statusCode).toBe(200);
  return id;
}

/** A fresh open challenge by Alan in a shared cycle, as the URL that answers it. */
export async function sampleChallengeAnswerUrl(s: TestServer): Promise<string> {
  const cycle = await sampleCycleUrl(s, 'shared');
  const res = await send(s.app, { method: 'POST', url: `${cycle}/people/alan/challenges`, payload: { kind: 'challenge', signal: 'code-quality', text: 'The PRs cited were pair-written.' }, as: await s.as('alan') });
  expect(res.statusCode, res.body).toBe(201);
  return `/api/challenges/${(res.json() as { id: string }).id}/answer`;
}

/** A calibration workshop round started by Ada (calibrator) with Grace and Katherine rating, and one packet written from scratch. */
export async function sampleWorkshop(s: TestServer): Promise<{ id: string; packet: string }> {
  const ada = await s.as('ada');
  const round = await send(s.app, { method: 'POST', url: '/api/workshops', payload: { title: 'Sample round', raters: ['grace', 'katherine'] }, as: ada });
  expect(round.statusCode, round.body).toBe(201);
  const id = (round.json() as { id: string }).id;
  const packet = await send(s.app, { method: 'POST', url: `/api/workshops/${id}/packets`, payload: { origin: 'scratch', title: 'Packet A', body: 'Shipped the canary stage; change failure rate fell from 18% to 6%.' }, as: ada });
  expect(packet.statusCode, packet.body).toBe(201);
  return { id, packet: (packet.json() as { id: string }).id };
}

/** A sample packet drafted from Alan's real packet (waiting for approval) in a fresh round. */
export async function sampleDraftPacketUrl(s: TestServer): Promise<string> {
  const cycle = (await sampleCycleUrl(s, 'writing')).split('/').pop()!;
  const { id } = await sampleWorkshop(s);
  const draft = await send(s.app, { method: 'POST', url: `/api/workshops/${id}/packets`, payload: { origin: 'anonymised', title: 'From a real packet', cycle, person: 'alan' }, as: await s.as('ada') });
  expect(draft.statusCode, draft.body).toBe(201);
  return `/api/workshops/${id}/packets/${(draft.json() as { id: string }).id}/approve`;
}
