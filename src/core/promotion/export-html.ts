/**
 * A promotion case as one printable HTML document: no scripts, no outside resources, every piece
 * of text escaped. The style sheet is exported so the server can allow exactly it (a CSP hash).
 */
import { esc } from '../packet/html.js';
import type { CaseView } from './case-view.js';

export const promotionCaseStyle = `body{font:14px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:1.6rem;border-bottom:1px solid #d0d7de;padding-bottom:.2rem}h3{font-size:1rem;margin-top:1.2rem}
.meta,.note{color:#57606a}table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:.2rem .6rem;text-align:left}
.status-evidenced{color:#1a5e20;font-weight:600}.status-claimed{color:#8c6d1f;font-weight:600}.status-uncovered{color:#b42318;font-weight:600}
.flag{background:#fff8c5;padding:.3rem .6rem;border-left:3px solid #d4a72c}dt{font-weight:600}dd{margin:0 0 .5rem 0}
@media print{body{margin:0;max-width:none}h2,h3{break-after:avoid}section{break-inside:avoid}}`;

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const statusWord = { evidenced: 'evidenced', claimed: 'named, no evidence cited', uncovered: 'not covered' } as const;
const text = (s: string): string => (s.trim() === '' ? '<span class="note">Not written yet.</span>' : esc(s.trim()));

export function promotionCaseHtml(v: CaseView): string {
  const names = new Map(v.targets.map((t) => [t.id, t.name]));
  const rows = v.coverage.dimensions
    .map((d) => `<tr><th scope="row">${esc(d.dimension.name)}</th><td class="status-${d.status}">${statusWord[d.status]}</td><td>${d.examples.length}</td><td>${d.evidence.length}</td><td>${esc(d.periods.join(', ') || '—')}</td></tr>`)
    .join('');
  const files = v.examples
    .map((e, i) => {
      const cited = e.cited.length === 0 ? '<p class="note">No evidence cited.</p>' : `<ul>${e.cited.map((c) => `<li>${esc(c.title)} — ${day(c.date)}, ${esc(c.kind)}</li>`).join('')}</ul>`;
      return `<section><h3>${i + 1}. ${esc(e.problem.split('\n')[0]!)}</h3><p class="meta">${day(e.from)} – ${e.to === null ? 'ongoing' : day(e.to)}; shows ${esc(e.dimensions.map((d) => names.get(d) ?? d).join(', ') || 'no dimension chosen')}</p><dl><dt>Problem</dt><dd>${text(e.problem)}</dd><dt>Scope</dt><dd>${text(e.scope)}</dd><dt>Action</dt><dd>${text(e.action)}</dd><dt>Result</dt><dd>${text(e.result)}</dd></dl>${cited}</section>`;
    })
    .join('');
  const missing = v.coverage.missing.length > 0 ? `<p class="flag">Not yet evidenced: ${esc(v.coverage.missing.map((d) => d.name).join(', '))}.</p>` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(`Promotion case: ${v.person.name} to ${v.target.name}`)}</title><style>${promotionCaseStyle}</style></head><body>
<h1>Promotion case: ${esc(v.person.name)} to ${esc(v.target.name)}</h1>
<p class="meta">Cycle: ${esc(v.cycle.name)}. Ladder: ${esc(v.ladder.name)}, version ${v.ladder.version}. Current level: ${esc(v.person.level ?? 'not set')}. Last changed ${day(v.updatedAt)}, written with the promotion-case template version ${v.templateVersion}.</p>
<h2>Coverage of the target level</h2><p>${v.coverage.covered} of ${v.coverage.total} dimensions evidenced.</p>${missing}
<table><thead><tr><th scope="col">Dimension</th><th scope="col">Status</th><th scope="col">Examples</th><th scope="col">Evidence items</th><th scope="col">Quarters</th></tr></thead><tbody>${rows}</tbody></table>
<h2>Repeated pattern</h2><p${v.pattern.holds ? '' : ' class="flag"'}>${esc(v.pattern.summary)}</p>
<h2>Case files</h2>${files || '<p class="note">No case files yet.</p>'}
</body></html>
`;
}
