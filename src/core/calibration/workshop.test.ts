import { describe, expect, it } from 'vitest';
import { Rng } from '../demo/random.js';
import { anonymise, identifiersOf } from './anonymise.js';
import { closeRound, createRound, rateSample, raterProgress, revealState, type SamplePacket, type WorkshopRating, type WorkshopRound } from './workshop.js';
import { workshopResults } from './workshop-results.js';

const scale = ['needs support', 'strong at level', 'exceeds'];
const signals = [{ id: 'impact', name: 'Impact' }, { id: 'craft', name: 'Craft' }];
const round = (): WorkshopRound => {
  const o = createRound({ title: 'Round 1', raters: ['ana', 'ben', 'cai'], signals, scale }, { id: 'w1', at: 1, by: 'acc-priya' });
  if (!o.ok) throw new Error(o.reason);
  return o.value;
};
const packet = (id: string, approvedAt: number | null = 2): SamplePacket => ({ id, round: 'w1', title: `Packet ${id}`, body: 'A sample packet body long enough.', origin: 'scratch', removed: [], approvedAt });

function rateAll(r: WorkshopRound, packets: SamplePacket[], values: Record<string, string>): WorkshopRating[] {
  const out: WorkshopRating[] = [];
  for (const rater of r.raters) {
    for (const p of packets) {
      for (const s of r.signals) {
        const o = rateSample(r, packets, out, rater, { packet: p.id, signal: s.id, value: values[rater]!, rationale: 'Because of the rollout.' }, 3);
        if (!o.ok) throw new Error(o.reason);
        out.push(o.value);
      }
    }
  }
  return out;
}

describe('workshop rounds', () => {
  it('needs a title, two distinct raters, signals and a scale', () => {
    expect(createRound({ title: ' ', raters: ['a', 'b'], signals, scale }, { id: 'x', at: 1, by: null })).toEqual({ ok: false, reason: 'title: is required' });
    expect(createRound({ title: 'R', raters: ['a'], signals, scale }, { id: 'x', at: 1, by: null })).toEqual({ ok: false, reason: 'raters: a workshop needs at least two raters' });
    expect(createRound({ title: 'R', raters: ['a', 'a'], signals, scale }, { id: 'x', at: 1, by: null })).toEqual({ ok: false, reason: 'raters: lists someone twice' });
  });

  it('stays hidden until every rater has rated every approved packet on every signal', () => {
    const r = round();
    const packets = [packet('p1'), packet('p2'), packet('draft', null)];
    const all = rateAll(r, packets.slice(0, 2), { ana: 'exceeds', ben: 'strong at level', cai: 'strong at level' });
    expect(revealState(r, packets, all.slice(0, -1))).toBe('rating');
    expect(revealState(r, packets, all)).toBe('all-in');
    expect(raterProgress(r, packets, all.slice(0, -1)).map((p) => `${p.rater} ${p.rated}/${p.expected}`)).toEqual(['ana 4/4', 'ben 4/4', 'cai 3/4']);
  });

  it('is revealed when the facilitator closes it early, and a closed round refuses ratings', () => {
    const r = round();
    const closed = closeRound(r, { at: 5, by: 'acc-priya' });
    if (!closed.ok) throw new Error(closed.reason);
    expect(revealState(closed.value, [packet('p1')], [])).toBe('closed');
    const o = rateSample(closed.value, [packet('p1')], [], 'ana', { packet: 'p1', signal: 'impact', value: 'exceeds', rationale: 'Because of the rollout.' }, 6);
    expect(o.ok).toBe(false);
    expect(closeRound(closed.value, { at: 6, by: null })).toEqual({ ok: false, reason: 'This round is already closed.' });
  });

  it('refuses a rating from someone who is not a rater, on an unapproved packet, off the scale or without a rationale', () => {
    const r = round();
    const packets = [packet('p1'), packet('draft', null)];
    const base = { packet: 'p1', signal: 'impact', value: 'exceeds', rationale: 'Because of the rollout.' };
    expect(rateSample(r, packets, [], 'zed', base, 3)).toEqual({ ok: false, reason: 'Only the raters of this round rate its packets.' });
    expect(rateSample(r, packets, [], 'ana', { ...base, packet: 'draft' }, 3)).toEqual({ ok: false, reason: 'packet: "draft" is not a sample packet of this round' });
    expect(rateSample(r, packets, [], 'ana', { ...base, value: 'great' }, 3)).toEqual({ ok: false, reason: 'value: "great" is not on the scale (needs support, strong at level, exceeds)' });
    expect(rateSample(r, packets, [], 'ana', { ...base, rationale: 'ok' }, 3)).toEqual({ ok: false, reason: 'rationale: say why, in a sentence (at least 10 characters)' });
  });
});

describe('workshop results', () => {
  it('puts the packet with the widest disagreement first and computes alpha on the ordinal steps', () => {
    const r = round();
    const packets = [packet('calm'), packet('split')];
    const ratings: WorkshopRating[] = [];
    const give = (rater: string, p: string, signal: string, value: string) => ratings.push({ round: 'w1', packet: p, rater, signal, value, rationale: 'x'.repeat(12), at: 3 });
    for (const rater of ['ana', 'ben', 'cai']) {
      give(rater, 'calm', 'impact', 'strong at level');
      give(rater, 'calm', 'craft', 'exceeds');
    }
    give('ana', 'split', 'impact', 'needs support');
    give('ben', 'split', 'impact', 'exceeds');
    give('cai', 'split', 'impact', 'strong at level');
    for (const rater of ['ana', 'ben', 'cai']) give(rater, 'split', 'craft', 'needs support');
    const res = workshopResults(r, packets, ratings, new Rng(1));
    expect(res.packets.map((p) => [p.packet, p.spread])).toEqual([['split', 1], ['calm', 0]]);
    expect(res.agreement.n).toBe(12);
    expect(res.agreement.alpha.ordinal).not.toBeNull();
    expect(res.agreement.alpha.ordinal!).toBeLessThan(1);
    expect(res.bySignal.find((s) => s.signal === 'craft')!.alpha).toBeCloseTo(1, 12);
  });
});

describe('anonymising a real packet', () => {
  const ids = identifiersOf([{ id: 'amara-okafor', name: 'Amara Okafor' }, { id: 'sofia', name: 'Sofia Rossi' }], [{ id: 'platform', name: 'Platform' }], [{ id: 'deploy-pipeline', name: 'Deploy Pipeline' }]);

  it('replaces names, ids, emails and links, and lists every removal for review', () => {
    const r = anonymise('Amara Okafor (amara@lumen.example) shipped deploy-pipeline canaries for Platform; Sofia agreed. Amara wrote https://git.example/pr/12.', ids);
    expect(r.text).toBe('[person] ([email]) shipped [service] canaries for [team]; [person] agreed. [person] wrote [link].');
    expect([...r.removed].sort((a, b) => (a.text < b.text ? -1 : 1))).toEqual([
      { kind: 'person', text: 'Amara', count: 1 },
      { kind: 'person', text: 'Amara Okafor', count: 1 },
      { kind: 'team', text: 'Platform', count: 1 },
      { kind: 'person', text: 'Sofia', count: 1 },
      { kind: 'email', text: 'amara@lumen.example', count: 1 },
      { kind: 'service', text: 'deploy-pipeline', count: 1 },
      { kind: 'link', text: 'https://git.example/pr/12', count: 1 },
    ]);
  });

  it('leaves words that only contain a name alone', () => {
    expect(anonymise('Platformer games and Amaranth.', ids).text).toBe('Platformer games and Amaranth.');
  });
});
