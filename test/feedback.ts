/**
 * Feedback set-up for route tests: a cycle in writing with a fixed id (so a static request body
 * can name it), and fresh requests asking Barbara for peer feedback about Alan in it.
 */
import { randomBytes } from 'node:crypto';
import { dataAccess } from '../src/store/data-access.js';
import type { TestServer } from './http-helpers.js';

export const feedbackCycleId = 'sample-feedback-cycle';

export async function sampleFeedbackCycle(s: TestServer, id = feedbackCycleId): Promise<string> {
  const data = dataAccess(s.store.db);
  if (await data.cycles.get(id)) return id;
  const at = Date.UTC(2025, 0, 2);
  await data.cycles.insert(
    {
      id,
      kind: 'check-in',
      name: 'Sample feedback cycle',
      periodFrom: Date.UTC(2025, 0, 1),
      periodTo: Date.UTC(2026, 0, 1),
      state: 'writing',
      rubric: null,
      ladder: null,
      history: [
        { state: 'draft', at, by: null },
        { state: 'published', at, by: null },
        { state: 'writing', at, by: null },
      ],
      deadlines: { selfReview: Date.UTC(2025, 11, 1) },
    },
    at,
  );
  return id;
}

/**
 * A fresh open request asking `writer` for peer feedback about `subject`, in a cycle of its own
 * (a colleague is asked once per person and cycle); returns its id.
 */
export async function sampleFeedbackRequest(s: TestServer, writer = 'barbara', subject = 'alan'): Promise<string> {
  const id = randomBytes(8).toString('hex');
  const cycle = await sampleFeedbackCycle(s, `sample-feedback-${id}`);
  await dataAccess(s.store.db).feedbackRequests.insertMany([{ id, group: id, cycle, subject, writer, kind: 'peer', note: null, requestedBy: null, createdAt: Date.UTC(2025, 5, 1), answeredAt: null }]);
  return id;
}

export const sampleAnswer = {
  continueText: 'Writing the incident timeline as it happens.',
  continueExample: 'During INC-42 on 4 May the timeline let the next shift take over in 5 minutes.',
  changeText: 'Share the rollout plan before the change window.',
  changeExample: 'The ledger migration on 12 June was announced 10 minutes before it started.',
};
