/**
 * An audit entry in words: "Viewed compensation in “Annual review 2026”", "Changed evidence",
 * "Signed in". Ids are for machines; people reading who touched their records need the names
 * and titles, so the record a resource id points at is looked up (by the app layer) and passed
 * in. Unknown actions and record types fall back to their codes, so a new kind of entry shows up
 * plainly rather than disappearing.
 */

export interface DescribableEntry {
  action: string;
  resourceType: string;
  resourceId: string | null;
  /** The people a list read named. */
  subjects: readonly string[];
}

/** Names the describer may use, keyed by id: review cycles' names and account emails. */
export interface AuditNames {
  cycles: ReadonlyMap<string, string>;
  accounts: ReadonlyMap<string, string>;
}

const verbs: Record<string, string> = {
  read: 'Viewed',
  create: 'Created',
  update: 'Changed',
  write: 'Wrote',
  delete: 'Deleted',
  revoke: 'Revoked',
  publish: 'Published',
  transition: 'Moved',
  share: 'Shared',
  calibrate: 'Calibrated',
  comment: 'Commented on',
  challenge: 'Challenged',
  answer: 'Answered',
  start: 'Started',
  retarget: 'Changed the target level of',
  'add-example': 'Added a case file to',
  'update-example': 'Changed a case file of',
  'delete-example': 'Removed a case file from',
  retry: 'Sent again',
};

/** Actions that are whole sentences on their own. */
const sentences: Record<string, string> = {
  'sign-in': 'Signed in',
  'sign-out': 'Signed out',
};

const records: Record<string, string> = {
  'person-private': 'private records (on-call shifts and pages)',
  compensation: 'compensation',
  'review-packet': 'review packet',
  'review-rating': 'ratings',
  'review-cycle': 'review cycle',
  'rating-challenge': 'ratings',
  'living-document': 'living document',
  'growth-note': 'growth notes',
  'evidence-item': 'evidence',
  goal: 'goal',
  feedback: 'feedback',
  account: 'account',
  'api-token': 'API token',
  ladder: 'career ladder',
  rubric: 'review signals',
  settings: 'settings',
  'promotion-case': 'promotion case',
  'promotion-committee': 'promotion cases',
  'one-on-one-note': '1:1s',
  'one-on-one-private-note': '1:1s with private notes',
  'support-plan': 'support plan',
  template: 'template',
  'email-outbox': 'email outbox',
  'email-settings': 'email settings',
};

/** The record types whose resource id is a review cycle's id. */
const aboutCycle = new Set(['compensation', 'review-packet', 'review-cycle', 'review-rating', 'promotion-case', 'promotion-committee']);

export function describeEntry(e: DescribableEntry, names: AuditNames): string {
  const sentence = sentences[e.action];
  if (sentence) return sentence;
  const verb = verbs[e.action] ?? e.action;
  const what = records[e.resourceType] ?? e.resourceType.replace(/[_-]+/g, ' ');
  const many = e.subjects.length > 0 ? ` of ${e.subjects.length} ${e.subjects.length === 1 ? 'person' : 'people'}` : '';
  const cycle = e.resourceId !== null && aboutCycle.has(e.resourceType) ? names.cycles.get(e.resourceId) : undefined;
  const account = e.resourceId !== null && e.resourceType === 'account' ? names.accounts.get(e.resourceId) : undefined;
  const where = cycle !== undefined ? ` in “${cycle}”` : account !== undefined ? ` ${account}` : '';
  // Reminders name how many were reminded, not the cycle as a record: "Reminded 3 people behind in “Annual 2026”".
  if (e.action === 'remind') return `Reminded ${e.subjects.length} ${e.subjects.length === 1 ? 'person' : 'people'} behind${where}`;
  return `${verb} ${what}${many}${where}`;
}
