/**
 * An audit entry's action in words ("Viewed private records of amara"). Unknown actions and
 * record types fall back to their codes, so a new kind of entry on the server shows up plainly
 * rather than disappearing.
 */
interface Described {
  action: string;
  resourceType: string;
  resourceId: string | null;
}

const verbs: Record<string, string> = {
  read: 'Viewed',
  create: 'Created',
  update: 'Changed',
  delete: 'Deleted',
  revoke: 'Revoked',
};

/** Actions that are whole sentences on their own. */
const sentences: Record<string, string> = {
  'sign-in': 'Signed in',
  'sign-out': 'Signed out',
};

const records: Record<string, string> = {
  'person-private': 'private records',
  'person-wellbeing': 'on-call load',
  account: 'account',
  'api-token': 'API token',
};

export function describeAction({ action, resourceType, resourceId }: Described): string {
  const sentence = sentences[action];
  if (sentence) return sentence;
  const verb = verbs[action] ?? action;
  const what = records[resourceType] ?? resourceType.replace(/[_-]+/g, ' ');
  const of = resourceType === 'person-private' || resourceType === 'person-wellbeing' ? ' of' : '';
  return resourceId ? `${verb} ${what}${of} ${resourceId}` : `${verb} ${what}`;
}
