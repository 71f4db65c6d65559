/** 1:1 and support plan set-up for route tests, through the real routes (Grace manages Alan). */
import { expect } from 'vitest';
import { send, type TestServer } from './http-helpers.js';

export const samplePlan = {
  signal: 'code-quality',
  startsOn: '2025-01-06',
  endsOn: '2025-03-28',
  expectations: ['Each pull request to deploy-bot lands with tests for the changed path, from 20 January.'],
  support: ['Two hours of pairing a week on the retry module.'],
};

/** A fresh 1:1 of Grace with Alan, with one action item for Alan. */
export async function sampleOneOnOne(s: TestServer): Promise<{ meeting: string; action: string }> {
  const grace = await s.as('grace');
  const res = await send(s.app, { method: 'POST', url: '/api/people/alan/one-on-ones', payload: { heldOn: '2025-01-10', actions: [{ text: 'Write the deploy-bot runbook', owner: 'report', dueOn: '2025-01-24' }] }, as: grace });
  expect(res.statusCode, res.body).toBe(201);
  const meeting = (res.json() as { id: string }).id;
  const view = await send(s.app, { method: 'GET', url: '/api/people/alan/one-on-ones', as: grace });
  const action = (view.json() as { actions: { id: string; meeting: string }[] }).actions.find((a) => a.meeting === meeting)!.id;
  return { meeting, action };
}

/** A fresh support plan for Alan, written by Grace; returns its id. */
export async function sampleSupportPlan(s: TestServer): Promise<string> {
  const res = await send(s.app, { method: 'POST', url: '/api/people/alan/support-plans', payload: samplePlan, as: await s.as('grace') });
  expect(res.statusCode, res.body).toBe(201);
  return (res.json() as { id: string }).id;
}
