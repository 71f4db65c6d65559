/**
 * Feedback kinds and their attribution policy (spec/people.md). Who may write each kind, whether
 * it is requested, and how the writer is named are decided here, once, so the page shows the
 * writer the same policy the use case enforces.
 *
 * - manager: the person's manager line; shared with the person or kept private to the line.
 * - self: the person about themselves; shared with their manager line.
 * - peer: a colleague, only when asked (a request), attributed.
 * - upward: a report about their manager, only when asked; attributed by default, anonymous only
 *   when the request went to at least `minAnonymousGroup` people, and then withheld from every
 *   reader until that many have answered, so a single answer cannot be traced to its writer.
 * - praise: anyone about a colleague, shared and attributed.
 */

export const feedbackKinds = ['manager', 'self', 'peer', 'upward', 'praise'] as const;
export type FeedbackKind = (typeof feedbackKinds)[number];

/** Kinds that are written only in answer to a request. */
export const requestedKinds = ['peer', 'upward'] as const;
export type RequestedKind = (typeof requestedKinds)[number];
export const isRequestedKind = (k: FeedbackKind): k is RequestedKind => (requestedKinds as readonly string[]).includes(k);

export const visibilities = ['shared', 'private-to-manager'] as const;
export type FeedbackVisibility = (typeof visibilities)[number];

/** The smallest group of answers in which anonymous upward feedback cannot be traced. */
export const minAnonymousGroup = 3;

/** The default number of peer feedback requests per person per cycle (a setting). */
export const defaultPeerRequestLimit = 5;

export interface AttributionPolicy {
  kind: FeedbackKind;
  /** Who is named to the readers. */
  attribution: 'attributed' | 'attributed, or anonymous in a group of 3 or more';
  mayBeAnonymous: boolean;
  /** Which visibilities the writer may choose. */
  visibilities: readonly FeedbackVisibility[];
  /** The sentence shown to the writer before they write. */
  notice: string;
}

const policies: Record<FeedbackKind, AttributionPolicy> = {
  manager: {
    kind: 'manager',
    attribution: 'attributed',
    mayBeAnonymous: false,
    visibilities: ['shared', 'private-to-manager'],
    notice: 'Manager feedback carries your name. Shared feedback is visible to the person at once; a private note is read only by their manager line and never reaches the person or any export.',
  },
  self: {
    kind: 'self',
    attribution: 'attributed',
    mayBeAnonymous: false,
    visibilities: ['shared'],
    notice: 'Self feedback carries your name and is read by you and your manager line.',
  },
  peer: {
    kind: 'peer',
    attribution: 'attributed',
    mayBeAnonymous: false,
    visibilities: ['shared', 'private-to-manager'],
    notice: 'Peer feedback carries your name: the person sees who wrote it. Choose "private to manager" for what only their manager line should read; it never reaches the person or any export.',
  },
  upward: {
    kind: 'upward',
    attribution: 'attributed, or anonymous in a group of 3 or more',
    mayBeAnonymous: true,
    visibilities: ['shared', 'private-to-manager'],
    notice: `Upward feedback carries your name unless you choose anonymous. Anonymous answers are possible only when the request went to at least ${minAnonymousGroup} people, and they stay withheld from every reader until ${minAnonymousGroup} have answered, so none can be traced to you.`,
  },
  praise: {
    kind: 'praise',
    attribution: 'attributed',
    mayBeAnonymous: false,
    visibilities: ['shared'],
    notice: 'Praise carries your name and is shared with the person at once.',
  },
};

export const attributionPolicy = (kind: FeedbackKind): AttributionPolicy => policies[kind];
