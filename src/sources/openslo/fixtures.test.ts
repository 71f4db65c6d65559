/**
 * Every OpenSLO fixture gets the verdict its SOURCES.md gives it (test/fixtures/openslo). Where
 * the only fault is `op` on a ratio objective — most official examples — Trellis accepts the
 * object with a warning, as spec/reliability.md asks.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateOpenSlo } from '../../core/openslo/validate.js';
import { readOpenSloText } from './read-openslo.js';

const dir = 'test/fixtures/openslo';
function check(...files: string[]) {
  const raws = files.flatMap((f) => {
    const r = readOpenSloText(f, readFileSync(`${dir}/${f}`, 'utf8'));
    expect(r.problems).toEqual([]);
    return r.objects;
  });
  const v = validateOpenSlo(raws);
  const list = (severity: string, stage?: string) =>
    v.problems.filter((p) => p.severity === severity && (stage === undefined || p.stage === stage)).map((p) => `${p.kind} ${p.name} ${p.field}`);
  return { v, errors: list('error'), objectErrors: list('error', 'object'), referenceErrors: list('error', 'reference'), warnings: list('warning') };
}

describe('OpenSLO fixtures', () => {
  it.each(['occurences-slo.yaml', 'slis.yaml', 'alert_conditions.yaml', 'alert_notification_targets.yaml', 'data_sources.yaml'])('%s is valid, without warnings', (f) => {
    const r = check(f);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.v.objects.length).toBeGreaterThan(0);
  });

  it.each([
    ['ratio-timeslices.yaml', 'SLO main-page spec.objectives[0].op'],
    ['treat-low-traffic-as-equally-important--timeslices-slo.yaml', 'SLO service-availability spec.objectives[0].op'],
    ['go-sdk-v1--slos.yaml', 'SLO web-availability spec.objectives[0].op'],
    ['go-sdk-v2alpha--slos.yaml', 'SLO web-availability spec.objectives[0].op'],
  ])('%s breaks the validator only by op on a ratio objective: accepted with a warning', (f, warning) => {
    const r = check(f);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([warning]);
    expect(r.v.objects).toHaveLength(1);
  });

  it('budgeting-method--timeslices-slo.yaml: op warns, and so does its one-minute window (the comment means 1M)', () => {
    const r = check('budgeting-method--timeslices-slo.yaml');
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual(['SLO service-availability spec.timeWindow[0].duration', 'SLO service-availability spec.objectives[0].op']);
    expect(r.v.problems[0]!.message).toMatch(/1 minute.*1M/);
  });

  it('keeps the calendar startTime and time zone as written (no UTC date)', () => {
    const r = check('budgeting-method--timeslices-slo.yaml');
    const spec = r.v.objects[0]!.object.spec as { timeWindow: unknown[] };
    expect(spec.timeWindow[0]).toEqual({ duration: '1m', isRolling: false, calendar: { startTime: '2022-01-01 12:00:00', timeZone: 'America/New_York' } });
  });

  it('alert_policies.yaml is valid on its own, but its references resolve only partly in the whole set', () => {
    const alone = check('alert_policies.yaml');
    expect(alone.objectErrors).toEqual([]);
    expect(alone.referenceErrors).toEqual([
      'AlertPolicy low-priority spec.conditions[0].conditionRef',
      'AlertPolicy low-priority spec.notificationTargets[0].targetRef',
      'AlertPolicy high-priority spec.notificationTargets[0].targetRef',
      'AlertPolicy medium-priority spec.conditions[0].conditionRef',
    ]);
    const together = check('alert_policies.yaml', 'alert_conditions.yaml', 'alert_notification_targets.yaml');
    expect(together.referenceErrors).toEqual([
      'AlertPolicy low-priority spec.notificationTargets[0].targetRef',
      'AlertPolicy high-priority spec.notificationTargets[0].targetRef',
    ]);
    const message = together.v.problems.find((p) => p.stage === 'reference')!.message;
    expect(message).toBe('AlertNotificationTarget "on-call-mail-notification" does not exist (not in these files nor in the store)');
  });

  it('v1_slos.yaml decodes but is invalid: no timeWindow', () => {
    expect(check('v1_slos.yaml').errors).toEqual(['SLO foo-slo spec.timeWindow']);
  });

  it('v1_slo_invalid_sli.yaml fails on its reference: indicatorRef no-sli', () => {
    const r = check('v1_slo_invalid_sli.yaml');
    expect(r.objectErrors).toEqual([]);
    expect(r.referenceErrors).toEqual(['SLO my-slo spec.indicatorRef']);
    expect(r.v.objects.map((o) => o.object.metadata.name)).toEqual(['my-sli']);
  });

  it('v1alpha.yaml: the bad Service name and the SLO without timeSliceTarget and value fail; "this" and "my-amazing-slo" pass', () => {
    const r = check('v1alpha.yaml');
    expect(r.errors.sort()).toEqual([
      'SLO ratio spec.objectives[0].timeSliceTarget',
      'SLO ratio spec.objectives[0].value',
      'Service my-rad service metadata.name',
    ]);
    expect(r.v.objects.map((o) => o.object.metadata.name)).toEqual(['this', 'my-amazing-slo']);
    const slo = r.v.objects[1]!.object.spec as { timeWindow: unknown[] };
    expect(slo.timeWindow).toEqual([{ duration: '1M', isRolling: false, calendar: { startTime: '2021-05-01 00:00:00', timeZone: 'UTC' } }]);
  });

  it('v1.yaml: op warns, "example service" fails its name, "example-service" passes', () => {
    const r = check('v1.yaml');
    expect(r.errors).toEqual(['Service example service metadata.name']);
    expect(r.warnings).toEqual(['SLO web-availability spec.objectives[0].op']);
    expect(r.v.objects.map((o) => `${o.object.kind} ${o.object.metadata.name}`)).toEqual(['SLO web-availability', 'Service example-service']);
  });

  it('names the line of the offending field', () => {
    const r = check('v1.yaml');
    const bad = r.v.problems.find((p) => p.severity === 'error')!;
    expect(bad.line).toBe(59);
    expect(bad.index).toBe(3);
  });
});
