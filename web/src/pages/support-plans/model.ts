/** Support plan words and input shape shared by the plan pages. */
import type { Schemas } from '../../api/openapi.gen';

type Plan = Schemas['SupportPlan'];
export type Outcome = NonNullable<Plan['outcome']>;

export const outcomeNames: Record<Outcome, string> = { met: 'Met', extended: 'Extended', 'not-met': 'Not met', closed: 'Closed' };

export interface PlanInput {
  signal: string | null;
  startsOn: string;
  endsOn: string;
  expectations: string[];
  support: string[];
  outcome?: Outcome | null;
  outcomeNote?: string | null;
}
