/**
 * Anonymising a real review packet into a sample packet: names of people, teams and services,
 * email addresses and links are replaced by placeholders ("[person]"), and every replacement is
 * listed so the facilitator checks what was removed — and what was not — before anyone rates it.
 * Automatic removal is a first pass, never a guarantee: the review step is the point.
 */
import type { Removal } from './workshop.js';

export interface Identifier {
  kind: 'person' | 'team' | 'service';
  text: string;
}

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Names to look for: full names, and for people their first and last names of 3+ letters. */
export function identifiersOf(people: readonly { id: string; name: string }[], teams: readonly { id: string; name: string }[], services: readonly { id: string; name: string }[]): Identifier[] {
  const out: Identifier[] = [];
  for (const p of people) {
    out.push({ kind: 'person', text: p.name }, { kind: 'person', text: p.id });
    for (const part of p.name.split(/\s+/)) if (part.length >= 3) out.push({ kind: 'person', text: part });
  }
  for (const t of teams) out.push({ kind: 'team', text: t.name }, { kind: 'team', text: t.id });
  for (const s of services) out.push({ kind: 'service', text: s.name }, { kind: 'service', text: s.id });
  return out;
}

export function anonymise(text: string, identifiers: readonly Identifier[]): { text: string; removed: Removal[] } {
  const counts = new Map<string, Removal>();
  const note = (kind: Removal['kind'], found: string) => {
    const key = `${kind}\u0000${found}`;
    const r = counts.get(key) ?? { kind, text: found, count: 0 };
    r.count++;
    counts.set(key, r);
  };
  let out = text.replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu, (m) => (note('email', m), '[email]'));
  out = out.replace(/https?:\/\/[^\s)\]>]*[^\s)\]>.,;:!?]/gu, (m) => (note('link', m), '[link]'));
  // Longest first, so "Amara Okafor" goes before "Amara" and a team "Payments Platform" before "Payments".
  const unique = [...new Map(identifiers.filter((i) => i.text.trim().length >= 3).map((i) => [i.text.toLowerCase(), i])).values()].sort((a, b) => b.text.length - a.text.length);
  for (let i = 0; i < unique.length; i += 200) {
    const chunk = unique.slice(i, i + 200);
    const kindOf = new Map(chunk.map((c) => [c.text.toLowerCase(), c.kind]));
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${chunk.map((c) => escape(c.text)).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    out = out.replace(pattern, (m) => {
      const kind = kindOf.get(m.toLowerCase()) ?? 'person';
      note(kind, m);
      return `[${kind}]`;
    });
  }
  return { text: out, removed: [...counts.values()].sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : 1)) };
}
