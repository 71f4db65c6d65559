import { beforeAll, describe, expect, it } from 'vitest';
import { useSeededDemo } from '../../../test/seeded-demo.js';
import { accountActor } from '../../core/access/actor.js';
import { readLivingDocument, type LivingDocument } from '../living-document/read-living-document.js';
import { DeliveryRepository } from '../../store/delivery-repository.js';
import { meiMissingDimension } from './demo-evidence.js';
import { seedDemoEvidence } from './seed-evidence.js';
import { seedDemoLadder } from './seed-ladder.js';

/**
 * The seeded living documents on the real demo organisation (generated records, accounts, the FT
 * ladder). The generator is the slow part, so this runs once, on SQLite; the repositories it
 * writes through are tested on both dialects in src/store/evidence-repository.test.ts.
 */
describe('demo living documents', () => {
  const demo = useSeededDemo([seedDemoLadder, seedDemoEvidence]);
  const { anchor, runtime } = demo;
  const docs = new Map<string, LivingDocument>();

  const self = (person: string) => accountActor({ accountId: `acct-${person}`, personId: person, roles: ['engineer'] });
  const read = async (person: string) => {
    const doc = await readLivingDocument({ data: demo.data(), runtime, delivery: new DeliveryRepository(demo.store().db) }, self(person), person);
    docs.set(person, doc);
    return doc;
  };

  beforeAll(async () => {
    for (const p of ['amara-okafor', 'dev-patel', 'jonas-weber', 'mei-lin']) await read(p);
  }, 240_000);

  it('Amara’s rollout automation shows deploy-pipeline’s change failure rate dropping after the rollout', () => {
    const rollout = docs.get('amara-okafor')!.evidence.find((e) => e.title.startsWith('Rollout automation'))!;
    expect(rollout).toMatchObject({ kind: 'prevention', label: 'outcome' });
    expect(rollout.outcome).toMatchObject({ status: 'figures', scope: { kind: 'service', id: 'deploy-pipeline' }, headline: 'changeFailureRate' });
    const cfr = rollout.outcome!.metrics!.changeFailureRate;
    expect(cfr.before!).toBeGreaterThan(cfr.after!);
    expect(cfr.nBefore).toBeGreaterThan(100);
    expect(cfr.nAfter).toBeGreaterThan(100);
    expect(cfr.verdict).toBe('improved');
  });

  it('Amara’s document has goals, Sofia’s growth notes, a place on the ladder and her prevention counted', () => {
    const doc = docs.get('amara-okafor')!;
    expect(doc.goals.map((g) => g.status)).toEqual(['on-track', 'done']);
    expect(doc.growthNotes.items.map((n) => n.author.name)).toEqual(['Sofia Rossi', 'Sofia Rossi']);
    expect(doc.ladder).toMatchObject({ status: 'placed', position: { current: { id: 'l4' }, next: { id: 'l5' } } });
    expect(doc.fairness.prevention).toMatchObject({ prevention: 2, firefighting: 1 });
  });

  it('Dev’s firefighting raises the prompt to weigh prevention; Jonas’s late evidence raises the recency flag', () => {
    expect(docs.get('dev-patel')!.fairness.flags.map((f) => f.check)).toContain('prevention-counted');
    expect(docs.get('dev-patel')!.fairness.prevention).toMatchObject({ prevention: 1, firefighting: 6 });
    expect(docs.get('jonas-weber')!.fairness.flags.map((f) => f.check)).toContain('recency');
    expect(docs.get('amara-okafor')!.fairness.flags.map((f) => f.check)).not.toContain('recency');
  });

  it('Mei’s evidence spans two periods and leaves exactly one next-level dimension without evidence', () => {
    const doc = docs.get('mei-lin')!;
    const dates = doc.evidence.map((e) => Date.parse(e.date));
    expect(dates.filter((d) => d < anchor - 182 * 86_400_000).length).toBeGreaterThanOrEqual(2);
    expect(dates.filter((d) => d >= anchor - 182 * 86_400_000).length).toBeGreaterThanOrEqual(2);
    expect(doc.ladder.position?.next?.id).toBe('l4');
    expect(doc.ladder.position?.gaps.map((g) => g.dimension.id)).toEqual([meiMissingDimension]);
  });

  it('three engineers outside the story have documents too (one each in SRE and Growth, and Greg Hale’s first report), and seeding again adds nothing', async () => {
    const before = await demo.store().db.selectFrom('evidence_items').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const people = await demo.store().db.selectFrom('evidence_items').select('person').distinct().execute();
    expect(people.length).toBe(7);
    await seedDemoEvidence(demo.store(), { anchor, runtime });
    const after = await demo.store().db.selectFrom('evidence_items').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});
