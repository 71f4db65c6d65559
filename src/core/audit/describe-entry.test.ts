import { describe, expect, it } from 'vitest';
import { describeEntry, type AuditNames } from './describe-entry.js';

const names: AuditNames = { cycles: new Map([['annual-2026', 'Annual review 2026']]), accounts: new Map([['acct-dev', 'dev@lumen.example']]) };
const entry = (action: string, resourceType: string, resourceId: string | null, subjects: string[] = []) => ({ action, resourceType, resourceId, subjects });

describe('an audit entry in words', () => {
  it('names the cycle by its title, never its id', () => {
    expect(describeEntry(entry('read', 'compensation', 'annual-2026'), names)).toBe('Viewed compensation in “Annual review 2026”');
    expect(describeEntry(entry('read', 'review-rating', 'annual-2026'), names)).toBe('Viewed ratings in “Annual review 2026”');
  });

  it('says how many people were reminded in which cycle, and names email records', () => {
    expect(describeEntry(entry('remind', 'review-cycle', 'annual-2026', ['a', 'b', 'c']), names)).toBe('Reminded 3 people behind in “Annual review 2026”');
    expect(describeEntry(entry('retry', 'email-outbox', 'e1'), names)).toBe('Sent again email outbox');
  });

  it('says how many people a list read covered', () => {
    expect(describeEntry(entry('read', 'compensation', 'annual-2026', ['a', 'b', 'c']), names)).toBe('Viewed compensation of 3 people in “Annual review 2026”');
  });

  it('describes private records and other records without their ids', () => {
    expect(describeEntry(entry('read', 'person-private', 'dev-patel'), names)).toBe('Viewed private records (on-call shifts and pages)');
    expect(describeEntry(entry('update', 'evidence-item', 'ev-9f2c'), names)).toBe('Changed evidence');
    expect(describeEntry(entry('create', 'support-plan', 'plan-1'), names)).toBe('Created support plan');
    expect(describeEntry(entry('read', 'one-on-one-private-note', 'jonas-weber'), names)).toBe('Viewed 1:1s with private notes');
    expect(describeEntry(entry('create', 'account', 'acct-dev'), names)).toBe('Created account dev@lumen.example');
    expect(describeEntry(entry('sign-in', 'account', 'acct-dev'), names)).toBe('Signed in');
  });

  it('describes promotion cases and the committee’s reads in words, with the cycle', () => {
    expect(describeEntry(entry('read', 'promotion-case', 'annual-2026'), names)).toBe('Viewed promotion case in “Annual review 2026”');
    expect(describeEntry(entry('add-example', 'promotion-case', 'annual-2026'), names)).toBe('Added a case file to promotion case in “Annual review 2026”');
    expect(describeEntry(entry('read', 'promotion-committee', 'annual-2026', ['mei', 'amara']), names)).toBe('Viewed promotion cases of 2 people in “Annual review 2026”');
  });

  it('falls back to the codes of an action or record it does not know, and to nothing for an unknown cycle', () => {
    expect(describeEntry(entry('archive', 'team_chart', null), names)).toBe('archive team chart');
    expect(describeEntry(entry('read', 'compensation', 'gone-cycle'), names)).toBe('Viewed compensation');
  });
});
