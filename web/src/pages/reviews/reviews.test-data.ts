/** Fixtures for the review page tests: API bodies as the server sends them. */
const signal = (id: string, name: string) => ({ id, name, definition: `${name} definition.`, strongExamples: [`${name} strong example.`], needsSupportExamples: [`${name} needs-support example.`] });

export const rubric = {
  id: 'engineering',
  version: 2,
  name: 'Engineering review signals',
  signals: [signal('delivery-impact', 'Delivery impact'), signal('code-quality', 'Code quality'), signal('collaboration', 'Collaboration')],
  scale: ['needs support', 'strong at level', 'exceeds'],
  publishedAt: '2026-01-10T09:00:00.000Z',
  publishedBy: 'acct-priya',
};

export function cycle(state: string) {
  return {
    id: 'c1',
    kind: 'annual',
    name: '2026 annual review',
    periodFrom: '2026-01-01T00:00:00.000Z',
    periodTo: '2027-01-01T00:00:00.000Z',
    state,
    nextState: state === 'shared' ? null : 'calibrating',
    rubric: { id: 'engineering', version: 2 },
    ladder: null,
    history: [{ state: 'draft', at: '2026-01-05T09:00:00.000Z', by: 'acct-hannah' }],
    deadlines: { selfReview: '2026-11-20', managerReview: '2026-12-04', calibration: null, sharing: '2026-12-18' },
  };
}

export const participant = (id: string, name: string, over: object = {}) => ({
  id,
  name,
  team: 'mobile',
  manager: 'greg-hale',
  ratings: 0,
  mayOpen: { ratings: true, packet: true },
  progress: { selfReview: true, managerReview: false, calibrationChanges: 0 },
  ...over,
});

export const cycleView = (state: string, over: object = {}) => ({
  cycle: cycle(state),
  rubric,
  participants: [participant('lea', 'Lea Souza', { ratings: 1 })],
  notOpenable: 0,
  leftOut: [],
  completion: null,
  ...over,
});

export const admin = { id: 'acct-admin', email: 'admin@lumen.example', name: 'Admin', personId: null, roles: ['admin'] };

export const ratingsBody = (state: string, over: object = {}) => ({
  cycle: cycle(state),
  person: { id: 'lea', name: 'Lea Souza', manager: 'greg-hale' },
  rubric,
  ratings: [],
  changes: [],
  notes: [],
  flags: [],
  cited: [
    { id: 'ev-31', title: 'Shipped the offline cart', date: '2026-03-02', kind: 'shipped' },
    { id: 'ev-40', title: 'Paired on the push-token fix', date: '2026-04-20', kind: 'learning' },
  ],
  ...over,
});

/** What the picker lists for Lea in the cycle's period. */
export const citableBody = {
  period: { from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' },
  items: [
    { id: 'ev-31', title: 'Shipped the offline cart', date: '2026-03-02', kind: 'shipped', signals: ['delivery-impact', 'code-quality'], outcome: 'change failure rate of mobile-bff: 12.0% → 4.0% (n = 80 → 75 deployments): improved' },
    { id: 'ev-40', title: 'Paired on the push-token fix', date: '2026-04-20', kind: 'learning', signals: ['growth-at-level'], outcome: null },
  ],
};

export const greg = { id: 'acct-greg', email: 'greg@lumen.example', name: 'Greg Hale', personId: 'greg-hale', roles: ['manager', 'engineer'] };
export const lea = { id: 'acct-lea', email: 'lea@lumen.example', name: 'Lea Souza', personId: 'lea', roles: ['engineer'] };
export const hannah = { id: 'acct-hannah', email: 'hannah@lumen.example', name: 'Hannah Cole', personId: 'hannah-cole', roles: ['people-partner'] };
