import { describe, expect, it } from 'vitest';
import { describeAction } from './describe-action';

describe('describeAction', () => {
  it('puts the actions the server records into words', () => {
    expect(describeAction({ action: 'read', resourceType: 'person-private', resourceId: 'amara' })).toBe('Viewed private records of amara');
    expect(describeAction({ action: 'read', resourceType: 'person-wellbeing', resourceId: 'dev-patel' })).toBe('Viewed on-call load of dev-patel');
    expect(describeAction({ action: 'sign-in', resourceType: 'account', resourceId: 'acc-1' })).toBe('Signed in');
    expect(describeAction({ action: 'revoke', resourceType: 'api-token', resourceId: null })).toBe('Revoked API token');
  });

  it('shows unknown actions by their codes', () => {
    expect(describeAction({ action: 'export', resourceType: 'review_packet', resourceId: 'r1' })).toBe('export review packet r1');
  });
});
