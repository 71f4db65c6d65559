/** Schemas of the review packet: JSON for the app, Markdown and printable HTML for export. */
import { z } from 'zod';
import { errorBody, signedInErrors } from '../../schemas.js';

const iso = z.string().describe('ISO 8601, UTC');
const figure = z.object({ label: z.string(), value: z.string(), n: z.number().nullable() });
const evidence = z.object({
  id: z.string(),
  title: z.string(),
  date: iso,
  kind: z.string(),
  signals: z.array(z.string()),
  dimensions: z.array(z.object({ id: z.string(), name: z.string() })).describe('Ladder dimensions by the published ladder’s names (the id where no published ladder names it)'),
  links: z.array(z.object({ url: z.string(), label: z.string().optional() })),
  outcome: z
    .object({
      subject: z.string(),
      at: iso,
      lines: z
        .array(
          z.object({
            text: z.string().describe('The figures, without the verdict'),
            verdict: z.enum(['improved', 'worsened', 'no clear change']).nullable().describe('Decides the words and colour; null: no figures'),
            reason: z.string().nullable().describe('Why no verdict could be given; null when the interval decided'),
            headline: z.boolean().describe('The figure chosen when the link was made; the others are secondary'),
          }),
        )
        .describe('The chosen figure first, then the others'),
      notes: z.array(z.string()).describe('Caveats: shortened windows, failures not yet judged, several figures compared'),
    })
    .nullable()
    .describe('null: no outcome link — the item is activity'),
});
const rating = z.object({
  signal: z.string(),
  value: z.string(),
  rationale: z.string(),
  author: z.string(),
  cites: z.array(z.object({ id: z.string(), title: z.string() })).describe('Evidence items of the person’s living document the rating cites'),
  context: z.string().describe('Free text beside the citations; never counted as evidence'),
});
const feedback = z.object({ author: z.string().nullable(), kind: z.string(), text: z.string(), signal: z.string().nullable().optional(), at: iso });
const signal = z.object({ id: z.string(), name: z.string(), definition: z.string() });

export const packetBody = z
  .object({
    person: z.object({ id: z.string(), name: z.string(), team: z.string().nullable(), teamName: z.string().nullable(), level: z.string().nullable() }),
    cycle: z.object({ id: z.string(), name: z.string(), kind: z.string(), from: iso, to: iso, state: z.string() }),
    sections: z.array(z.object({ signal, evidence: z.array(evidence), ratings: z.array(rating), feedback: z.array(feedback) })),
    unassigned: z.array(evidence),
    generalFeedback: z.array(feedback),
    ratings: z.array(rating).nullable().describe('null: ratings are hidden from this reader until the cycle is shared'),
    selfReview: z.string().nullable(),
    managerReview: z.string().nullable().describe('null: not written yet, or withheld from you (managerReviewHidden)'),
    managerReviewHidden: z.boolean().describe('true: the manager review reaches the engineer when the cycle is shared'),
    context: z
      .object({ team: z.string(), teamName: z.string(), from: iso, to: iso, delivery: z.array(figure), reliability: z.array(figure).nullable() })
      .nullable()
      .describe('The team’s figures over the period: context, never a score for the person'),
    flags: z.array(z.object({ check: z.string(), message: z.string() })),
    counts: z.object({ evidence: z.number(), withOutcome: z.number(), activity: z.number() }),
    generatedAt: iso,
  })
  .meta({ id: 'ReviewPacket' });

export const readPacketSchema = {
  summary: 'A person’s review packet in a cycle: evidence by signal, reviews, feedback, team context (JSON, Markdown or printable HTML)',
  tags: ['reviews'],
  params: z.object({ id: z.string(), person: z.string() }),
  querystring: z.object({ format: z.enum(['json', 'markdown', 'html']).default('json') }),
  response: { 200: packetBody.or(z.string().describe('text/markdown or text/html')), ...signedInErrors, 404: errorBody },
};
