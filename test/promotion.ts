/**
 * Promotion-case set-up for route tests, through the real routes: the Trellis default ladder
 * published by Ada (a calibrator) once, a cycle (test/reviews.ts), and Alan's case started by
 * Grace, his manager, with one case file citing his evidence item.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { send, type TestServer } from './http-helpers.js';
import { alanEvidenceId, sampleCycleUrl } from './reviews.js';

export const defaultLadderText = readFileSync(new URL('../data/ladders/trellis/engineering.yml', import.meta.url), 'utf8');

export async function publishDefaultLadder(s: TestServer): Promise<void> {
  const res = await send(s.app, { method: 'POST', url: '/api/ladders', payload: { text: defaultLadderText, fileName: 'engineering.yml' }, as: await s.as('ada') });
  expect(res.statusCode, res.body).toBeLessThan(300);
}

export const sampleCaseFile = {
  problem: 'Deploy-bot retries hid failed deploys',
  scope: 'deploy-bot, used by every team',
  action: 'Added tests and a retry limit',
  result: 'Failed deploys now page within five minutes',
  from: '2025-03-01',
  to: '2025-03-20',
  dimensions: ['operational-responsibility'],
  evidence: [alanEvidenceId],
};

/** A fresh writing cycle with Alan's promotion case started (and, with `withFile`, one case file); its case URL and the file's id. */
export async function sampleCaseUrl(s: TestServer, withFile = false): Promise<{ url: string; cycle: string; example: string | null }> {
  await publishDefaultLadder(s);
  const cycle = await sampleCycleUrl(s, 'writing');
  const url = `${cycle}/people/alan/promotion-case`;
  const started = await send(s.app, { method: 'PUT', url, payload: {}, as: await s.as('grace') });
  expect(started.statusCode, started.body).toBe(200);
  if (!withFile) return { url, cycle, example: null };
  const added = await send(s.app, { method: 'POST', url: `${url}/examples`, payload: sampleCaseFile, as: await s.as('grace') });
  expect(added.statusCode, added.body).toBe(201);
  return { url, cycle, example: (added.json() as { examples: { id: string }[] }).examples[0]!.id };
}
