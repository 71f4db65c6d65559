/** Feedback as the pages show it: kind names, visibility words, and the API paths of the pages. */
import type { Schemas } from '../../api/openapi.gen';

export type FeedbackEntry = Schemas['FeedbackEntry'];
export type FeedbackRequest = Schemas['FeedbackRequest'];
export type FeedbackKind = FeedbackEntry['kind'];

export const kindNames: Record<FeedbackKind, string> = { manager: 'Manager', self: 'Self', peer: 'Peer', upward: 'Upward', praise: 'Praise' };

export const visibilityNames = {
  shared: 'Shared with the person',
  'private-to-manager': 'Private to the manager line',
} as const;

export const feedbackPaths = {
  received: (person: string) => `/people/${encodeURIComponent(person)}/feedback`,
  request: (person: string) => `/people/${encodeURIComponent(person)}/feedback/request`,
  write: (request: string) => `/feedback/requests/${encodeURIComponent(request)}`,
};
