/**
 * A promotion case (spec/people.md): the case that a person works at a target level, made of
 * case files — one per example — each with the problem, its scope, what the person did, the
 * result, the dates, the target level's dimensions it shows and the evidence items it cites.
 * The committee reads cases by which dimensions they evidence and across how many periods;
 * there is no score anywhere in this model, by design.
 */

/** One example of the case: a piece of work told as problem → scope → action → result. */
export interface CaseExample {
  id: string;
  /** Order within the case (0-based). */
  position: number;
  problem: string;
  scope: string;
  action: string;
  result: string;
  /** First and last day of the work, epoch ms (UTC midnight); `to` is null while it continues. */
  from: number;
  to: number | null;
  /** Ids of the target level's dimensions this example shows. */
  dimensions: string[];
  /** Ids of the person's evidence items this example cites. */
  evidence: string[];
}

export interface PromotionCase {
  id: string;
  cycle: string;
  person: string;
  /** Ladder level id the case argues for. */
  targetLevel: string;
  /** The ladder version the target level was read from (the cycle's, else the latest published). */
  ladder: { id: string; version: number };
  /** The version of the organisation's promotion-case template it was last written with. */
  templateVersion: number;
  examples: CaseExample[];
  createdAt: number;
  updatedAt: number;
}

/** What a case needs to know about a cited evidence item. */
export interface CaseEvidence {
  id: string;
  person: string;
  title: string;
  /** Epoch ms. */
  date: number;
  kind: string;
}

/** A dimension of the target level with what the ladder expects there (its cell summaries). */
export interface TargetDimension {
  id: string;
  name: string;
  expected: string[];
}
