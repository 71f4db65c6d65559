/**
 * What Trellis notifies people about, and the retry schedule of its email. Pure: the use cases
 * decide who receives what; this names the kinds once (the settings page, the API and the
 * outbox all use these names) and says when a failed email is tried again.
 */
export const notificationKinds = ['cycle-opened', 'deadline', 'review-shared', 'challenge', 'no-surprises', 'reminder', 'feedback-request', 'feedback-received', 'support-plan'] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** How each kind is described on the email settings page. */
export const kindLabels: Record<NotificationKind, string> = {
  'cycle-opened': 'A review cycle you take part in opens',
  deadline: 'A step you have not done is due in 3 days',
  'review-shared': 'Your review is shared with you',
  challenge: 'A challenge on ratings is raised or answered',
  'no-surprises': 'A rating you wrote has a no-surprises flag',
  reminder: 'A people partner reminds you of a step',
  'feedback-request': 'A colleague asks you for feedback',
  'feedback-received': 'Feedback about you is shared with you',
  'support-plan': 'A support plan is made for you',
};

export const isNotificationKind = (k: string): k is NotificationKind => (notificationKinds as readonly string[]).includes(k);

/** Everyone gets every kind by email until they say otherwise: a review process people miss is worse than one email too many. */
export function emailChoices(stored: ReadonlyMap<string, boolean>): Record<NotificationKind, boolean> {
  return Object.fromEntries(notificationKinds.map((k) => [k, stored.get(k) ?? true])) as Record<NotificationKind, boolean>;
}

/**
 * When attempt `attempts` (1-based, just failed) is followed by the next: exponential backoff
 * from `baseMs`, capped at an hour, so a mail server that is down for a while is not hammered.
 */
export function nextAttemptDelay(attempts: number, baseMs: number): number {
  return Math.min(3_600_000, baseMs * 2 ** Math.max(0, attempts - 1));
}
