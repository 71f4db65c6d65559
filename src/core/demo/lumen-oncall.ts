/**
 * Lumen Freight's pagers (spec/demo.md): Payments' rota is noisy and nocturnal (billing batches
 * run at night) and leans on Dev Patel; Platform's pages per shift fall, and get more
 * actionable, after Amara's alert tuning. The other teams are ordinary.
 */
import type { PagerProfile } from './pages.js';
import type { Situations } from './situations.js';

type Flat = [team: string, services: string[], perWeek: number, actionable: number, nightWeight: number];

const ORDINARY: readonly Flat[] = [
  ['search', ['search-api', 'indexer'], 4, 0.7, 0.8],
  ['identity', ['auth-service', 'user-profile'], 1.5, 0.8, 0.6],
  ['mobile', ['mobile-bff', 'ios-app', 'android-app'], 4, 0.65, 0.8],
  ['data', ['ingest-pipeline', 'warehouse'], 5, 0.55, 1.3],
  ['growth', ['web-frontend', 'experiments'], 5, 0.6, 0.7],
  ['sre', ['incident-bot', 'status-page'], 2.5, 0.75, 0.8],
];

export function lumenPagers(s: Situations): PagerProfile[] {
  const tuned = (t: number) => t >= s.alertTuningAt;
  return [
    {
      team: 'platform',
      services: ['observability', 'cluster', 'deploy-pipeline'],
      pagesPerWeekAt: (t) => (tuned(t) ? 4.5 : 14),
      actionableAt: (t) => (tuned(t) ? 0.82 : 0.4),
      nightWeight: 1,
    },
    {
      team: 'payments',
      services: ['payments-api', 'billing-worker', 'ledger'],
      pagesPerWeekAt: (t) => (t < s.paymentsSettledAt ? 24 : 17),
      actionableAt: () => 0.35,
      nightWeight: 2.2,
    },
    ...ORDINARY.map(([team, services, perWeek, actionable, nightWeight]) => ({
      team,
      services,
      pagesPerWeekAt: () => perWeek,
      actionableAt: () => actionable,
      nightWeight,
    })),
  ];
}

/** Dev Patel, the visible firefighter, covers about a third of other people's Payments weeks. */
export const LUMEN_GO_TO = { payments: { person: 'dev-patel', share: 0.3 } } as const;
