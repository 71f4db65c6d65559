/**
 * The packet as Markdown: for pasting into a document tool or keeping in a repository. Every
 * text people wrote is escaped — single-line fields (titles, names) and the multi-line self and
 * manager reviews alike — so nothing typed into Trellis becomes Markdown structure or raw HTML
 * when the export is rendered (`<img onerror=…>` in a review must show as text, not run).
 * Angle brackets become entities rather than backslash escapes: every renderer honours those.
 */
import { hiddenManagerReview } from './model.js';
import type { Packet, PacketEvidence, PacketFeedback, PacketRating } from './model.js';

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const escapeText = (s: string): string => s.replace(/([\\`*_[\]#|])/g, '\\$1').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const inline = (s: string): string => escapeText(s).replace(/\s*\n\s*/g, ' ');
/** A multi-line text (a review): escaped line by line, its paragraphs and line breaks kept. */
const block = (s: string): string => s.trim().split(/\r?\n/).map((line) => escapeText(line.trimEnd())).join('\n');
/** Only web links become Markdown links; anything else (javascript:, data:) is shown as text. */
const isWebUrl = (url: string): boolean => /^https?:\/\//i.test(url);

function evidenceLines(e: PacketEvidence): string[] {
  const links = e.links
    .map((l) => (isWebUrl(l.url) ? `[${inline(l.label ?? l.url)}](${l.url.replace(/[()\s<>]/g, encodeURIComponent)})` : inline(l.label ? `${l.label} (${l.url})` : l.url)))
    .join(', ');
  const head = `- **${inline(e.title)}** — ${day(e.date)}, ${e.kind}${e.dimensions.length > 0 ? `; ladder: ${e.dimensions.map((d) => inline(d.name)).join(', ')}` : ''}${links ? `; ${links}` : ''}`;
  const outcome =
    e.outcome === null
      ? ['  - *Activity* — no outcome link.']
      : [
          ...e.outcome.lines.map((l) => `  - ${l.headline ? 'Outcome' : 'Also compared'}: ${inline(l.text)}${l.verdict === null ? '' : ` — **${l.verdict}**`}${l.reason === null ? '' : ` (${inline(l.reason)})`}`),
          ...e.outcome.notes.map((n) => `  - *${inline(n)}*`),
        ];
  return [head, ...outcome];
}

const ratingLine = (r: PacketRating): string =>
  `- Rating: **${inline(r.value)}** (${inline(r.author)}) — ${inline(r.rationale)}${r.cites.length > 0 ? ` Cites: ${r.cites.map((c) => inline(c.title)).join('; ')}.` : ''}${r.context ? ` Context (not evidence): ${inline(r.context)}` : ''}`;
const feedbackLine = (f: PacketFeedback): string => `- ${f.kind} feedback${f.author ? ` from ${inline(f.author)}` : ''}, ${day(f.at)}: ${inline(f.text)}`;

export function packetMarkdown(p: Packet): string {
  const out: string[] = [];
  out.push(`# Review packet — ${inline(p.person.name)}`, '');
  out.push(`${inline(p.cycle.name)} (${p.cycle.kind}), ${day(p.cycle.from)} to ${day(p.cycle.to - 1)}. Cycle state: ${p.cycle.state}.`);
  out.push(`Team: ${inline(p.person.teamName ?? p.person.team ?? '—')}. Level: ${inline(p.person.level ?? '—')}. Generated ${day(p.generatedAt)}.`, '');
  out.push(`Evidence in the period: ${p.counts.evidence} (${p.counts.withOutcome} with an outcome link, ${p.counts.activity} activity).`, '');
  if (p.flags.length > 0) {
    out.push('## Checks for the reviewers', '', ...p.flags.map((f) => `- **${inline(f.check)}**: ${inline(f.message)}`), '');
  }
  for (const s of p.sections) {
    out.push(`## ${inline(s.signal.name)}`, '', `*${inline(s.signal.definition)}*`, '');
    if (s.evidence.length === 0) out.push('- No evidence for this signal in the period.');
    for (const e of s.evidence) out.push(...evidenceLines(e));
    out.push(...s.feedback.map(feedbackLine));
    if (p.ratings !== null) out.push(...s.ratings.map(ratingLine));
    out.push('');
  }
  if (p.unassigned.length > 0) out.push('## Evidence not tied to a signal', '', ...p.unassigned.flatMap(evidenceLines), '');
  if (p.generalFeedback.length > 0) out.push('## Other feedback', '', ...p.generalFeedback.map(feedbackLine), '');
  if (p.ratings === null) out.push('*Ratings are shown once the cycle is shared.*', '');
  out.push('## Self review', '', p.selfReview?.trim() ? block(p.selfReview) : '*Not written yet.*', '');
  out.push('## Manager review', '', p.managerReviewHidden ? `*${hiddenManagerReview}*` : p.managerReview?.trim() ? block(p.managerReview) : '*Not written yet.*', '');
  if (p.context !== null) {
    const c = p.context;
    out.push(`## Team context — ${inline(c.teamName)}, ${day(c.from)} to ${day(c.to - 1)}`, '');
    out.push('*Context for the team, never a score for this person.*', '');
    out.push('| Delivery | Value | n |', '|---|---|---|', ...c.delivery.map((f) => `| ${inline(f.label)} | ${inline(f.value)} | ${f.n ?? '—'} |`), '');
    out.push(c.reliability === null ? 'Reliability: no SLO on the team’s services yet.' : ['| Reliability | Value | n |', '|---|---|---|', ...c.reliability.map((f) => `| ${inline(f.label)} | ${inline(f.value)} | ${f.n ?? '—'} |`)].join('\n'), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
