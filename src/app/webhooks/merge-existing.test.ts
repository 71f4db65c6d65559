import { describe, expect, it } from 'vitest';
import { mergeWithStored } from './merge-existing.js';

describe('merging a webhook record over the stored one', () => {
  it('keeps the earliest start, follows the event on resolvedAt, keeps fields the event lacks', () => {
    const stored = { kind: 'incident', id: 'i', service: 's', startedAt: '2024-01-01T10:00:00.000Z', causedBy: 'd1', resolvedAt: '2024-01-01T11:00:00.000Z' } as const;
    expect(mergeWithStored({ kind: 'incident', id: 'i', service: 's', startedAt: '2024-01-01T12:00:00.000Z', title: 't' }, stored)).toEqual({
      kind: 'incident',
      id: 'i',
      service: 's',
      startedAt: '2024-01-01T10:00:00.000Z',
      causedBy: 'd1',
      title: 't',
    });
  });

  it("keeps a deployment's changes and a change's stored isMerge", () => {
    const d = mergeWithStored({ kind: 'deployment', id: 'd', service: 's', finishedAt: '2024-01-01T10:00:00.000Z', status: 'success' }, { kind: 'deployment', id: 'd', service: 's', finishedAt: '2024-01-01T09:00:00.000Z', changes: ['a'] });
    expect(d).toMatchObject({ finishedAt: '2024-01-01T10:00:00.000Z', changes: ['a'] });
    const c = mergeWithStored({ kind: 'change', id: 'a', service: 's', committedAt: '2024-01-01T10:00:00.000Z', isMerge: false }, { kind: 'change', id: 'a', service: 's', committedAt: '2024-01-01T10:00:00.000Z', isMerge: true, deployment: 'd' });
    expect(c).toMatchObject({ isMerge: true, deployment: 'd' });
  });

  it("keeps a pull request's first review and earliest opening, and takes the merge from the event", () => {
    const base = { kind: 'pull_request', id: 'p', service: 's', openedAt: '2024-01-01T10:00:00.000Z' } as const;
    const stored = { ...base, author: 'a', firstReviewAt: '2024-01-01T12:00:00.000Z', firstReviewer: 'r1' } as const;
    expect(mergeWithStored({ ...base, firstReviewAt: '2024-01-02T09:00:00.000Z', firstReviewer: 'r2' }, stored)).toEqual(stored);
    expect(mergeWithStored({ ...base, firstReviewAt: '2024-01-01T11:00:00.000Z', firstReviewer: 'r3' }, stored)).toMatchObject({ firstReviewAt: '2024-01-01T11:00:00.000Z', firstReviewer: 'r3', author: 'a' });
    expect(mergeWithStored({ ...base, mergedAt: '2024-01-03T00:00:00.000Z', mergedBy: 'm' }, stored)).toEqual({ ...stored, mergedAt: '2024-01-03T00:00:00.000Z', mergedBy: 'm' });
  });
});
