/**
 * Where a support plan's creation meets notifications. The plan is visible to the engineer from
 * the moment it is stored; telling them is the notification service's job, which plugs in here
 * (`SupportPlanDeps.onCreated`). Until one is wired, nothing is sent and nothing fails.
 */
import type { SupportPlan } from '../../core/support-plan/support-plan.js';

export interface SupportPlanCreated {
  plan: SupportPlan;
  /** The engineer the plan is for. */
  person: { id: string; name: string; email: string | null };
  /** The account that created it. */
  createdBy: string | null;
}

/** Called after the plan is committed; a failure to notify never undoes the plan. */
export type OnSupportPlanCreated = (event: SupportPlanCreated) => Promise<void>;

export const noNotification: OnSupportPlanCreated = async () => {};
