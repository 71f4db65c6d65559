import { describe, expect, it } from 'vitest';
import { fixture } from '../../../test/webhook-fixtures.js';
import { mapPagerDutyEvent } from './map-event.js';

const services = { PA2P440: 'checkout' };
const base = { kind: 'incident', service: 'checkout', severity: 'high' };

describe('PagerDuty v3 webhook mapping (captured payloads)', () => {
  it('maps incident.triggered, starting at the event time when the body has no created_at', () => {
    expect(mapPagerDutyEvent(fixture('pagerduty/zulip-captured/triggered_v3.json'), services)).toEqual({
      records: [{ ...base, id: 'pagerduty:PFQZPSY', startedAt: '2021-06-04T13:35:29.781Z', title: 'Test Incident 3', url: 'https://pig208.pagerduty.com/incidents/PFQZPSY' }],
      ignored: [],
    });
  });

  it('maps incident.acknowledged without resolving it', () => {
    const r = mapPagerDutyEvent(fixture('pagerduty/zulip-captured/acknowledged_v3.json'), services).records;
    expect(r).toHaveLength(1);
    expect(r[0]).not.toHaveProperty('resolvedAt');
  });

  it('maps incident.resolved with resolvedAt = occurred_at', () => {
    expect(mapPagerDutyEvent(fixture('pagerduty/zulip-captured/resolved_v3.json'), services)).toEqual({
      records: [{ ...base, id: 'pagerduty:PCPZE64', startedAt: '2021-06-04T13:16:53.816Z', resolvedAt: '2021-06-04T13:16:53.816Z', title: 'Test Incident', url: 'https://pig208.pagerduty.com/incidents/PCPZE64' }],
      ignored: [],
    });
  });

  it('prefers created_at and the priority when the body has them', () => {
    const body = fixture('pagerduty/zulip-captured/triggered_v3.json');
    body.event.data.created_at = '2021-06-04T13:30:00Z';
    body.event.data.priority = { summary: 'P1' };
    expect(mapPagerDutyEvent(body, services).records[0]).toMatchObject({ startedAt: '2021-06-04T13:30:00.000Z', severity: 'P1' });
  });

  it('ignores other event types and unmapped services', () => {
    const body = fixture('pagerduty/zulip-captured/triggered_v3.json');
    expect(mapPagerDutyEvent(body, {}).ignored).toEqual(['PagerDuty service "PA2P440" is not mapped to a Trellis service (TRELLIS_WEBHOOK_SERVICES)']);
    body.event.event_type = 'incident.priority_updated';
    expect(mapPagerDutyEvent(body, services).ignored).toEqual(['event "incident.priority_updated" is not used']);
  });
});
