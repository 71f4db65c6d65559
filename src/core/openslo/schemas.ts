/**
 * The structure of `openslo/v1` objects, strict: an unknown field is an error, as in the
 * reference validator (OpenSLO go-sdk). Rules that span fields (exactly one timeWindow, target
 * xor targetPercent, op only on threshold metrics, …) are in rules.ts, so a message can say
 * which field is wrong and why.
 */
import { z } from 'zod';

const labelValue = z.union([z.string(), z.array(z.string())]);
export const metadata = z.strictObject({
  name: z.string(),
  displayName: z.string().optional(),
  labels: z.record(z.string(), labelValue).optional(),
  annotations: z.record(z.string(), z.string()).optional(),
});

const metricSource = z.strictObject({
  metricSourceRef: z.string().optional(),
  type: z.string().optional(),
  spec: z.record(z.string(), z.unknown()),
});
const metricSpec = z.strictObject({ metricSource });

export const sliSpec = z.strictObject({
  description: z.string().optional(),
  thresholdMetric: metricSpec.optional(),
  ratioMetric: z
    .strictObject({
      counter: z.boolean().optional(),
      good: metricSpec.optional(),
      bad: metricSpec.optional(),
      total: metricSpec.optional(),
      rawType: z.enum(['success', 'failure']).optional(),
      raw: metricSpec.optional(),
    })
    .optional(),
});

const inlineSli = z.strictObject({ metadata, spec: sliSpec });

export const alertConditionSpec = z.strictObject({
  description: z.string().optional(),
  severity: z.string(),
  condition: z.strictObject({
    kind: z.literal('burnrate'),
    op: z.enum(['lt', 'lte', 'gt', 'gte']),
    threshold: z.number(),
    lookbackWindow: z.string(),
    alertAfter: z.string(),
  }),
});

export const alertNotificationTargetSpec = z.strictObject({
  description: z.string().optional(),
  target: z.string(),
});

export const alertPolicySpec = z.strictObject({
  description: z.string().optional(),
  alertWhenNoData: z.boolean().optional(),
  alertWhenResolved: z.boolean().optional(),
  alertWhenBreaching: z.boolean().optional(),
  conditions: z.array(
    z.union([
      z.strictObject({ conditionRef: z.string() }),
      z.strictObject({ kind: z.literal('AlertCondition'), metadata, spec: alertConditionSpec }),
    ]),
  ),
  notificationTargets: z.array(
    z.union([
      z.strictObject({ targetRef: z.string() }),
      z.strictObject({ kind: z.literal('AlertNotificationTarget'), metadata, spec: alertNotificationTargetSpec }),
    ]),
  ),
});

const objective = z.strictObject({
  displayName: z.string().optional(),
  op: z.enum(['lt', 'lte', 'gt', 'gte']).optional(),
  value: z.number().optional(),
  target: z.number().optional(),
  targetPercent: z.number().optional(),
  timeSliceTarget: z.number().optional(),
  timeSliceWindow: z.string().optional(),
  indicator: inlineSli.optional(),
  indicatorRef: z.string().optional(),
  compositeWeight: z.number().optional(),
});

export const sloSpec = z.strictObject({
  description: z.string().optional(),
  service: z.string(),
  indicator: inlineSli.optional(),
  indicatorRef: z.string().optional(),
  timeWindow: z
    .array(
      z.strictObject({
        duration: z.string(),
        isRolling: z.boolean().optional(),
        calendar: z.strictObject({ startTime: z.string(), timeZone: z.string() }).optional(),
      }),
    )
    .optional(),
  budgetingMethod: z.enum(['Occurrences', 'Timeslices', 'RatioTimeslices']),
  objectives: z.array(objective),
  alertPolicies: z
    .array(z.union([z.strictObject({ alertPolicyRef: z.string() }), z.strictObject({ kind: z.literal('AlertPolicy'), metadata, spec: alertPolicySpec })]))
    .nullable()
    .optional(),
});

export const serviceSpec = z.strictObject({ description: z.string().optional() });
export const dataSourceSpec = z.strictObject({ description: z.string().optional(), type: z.string(), connectionDetails: z.unknown() });

export const specOf = {
  Service: serviceSpec,
  SLO: sloSpec,
  SLI: sliSpec,
  DataSource: dataSourceSpec,
  AlertPolicy: alertPolicySpec,
  AlertCondition: alertConditionSpec,
  AlertNotificationTarget: alertNotificationTargetSpec,
} as const;

export type OpenSloKind = keyof typeof specOf;
export const openSloKinds = Object.keys(specOf) as OpenSloKind[];

export type SloSpec = z.infer<typeof sloSpec>;
export type SliSpec = z.infer<typeof sliSpec>;
export type Metadata = z.infer<typeof metadata>;

/** A v1 object as Trellis stores and exports it. */
export interface OpenSloObject {
  apiVersion: 'openslo/v1';
  kind: OpenSloKind;
  metadata: Metadata;
  spec: Record<string, unknown>;
}
