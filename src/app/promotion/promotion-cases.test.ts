/**
 * Promotion cases through their use cases, on both dialects: starting a case on the published
 * ladder (target defaults to the level above), case files checked against the target level and
 * the person's own evidence, the coverage map and the repeated pattern, the committee's view,
 * who may do what, the audit trail, and nothing half-written when the audit entry fails.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { seedAccounts } from '../../../test/accounts.js';
import { describeEachDialect, freshStore, type TestStore } from '../../../test/dialects.js';
import { seedOrg } from '../../../test/http-helpers.js';
import { seedAlanEvidence } from '../../../test/reviews.js';
import { accountActor, operatorActor } from '../../core/access/actor.js';
import { defaultRubric } from '../../core/review/default-rubric.js';
import { dataAccess, type DataAccess } from '../../store/data-access.js';
import { importLadder } from '../ladders/import-ladder.js';
import { createCycle } from '../reviews/create-cycle.js';
import { publishRubric } from '../reviews/publish-rubric.js';
import { transitionCycle } from '../reviews/transition-cycle.js';
import { manualRuntime } from '../runtime.js';
import { promotionCommitteeView } from './committee-view.js';
import { saveTemplate } from '../templates/templates.js';
import { readPromotionCase } from './read-promotion-case.js';
import { deleteCaseExample, saveCaseExample } from './save-case-example.js';
import { startPromotionCase } from './start-promotion-case.js';

const ladderText = readFileSync(new URL('../../../data/ladders/trellis/engineering.yml', import.meta.url), 'utf8');
const ada = accountActor({ accountId: 'acct-ada', personId: 'ada', roles: ['calibrator', 'manager'], reportingLine: ['grace', 'alan', 'katherine', 'barbara'] });
const grace = accountActor({ accountId: 'acct-grace', personId: 'grace', roles: ['manager'], reportingLine: ['alan'] });
const alan = accountActor({ accountId: 'acct-alan', personId: 'alan', roles: ['engineer'] });
const barbara = accountActor({ accountId: 'acct-barbara', personId: 'barbara', roles: ['engineer'] });
const admin = accountActor({ accountId: 'acct-admin', personId: null, roles: ['admin'] });
const partner = accountActor({ accountId: 'acct-partner', personId: null, roles: ['people-partner'] });
const omar = accountActor({ accountId: 'acct-omar', personId: null, roles: ['compensation-reviewer'] });
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

const file = (dimensions: string[], evidence: string[], problem = 'Deploys of deploy-bot failed one time in five') => ({
  problem,
  scope: 'deploy-bot, used by every team',
  action: 'Wrote the retry design doc and added tests',
  result: 'Failed deploys fell from 20% to 4% over the quarter',
  from: day('2025-03-01'),
  to: day('2025-04-15'),
  dimensions,
  evidence,
});

describeEachDialect('promotion cases', (dialect) => {
  let store: TestStore;
  let data: DataAccess;
  const runtime = manualRuntime(Date.UTC(2026, 0, 10));
  let cycle: string;
  beforeEach(async () => {
    store = await freshStore(dialect);
    await seedOrg(store);
    await seedAccounts(store, true);
    data = dataAccess(store.db);
    await importLadder({ data, runtime }, operatorActor, { text: ladderText, fileName: 'engineering.yml' });
    const { name, signals, scale } = defaultRubric();
    await publishRubric({ data, runtime }, ada, { name, signals, scale });
    cycle = (await createCycle({ data, runtime }, partner, { kind: 'promotion', name: '2026 promotion round', periodFrom: Date.UTC(2025, 0, 1), periodTo: Date.UTC(2026, 0, 1) })).id;
    await seedAlanEvidence(store.db, 'ev-q1', day('2025-03-10'));
    await seedAlanEvidence(store.db, 'ev-q3', day('2025-08-20'));
    await seedAlanEvidence(store.db, 'ev-barbara', day('2025-05-01'), 'barbara');
  });
  afterEach(async () => store.dispose());

  it('the manager starts a case at the level above (Alan is L3: Staff Engineer); every dimension starts uncovered', async () => {
    const v = await startPromotionCase({ data, runtime }, grace, cycle, 'alan', {});
    expect([v.target.id, v.target.name, v.ladder.id, v.ladder.version]).toEqual(['l4', 'Staff Engineer', 'engineering', 1]);
    expect([v.coverage.covered, v.coverage.total, v.pattern.holds]).toEqual([0, 6, false]);
    const read = await readPromotionCase({ data, runtime }, alan, cycle, 'alan');
    expect([read.case?.id, read.suggestedTarget, read.levels.length]).toEqual([v.id, 'l4', 6]);
  });

  it('case files are checked against the target level and the person’s own items; coverage and the pattern follow them', async () => {
    await startPromotionCase({ data, runtime }, alan, cycle, 'alan', { targetLevel: 'Staff Engineer' });
    await expect(saveCaseExample({ data, runtime }, alan, cycle, 'alan', undefined, file(['charisma'], []))).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('dimensions: "charisma" is not a dimension of the target level') });
    await expect(saveCaseExample({ data, runtime }, alan, cycle, 'alan', undefined, file(['mentoring'], ['ev-barbara']))).rejects.toMatchObject({ code: 'BAD_INPUT', message: 'evidence: "ev-barbara" is not an evidence item of Alan Turing; cite items of their living document' });
    const one = await saveCaseExample({ data, runtime }, alan, cycle, 'alan', undefined, file(['operational-responsibility', 'technical-judgement'], ['ev-q1']));
    expect(one.coverage.covered).toBe(2);
    expect(one.pattern).toMatchObject({ holds: false, periods: ['2025-Q1'] });
    runtime.advance(60_000);
    const two = await saveCaseExample({ data, runtime }, grace, cycle, 'alan', undefined, file(['mentoring'], ['ev-q3'], 'New joiners had no on-call guide'));
    expect(two.pattern).toMatchObject({ holds: true, periods: ['2025-Q1', '2025-Q3'] });
    expect(two.coverage.missing.map((d) => d.id)).toEqual(['scope-impact', 'delivery-autonomy', 'collaboration-communication']);
    expect(two.examples.map((e) => [e.position, e.cited.map((c) => c.id)])).toEqual([[0, ['ev-q1']], [1, ['ev-q3']]]);
    const changed = await saveCaseExample({ data, runtime }, alan, cycle, 'alan', two.examples[0]!.id, { ...file(['operational-responsibility'], ['ev-q1']), result: 'Failed deploys fell to 3%' });
    expect([changed.examples[0]!.result, changed.coverage.covered]).toEqual(['Failed deploys fell to 3%', 2]);
    const removed = await deleteCaseExample({ data, runtime }, grace, cycle, 'alan', two.examples[1]!.id);
    expect([removed.examples.length, removed.pattern.holds]).toEqual([1, false]);
    await expect(deleteCaseExample({ data, runtime }, grace, cycle, 'alan', 'nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a case records the promotion-case template version it was last written with', async () => {
    const started = await startPromotionCase({ data, runtime }, alan, cycle, 'alan', {});
    expect(started.templateVersion).toBe(1);
    const saved = await saveTemplate({ data, runtime }, admin, 'promotion-case', {
      title: 'Promotion case',
      sections: [{ heading: 'Problem', prompt: 'Name the service and the users who felt the problem, with a date.' }],
    });
    expect(saved.version).toBe(2);
    // Starting again (same target) changes nothing; writing a case file is writing with version 2.
    expect((await startPromotionCase({ data, runtime }, alan, cycle, 'alan', {})).templateVersion).toBe(1);
    const written = await saveCaseExample({ data, runtime }, alan, cycle, 'alan', undefined, file(['mentoring'], ['ev-q1']));
    expect(written.templateVersion).toBe(2);
    expect((await readPromotionCase({ data, runtime }, grace, cycle, 'alan')).case?.templateVersion).toBe(2);
  });

  it('the person and their line write; the committee and people partners read; nobody else, and no compensation reviewer', async () => {
    await expect(startPromotionCase({ data, runtime }, barbara, cycle, 'alan', {})).rejects.toMatchObject({ code: 'FORBIDDEN', message: 'Only the person and their manager line write a promotion case.' });
    await expect(startPromotionCase({ data, runtime }, partner, cycle, 'alan', {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await startPromotionCase({ data, runtime }, alan, cycle, 'alan', {});
    await saveCaseExample({ data, runtime }, alan, cycle, 'alan', undefined, file(['mentoring'], ['ev-q1']));
    await expect(saveCaseExample({ data, runtime }, ada, cycle, 'barbara', undefined, file(['mentoring'], []))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    for (const reader of [ada, partner]) expect((await readPromotionCase({ data, runtime }, reader, cycle, 'alan')).case?.examples).toHaveLength(1);
    for (const outsider of [barbara, omar]) await expect(readPromotionCase({ data, runtime }, outsider, cycle, 'alan')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(promotionCommitteeView({ data, runtime }, grace, cycle)).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('calibrators') });
  });

  it('the committee view lists the cycle’s cases by coverage and evidence, never a score, and the read is audited once', async () => {
    await startPromotionCase({ data, runtime }, alan, cycle, 'alan', {});
    await saveCaseExample({ data, runtime }, alan, cycle, 'alan', undefined, file(['mentoring', 'operational-responsibility'], ['ev-q1', 'ev-q3']));
    await startPromotionCase({ data, runtime }, ada, cycle, 'barbara', { targetLevel: 'l4' });
    const view = await promotionCommitteeView({ data, runtime }, ada, cycle);
    expect(view.cases.map((c) => [c.person.name, c.covered, c.total, c.evidence, c.pattern.holds])).toEqual([
      ['Alan Turing', 2, 6, 2, true],
      ['Barbara Liskov', 0, 6, 0, false],
    ]);
    expect(JSON.stringify(view)).not.toMatch(/score|rank/i);
    const entries = (await data.audit.list({ limit: 20, offset: 0 })).items;
    expect(entries.filter((e) => e.resourceType === 'promotion-committee').map((e) => e.action)).toEqual(['read']);
    expect(entries.filter((e) => e.resourceType === 'promotion-case').map((e) => e.action).sort()).toEqual(['add-example', 'start', 'start']);
  });

  it('changing the target keeps the case files and the dimensions the new level shares; a finalized cycle locks the case', async () => {
    await startPromotionCase({ data, runtime }, grace, cycle, 'alan', {});
    await saveCaseExample({ data, runtime }, grace, cycle, 'alan', undefined, file(['mentoring'], ['ev-q1']));
    const retargeted = await startPromotionCase({ data, runtime }, grace, cycle, 'alan', { targetLevel: 'l5' });
    expect([retargeted.target.name, retargeted.examples.length, retargeted.examples[0]!.dimensions]).toEqual(['Senior Staff Engineer', 1, ['mentoring']]);
    await expect(startPromotionCase({ data, runtime }, grace, cycle, 'alan', { targetLevel: 'L99' })).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('No level "L99"') });
    for (const to of ['published', 'writing', 'calibrating', 'finalized'] as const) await transitionCycle({ data, runtime }, partner, cycle, to);
    await expect(saveCaseExample({ data, runtime }, grace, cycle, 'alan', undefined, file(['mentoring'], []))).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('locked') });
  });

  it('a check-in holds no cases; a failed audit write leaves nothing half-written', async () => {
    const checkIn = await createCycle({ data, runtime }, partner, { kind: 'check-in', name: 'Q1 check-in', periodFrom: Date.UTC(2026, 0, 1), periodTo: Date.UTC(2026, 3, 1) });
    await expect(startPromotionCase({ data, runtime }, grace, checkIn.id, 'alan', {})).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('check-in') });
    const broken: DataAccess = { ...data, transaction: (fn) => data.transaction((r) => fn({ ...r, audit: { append: () => Promise.reject(new Error('audit log unavailable')) } as unknown as typeof r.audit })) };
    await expect(startPromotionCase({ data: broken, runtime }, grace, cycle, 'alan', {})).rejects.toThrow('audit log unavailable');
    expect(await data.promotionCases.forPerson(cycle, 'alan')).toBeUndefined();
  });
});
