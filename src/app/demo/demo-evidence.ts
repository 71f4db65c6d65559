/**
 * What the demo's living documents say (spec/demo.md), as plain data derived from the anchor and
 * the story's situations, so tests and the browser suite can name the same items:
 * - Amara: prevention over heroics — the rollout automation on deploy-pipeline, linked to its
 *   change failure rate at the rollout date; alert tuning; little firefighting.
 * - Dev: the visible firefighter — many incident responses, one prevention item (the prompt
 *   to weigh prevention shows on his document).
 * - Jonas: everything cited in the last weeks (the recency check flags it).
 * - Mei: evidence across two periods, tagged with the default ladder's dimensions — all but one of the
 *   next level's, so her gaps show exactly one dimension.
 */
import type { EvidenceDraft, GoalStatus } from '../../core/evidence/index.js';
import { quarterOf } from '../../core/evidence/index.js';
import { situationsFor } from '../../core/demo/situations.js';

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export interface DemoDocument {
  person: string;
  goals: { quarter: string; text: string; status: GoalStatus }[];
  evidence: EvidenceDraft[];
  /** Growth notes by the person's manager (by email). */
  notes: { authorEmail: string; text: string; daysAgo: number; signal?: string }[];
}

const git = (path: string) => `https://git.lumen.example/${path}`;

function item(title: string, date: number, kind: EvidenceDraft['kind'], rest: Partial<EvidenceDraft> = {}): EvidenceDraft {
  return { title, date, kind, signals: [], dimensions: [], links: [], notes: '', outcome: null, ...rest };
}

/** The theme Mei has no evidence for yet (the promotion case's coverage map shows it). */
export const meiMissingDimension = 'scope-impact';

export function demoDocuments(anchor: number): DemoDocument[] {
  const s = situationsFor(anchor);
  const ago = (days: number) => anchor - days * DAY;
  const q = quarterOf(anchor);
  const lastQ = quarterOf(anchor - 92 * DAY);
  const dayOf = (ms: number) => Math.floor(ms / DAY) * DAY;
  return [
    {
      person: 'amara-okafor',
      goals: [
        { quarter: q, text: 'Bring pages per Platform on-call shift below two', status: 'on-track' },
        { quarter: lastQ, text: 'Staged rollouts with automatic halt for every Platform service', status: 'done' },
      ],
      evidence: [
        item('Rollout automation: staged rollouts with automatic halt on deploy-pipeline', dayOf(s.rolloutAutomationAt), 'prevention', {
          signals: ['reliability-impact', 'delivery-impact'],
          dimensions: ['technical-judgement', 'operational-responsibility', 'delivery-autonomy'],
          links: [{ url: git(`platform/deploy-pipeline/commit/${s.rolloutAutomationChange}`), label: 'Rollout automation change' }],
          notes: 'Each deploy goes to 5% of traffic first and halts on error-rate regressions; a halted deploy rolls back without a page.',
          outcome: { target: 'service', id: 'deploy-pipeline', at: s.rolloutAutomationAt, windowDays: 90, metric: 'changeFailureRate' },
        }),
        item('Alert tuning: removed non-actionable Platform alerts', dayOf(s.alertTuningAt), 'reliability', {
          signals: ['reliability-impact', 'collaboration'],
          dimensions: ['collaboration-communication', 'operational-responsibility'],
          links: [{ url: git(`platform/observability/commit/${s.alertTuningChange}`), label: 'Alert rules change' }],
          notes: `Reviewed every Platform alert with the rota; 14 alerts removed or re-routed. Pages per shift before and after, with n shifts and an interval: Platform’s on-call health page, compared at ${isoDay(s.alertTuningAt)} (/teams/platform/oncall?around=${isoDay(s.alertTuningAt)}T00:00:00Z).`,
        }),
        item('Incident commander for the cluster DNS outage', ago(250), 'incident-response', { signals: ['reliability-impact'], dimensions: ['operational-responsibility'] }),
        item('Wrote the rollback runbook and ran a game day with the rota', ago(60), 'glue-work', { signals: ['collaboration', 'growth-at-level'], dimensions: ['mentoring', 'collaboration-communication'] }),
      ],
      notes: [
        { authorEmail: 'sofia@lumen.example', text: 'The rollout automation design doc set out the halt criteria and the rollback path before any code: a model for how the team should propose risky changes.', daysAgo: 170 },
        { authorEmail: 'sofia@lumen.example', text: 'Next step towards Senior Staff Engineer: lead the alerting review across two teams, not only Platform, and write up the outcome for the engineering all-hands.', daysAgo: 40, signal: 'growth-at-level' },
      ],
    },
    {
      person: 'dev-patel',
      goals: [{ quarter: q, text: 'Hand the payments-api incident runbook to the whole rota', status: 'at-risk' }],
      evidence: [
        ...[300, 280, 262, 240, 221, 205].map((d, i) => item(`Incident response: payments-api ${['timeouts', 'double charges', 'ledger lag', 'webhook storm', 'card declines', 'settlement delay'][i]}`, ago(d), 'incident-response', { signals: ['reliability-impact'] })),
        item('Added a one-click rollback to payments-api deploys', dayOf(s.paymentsSettledAt), 'prevention', {
          signals: ['reliability-impact'],
          outcome: { target: 'service', id: 'payments-api', at: s.paymentsSettledAt, windowDays: 90, metric: 'changeFailureRate' },
        }),
      ],
      notes: [],
    },
    {
      person: 'jonas-weber',
      goals: [{ quarter: q, text: 'Ship the indexer back-pressure fix with a load test', status: 'at-risk' }],
      evidence: [
        item('Fixed the search-api pagination bug', ago(20), 'shipped', { signals: ['delivery-impact'], dimensions: ['technical-judgement'] }),
        item('Paired on the indexer back-pressure design', ago(9), 'learning', { signals: ['growth-at-level'] }),
      ],
      notes: [],
    },
    {
      person: 'mei-lin',
      goals: [
        { quarter: q, text: 'Lead the auth-service token rotation project end to end', status: 'on-track' },
        { quarter: lastQ, text: 'Mentor the new Identity joiner through their first on-call', status: 'done' },
      ],
      evidence: [
        // First period (about a year ago to half a year ago).
        item('Designed session revocation for auth-service', ago(320), 'shipped', { signals: ['delivery-impact', 'code-quality'], dimensions: ['technical-judgement'] }),
        item('Planned and split the user-profile migration into safe steps', ago(280), 'shipped', { signals: ['delivery-impact'], dimensions: ['delivery-autonomy'] }),
        item('Ran the Identity design reviews for a quarter', ago(230), 'glue-work', { signals: ['collaboration'], dimensions: ['collaboration-communication'] }),
        // Second period (the last half year).
        item('Token rotation without downtime on auth-service', ago(140), 'reliability', {
          signals: ['reliability-impact', 'delivery-impact'],
          dimensions: ['technical-judgement', 'operational-responsibility', 'delivery-autonomy'],
          outcome: { target: 'service', id: 'auth-service', at: ago(140), windowDays: 90, metric: 'changeFailureRate' },
        }),
        item('Mentored the new Identity joiner through their first on-call', ago(95), 'mentoring', { signals: ['collaboration', 'growth-at-level'], dimensions: ['mentoring', 'operational-responsibility'] }),
        item('Learned and taught property-based testing to the team', ago(50), 'learning', { signals: ['code-quality', 'growth-at-level'], dimensions: ['mentoring', 'collaboration-communication'] }),
        // Linked to an SLO: its burn and SLI before/after, and what overlapped the burn (a steady service: no clear change).
        item('Moved auth-service token checks to the edge cache', dayOf(ago(17)), 'reliability', {
          signals: ['reliability-impact'],
          dimensions: ['technical-judgement', 'operational-responsibility'],
          outcome: { target: 'slo', id: 'auth-service-availability', at: dayOf(ago(17)), windowDays: 14 },
        }),
      ],
      notes: [],
    },
  ];
}

/** A plain document for an engineer outside the story: one shipped item with an outcome link, one glue-work item. */
export function teammateDocument(person: string, service: string, anchor: number): DemoDocument {
  const at = Math.floor((anchor - 120 * DAY) / DAY) * DAY;
  return {
    person,
    goals: [{ quarter: quarterOf(anchor), text: `Cut the ${service} lead time by splitting the release checklist`, status: 'on-track' }],
    evidence: [
      item(`Automated the ${service} release checklist`, at, 'shipped', { signals: ['delivery-impact'], dimensions: ['technical-judgement'], outcome: { target: 'service', id: service, at, windowDays: 90, metric: 'leadTime' } }),
      item('Organised the cross-team postmortem reading group', anchor - 45 * DAY, 'glue-work', { signals: ['collaboration'], dimensions: ['collaboration-communication'] }),
    ],
    notes: [],
  };
}
