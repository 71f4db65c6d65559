import { describe, expect, it } from 'vitest';
import { fixture } from '../../../test/webhook-fixtures.js';
import { mapOpsgenieEvent } from './map-event.js';

describe('Opsgenie alert webhook mapping (captured payloads)', () => {
  it('maps Create to an incident, by tag, starting at createdAt (ms)', () => {
    expect(mapOpsgenieEvent(fixture('opsgenie/zulip-captured/create.json'), { 'tag:vip': 'checkout' })).toEqual({
      records: [{ kind: 'incident', id: 'opsgenie:ec03dad6-62c8-4c94-b38b-d88f398e900f', service: 'checkout', startedAt: '2017-08-14T11:25:56.288Z', severity: 'P3', title: 'another alert' }],
      ignored: [],
    });
  });

  it('maps Close with resolvedAt from updatedAt (ns, above 2^53: exact to the millisecond)', () => {
    const body = fixture('opsgenie/zulip-captured/close.json');
    body.alert.teams = ['SRE'];
    expect(mapOpsgenieEvent(body, { 'team:SRE': 'ledger' })).toEqual({
      records: [{ kind: 'incident', id: 'opsgenie:052652ac-5d1c-464a-812a-7dd18bbfba8c', service: 'ledger', startedAt: '2015-01-05T10:03:11.104Z', resolvedAt: '2015-01-05T10:06:14.669Z', title: 'test alert' }],
      ignored: [],
    });
  });

  it('maps Acknowledge without resolving; ignores other actions and alerts of no mapped team or tag', () => {
    const body = fixture('opsgenie/zulip-captured/close.json');
    body.action = 'Acknowledge';
    body.alert.tags = ['ledger'];
    expect(mapOpsgenieEvent(body, { 'tag:ledger': 'ledger' }).records[0]).not.toHaveProperty('resolvedAt');
    expect(mapOpsgenieEvent(body, {}).ignored).toEqual(['Opsgenie alert teams/tags "tag:ledger" is not mapped to a Trellis service (TRELLIS_WEBHOOK_SERVICES)']);
    body.action = 'AddNote';
    expect(mapOpsgenieEvent(body, { 'tag:ledger': 'ledger' }).ignored).toEqual(['action "AddNote" is not used']);
  });
});
