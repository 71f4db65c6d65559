/**
 * The text of a sample packet made from a real one: what a rater needs to rate — the level, the
 * evidence by signal with its outcome lines, the self and manager reviews, shared feedback — and
 * nothing that is the answer or points at the person: no ratings, no flags, no authors, no dates
 * beyond the month. Anonymisation (anonymise.ts) then takes out the names.
 */
import type { Packet } from '../packet/model.js';

const month = (ms: number): string => new Date(ms).toISOString().slice(0, 7);

export function samplePacketText(p: Packet): string {
  const out: string[] = [];
  out.push(`Level: ${p.person.level ?? 'not recorded'}`, `Period: ${month(p.cycle.from)} to ${month(p.cycle.to - 1)}`, '');
  const sections = [...p.sections.map((s) => ({ title: s.signal.name, evidence: s.evidence, feedback: s.feedback })), { title: 'Evidence naming no signal', evidence: p.unassigned, feedback: p.generalFeedback }];
  for (const s of sections) {
    if (s.evidence.length === 0 && s.feedback.length === 0) continue;
    out.push(`## ${s.title}`);
    for (const e of s.evidence) {
      out.push(`- ${e.title} (${e.kind}, ${month(e.date)})`);
      if (e.outcome) for (const line of e.outcome.lines) out.push(`  - ${line}`);
      else out.push('  - activity: no outcome linked');
    }
    for (const f of s.feedback) out.push(`- Feedback (${f.kind}): ${f.text}`);
    out.push('');
  }
  out.push('## Self review', p.selfReview?.trim() || '(none written)', '', '## Manager review', p.managerReview?.trim() || '(none written)');
  return out.join('\n').trim();
}
