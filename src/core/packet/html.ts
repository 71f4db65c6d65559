/**
 * The packet as one printable HTML document (no scripts, no outside resources): opened from the
 * app or saved and printed to PDF. Every piece of text is escaped; the only markup is ours. The
 * style sheet is exported so the server can allow exactly it (a CSP hash) and nothing else.
 */
import { hiddenManagerReview } from './model.js';
import type { Packet, PacketEvidence, PacketFeedback, PacketOutcomeLine, PacketRating, ContextFigure } from './model.js';

export const packetStyle = `body{font:14px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:1.6rem;border-bottom:1px solid #d0d7de;padding-bottom:.2rem}
.meta,.note{color:#57606a}.activity{color:#8c6d1f;font-style:italic}.outcome{color:#1b1f24}.outcome-secondary{color:#57606a;font-size:.92em}.verdict-improved{color:#1a5e20;font-weight:600}.verdict-worsened{color:#b42318;font-weight:600}.verdict-no-clear-change{color:#57606a;font-weight:600}
table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:.2rem .6rem;text-align:left}
ul{padding-left:1.2rem}li{margin:.2rem 0}.flag{background:#fff8c5;padding:.3rem .6rem;border-left:3px solid #d4a72c}
@media print{body{margin:0;max-width:none}a{color:inherit}h2{break-after:avoid}li{break-inside:avoid}}`;

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => escapes[c]!);
const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
/** Only web links become anchors: a `javascript:` URL in someone's evidence stays text. */
const safeUrl = (u: string): boolean => /^https?:\/\//i.test(u);
const paragraphs = (s: string | null): string => (s?.trim() ? s.trim().split(/\n\s*\n/).map((p) => `<p>${esc(p)}</p>`).join('') : '<p class="note">Not written yet.</p>');

function evidence(e: PacketEvidence): string {
  const links = e.links.map((l) => (safeUrl(l.url) ? `<a href="${esc(l.url)}">${esc(l.label ?? l.url)}</a>` : esc(l.label ?? l.url))).join(', ');
  const dims = e.dimensions.length > 0 ? `; ladder: ${esc(e.dimensions.map((d) => d.name).join(', '))}` : '';
  const outcome = e.outcome === null ? '<div class="activity">Activity — no outcome link.</div>' : outcomeHtml(e.outcome);
  return `<li><strong>${esc(e.title)}</strong> — ${day(e.date)}, ${esc(e.kind)}${dims}${links ? `; ${links}` : ''}${outcome}</li>`;
}
/** The verdict in words AND colour (never a colour for the whole line): green improved, red worsened, grey otherwise. */
function outcomeHtml(o: NonNullable<PacketEvidence['outcome']>): string {
  const line = (l: PacketOutcomeLine): string => {
    const verdict = l.verdict === null ? '' : ` — <span class="verdict-${l.verdict.replace(/ /g, '-')}">${esc(l.verdict)}</span>`;
    const reason = l.reason === null ? '' : ` <span class="note">(${esc(l.reason)})</span>`;
    return `<div class="${l.headline ? 'outcome' : 'outcome outcome-secondary'}">${l.headline ? 'Outcome' : 'Also compared'}: ${esc(l.text)}${verdict}${reason}</div>`;
  };
  return [...o.lines.map(line), ...o.notes.map((n) => `<div class="note">${esc(n)}</div>`)].join('');
}
const rating = (r: PacketRating): string =>
  `<li>Rating: <strong>${esc(r.value)}</strong> (${esc(r.author)}) — ${esc(r.rationale)}${r.cites.length > 0 ? ` Cites: ${r.cites.map((c) => esc(c.title)).join('; ')}.` : ''}${r.context ? ` Context (not evidence): ${esc(r.context)}` : ''}</li>`;
const feedback = (f: PacketFeedback): string => `<li>${esc(f.kind)} feedback${f.author ? ` from ${esc(f.author)}` : ''}, ${day(f.at)}: ${esc(f.text)}</li>`;
const figures = (title: string, rows: ContextFigure[]): string =>
  `<table><thead><tr><th>${esc(title)}</th><th>Value</th><th>n</th></tr></thead><tbody>${rows.map((f) => `<tr><td>${esc(f.label)}</td><td>${esc(f.value)}</td><td>${f.n ?? '—'}</td></tr>`).join('')}</tbody></table>`;

export function packetHtml(p: Packet): string {
  const parts: string[] = [];
  parts.push(`<h1>Review packet — ${esc(p.person.name)}</h1>`);
  parts.push(`<p class="meta">${esc(p.cycle.name)} (${esc(p.cycle.kind)}), ${day(p.cycle.from)} to ${day(p.cycle.to - 1)} · cycle state ${esc(p.cycle.state)} · team ${esc(p.person.teamName ?? p.person.team ?? '—')} · level ${esc(p.person.level ?? '—')} · generated ${day(p.generatedAt)}</p>`);
  parts.push(`<p>Evidence in the period: ${p.counts.evidence} (${p.counts.withOutcome} with an outcome link, ${p.counts.activity} activity).</p>`);
  if (p.flags.length > 0) parts.push(`<h2>Checks for the reviewers</h2>${p.flags.map((f) => `<p class="flag"><strong>${esc(f.check)}</strong>: ${esc(f.message)}</p>`).join('')}`);
  for (const s of p.sections) {
    const items = [...s.evidence.map(evidence), ...s.feedback.map(feedback), ...(p.ratings === null ? [] : s.ratings.map(rating))];
    parts.push(`<h2>${esc(s.signal.name)}</h2><p class="note">${esc(s.signal.definition)}</p>${items.length > 0 ? `<ul>${items.join('')}</ul>` : ''}${s.evidence.length === 0 ? '<p class="note">No evidence for this signal in the period.</p>' : ''}`);
  }
  if (p.unassigned.length > 0) parts.push(`<h2>Evidence not tied to a signal</h2><ul>${p.unassigned.map(evidence).join('')}</ul>`);
  if (p.generalFeedback.length > 0) parts.push(`<h2>Other feedback</h2><ul>${p.generalFeedback.map(feedback).join('')}</ul>`);
  if (p.ratings === null) parts.push('<p class="note">Ratings are shown once the cycle is shared.</p>');
  parts.push(`<h2>Self review</h2>${paragraphs(p.selfReview)}`, `<h2>Manager review</h2>${p.managerReviewHidden ? `<p class="note">${esc(hiddenManagerReview)}</p>` : paragraphs(p.managerReview)}`);
  if (p.context !== null) {
    const c = p.context;
    parts.push(`<h2>Team context — ${esc(c.teamName)}, ${day(c.from)} to ${day(c.to - 1)}</h2><p class="note">Context for the team, never a score for this person.</p>`);
    parts.push(figures('Delivery', c.delivery));
    parts.push(c.reliability === null ? '<p class="note">Reliability: no SLO on the team’s services yet.</p>' : figures('Reliability', c.reliability));
  }
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Review packet — ${esc(p.person.name)} — ${esc(p.cycle.name)}</title><style>${packetStyle}</style></head><body>${parts.join('\n')}</body></html>\n`;
}
