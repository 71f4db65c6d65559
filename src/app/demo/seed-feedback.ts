/**
 * The demo's feedback in the 2026 annual review (spec/demo.md): peer feedback on Amara Okafor
 * that Sofia Rossi asked for — two specific answers citing her evidence, two requests still open;
 * Sofia's private note about Amara (her manager line only); Greg Hale's vague feedback ("great
 * year", "be more strategic") that the lint flags; praise between colleagues; upward feedback
 * about Sofia, answered anonymously by two of three reports and so still withheld; and a few open
 * requests on people's home pages. Everything goes through the use cases as the people of the
 * story, on the day it happened, after the reviews are seeded.
 */
import type { Actor } from '../../core/access/actor.js';
import { dataAccess, type DataAccess } from '../../store/data-access.js';
import { actorForAccount } from '../auth/actor-for-account.js';
import { answerFeedbackRequest, type AnswerInput } from '../feedback/answer-request.js';
import { requestFeedback } from '../feedback/request-feedback.js';
import { writeFeedback, type WriteInput } from '../feedback/write-feedback.js';
import type { Runtime } from '../runtime.js';
import type { DemoSeeder } from './create-demo-people.js';
import { annualCycleId } from './seed-reviews.js';

const day = 86_400_000;
type Deps = { data: DataAccess; runtime: Runtime };

const noPrompts = { continueText: '', continueExample: '', changeText: '', changeExample: '', citations: [] as string[], cycle: null, signal: null };

export const seedDemoFeedback: DemoSeeder = async (store, ctx) => {
  const data = dataAccess(store.db);
  if ((await data.feedbackRequests.aboutPerson('amara-okafor')).length > 0) return; // Seeded already.
  if (!(await data.cycles.get(annualCycleId))) return; // No demo reviews to add feedback to.
  const at = (t: number): Deps => ({ data, runtime: { now: () => t, randomBytes: (n) => ctx.runtime.randomBytes(n) } });
  const actorOf = async (personId: string): Promise<Actor> => {
    const email = (await data.org.getPerson(personId))?.email;
    const account = email ? await data.accounts.findByEmail(email.toLowerCase()) : undefined;
    if (!account) throw new Error(`demo feedback: no account for ${personId} (create the demo accounts first)`);
    return actorForAccount(data.org, account);
  };
  const reportsOf = async (manager: string) => (await data.org.listPeople({ manager, limit: 50, offset: 0 })).items.filter((p) => p.active).map((p) => p.id).sort();
  const itemId = async (person: string, title: string): Promise<string> => {
    const found = (await data.evidence.listEvidence(person)).find((i) => i.title.startsWith(title));
    if (!found) throw new Error(`demo feedback: ${person} has no evidence item "${title}…"`);
    return found.id;
  };
  const a = ctx.anchor;
  const sofia = await actorOf('sofia-rossi');
  const greg = await actorOf('greg-hale');
  const platform = (await reportsOf('sofia-rossi')).filter((id) => id !== 'amara-okafor');
  const mobile = await reportsOf('greg-hale');

  // Peer feedback on Amara, asked for by Sofia: Dev and Mei answer specifically; two are still open.
  const amaraAsked = ['dev-patel', 'mei-lin', ...platform.slice(0, 2)];
  const peer = (await requestFeedback(at(a - 20 * day), sofia, 'amara-okafor', { cycle: annualCycleId, kind: 'peer', writers: amaraAsked, note: 'For the annual review: the rollout work and how it landed for your team.' })).requests;
  const rollout = await itemId('amara-okafor', 'Rollout automation');
  const answers: [string, AnswerInput][] = [
    [
      'dev-patel',
      {
        visibility: 'shared',
        anonymous: false,
        signal: 'reliability-impact',
        continueText: 'Building the staged rollout with an automatic halt, so a bad release stops before it reaches every customer.',
        continueExample: 'In September a checkout-api release halted itself at 5% of traffic; we rolled back in 4 minutes instead of paging the whole Payments rota.',
        changeText: 'Tell the teams that deploy through the pipeline before a change to its defaults lands.',
        changeExample: 'The new halt threshold went live on a Tuesday without a note in #deploys; two Payments releases stopped and we spent an hour finding out why.',
        citations: [rollout],
      },
    ],
    [
      'mei-lin',
      {
        visibility: 'shared',
        anonymous: false,
        signal: 'collaboration',
        continueText: 'Running game days with the people who get paged, not only with Platform.',
        continueExample: 'The July game day on identity-api found a missing runbook step; the fix shipped that week and the next real failover took 6 minutes.',
        changeText: 'Write down the decisions from those game days where other teams can find them.',
        changeExample: 'Two follow-ups from the July session were only in a Slack thread, and one of them was forgotten until the October incident review.',
        citations: [],
      },
    ],
  ];
  for (const [i, [writer, answer]] of answers.entries()) {
    const request = peer.find((r) => r.writer === writer)!;
    await answerFeedbackRequest(at(a - (15 - i * 3) * day), await actorOf(writer), request.id, answer);
  }

  // Sofia's own feedback on Amara: one shared, one private note for her manager line only.
  const manager = (over: Partial<WriteInput>): WriteInput => ({ kind: 'manager', visibility: 'shared', text: '', ...noPrompts, ...over });
  await writeFeedback(at(a - 10 * day), sofia, 'amara-okafor', manager({ signal: 'reliability-impact', text: 'The alert tuning in August took Platform from 14 to 5 pages per on-call shift; keep pairing each alert change with the person who gets paged.' }));
  await writeFeedback(at(a - 9 * day), sofia, 'amara-okafor', manager({ visibility: 'private-to-manager', text: 'Ready to lead the incident-commander rota next quarter; raise it with Priya at calibration before offering it to Amara.' }));

  // Greg's feedback to his reports: the vague kind the lint flags.
  const gregVague = ['Great year! A solid team player and a pleasure to work with.', 'Be more strategic next year and take more ownership of the roadmap.'];
  for (const [i, person] of mobile.slice(0, 2).entries()) await writeFeedback(at(a - (8 - i) * day), greg, person, manager({ text: gregVague[i]! }));

  // Praise between colleagues.
  await writeFeedback(at(a - 7 * day), await actorOf('dev-patel'), 'amara-okafor', { kind: 'praise', visibility: 'shared', text: 'The rollback runbook saved Payments on 2 October: checkout-api was back in 4 minutes at 2 a.m.', ...noPrompts });

  // Upward feedback about Sofia from three of her reports: two answered anonymously, so both stay
  // withheld until the third answers.
  if (platform.length >= 3) {
    const upward = (await requestFeedback(at(a - 18 * day), sofia, 'sofia-rossi', { cycle: annualCycleId, kind: 'upward', writers: platform.slice(-3), note: null })).requests;
    const anon: AnswerInput = {
      visibility: 'shared',
      anonymous: true,
      signal: null,
      continueText: 'Bringing the on-call load figures to every 1:1.',
      continueExample: 'In August she moved two of my shifts after my pages per shift doubled in a month.',
      changeText: 'Share the promotion criteria before the cycle, not during it.',
      changeExample: 'The L4 examples reached us in week 3 of the annual review.',
      citations: [],
    };
    for (const [i, r] of upward.slice(0, 2).entries()) await answerFeedbackRequest(at(a - (6 - i) * day), await actorOf(r.writer), r.id, anon);
  }

  // Open requests on people's home pages: Mei asks Jonas; Greg asks Amara about one of his reports.
  await requestFeedback(at(a - 5 * day), await actorOf('mei-lin'), 'mei-lin', { cycle: annualCycleId, kind: 'peer', writers: ['jonas-weber'], note: 'The token service migration: what should I keep, what should I change?' });
  if (mobile[0]) await requestFeedback(at(a - 4 * day), greg, mobile[0], { cycle: annualCycleId, kind: 'peer', writers: ['amara-okafor'], note: null });
};
