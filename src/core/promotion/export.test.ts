import { describe, expect, it } from 'vitest';
import { caseView, type CaseView } from './case-view.js';
import { committeeRows } from './committee.js';
import { promotionCaseHtml } from './export-html.js';
import { promotionCaseMarkdown } from './export-markdown.js';
import { example, items, ladder, promotionCase } from './promotion.test-helpers.js';
import { targetDimensions } from './target-dimensions.js';

const view = (examples = [example('a', ['ops'], ['ev-rollout']), example('b', ['mentoring'], ['ev-mentee'], { position: 1, problem: 'New joiners <b>lost</b> on call', to: null })]): CaseView =>
  caseView(promotionCase(examples), {
    cycle: { id: 'cy', name: '2026 promotion round' },
    person: { id: 'mei', name: 'Mei Lin', level: 'L3' },
    target: { id: 'l4', name: 'Staff Engineer' },
    ladder: { id: 'eng', name: 'Engineering', version: 1 },
    targets: targetDimensions(ladder, 'l4'),
    items,
  });

describe('promotion case exports', () => {
  it('Markdown leads with the coverage map, names the uncovered dimension and the pattern, then each case file with its citations', () => {
    const md = promotionCaseMarkdown(view());
    expect(md).toContain('# Promotion case: Mei Lin to Staff Engineer');
    expect(md).toContain('written with the promotion-case template version 1.');
    expect(md).toContain('2 of 3 dimensions evidenced. Not yet evidenced: Scope and impact.');
    expect(md).toContain('| Scope and impact | not covered | 0 | 0 | — |');
    expect(md).toContain('| Operational responsibility | evidenced | 1 | 1 | 2026-Q1 |');
    expect(md).toContain('Evidence at the target level in 2 quarters (2026-Q1, 2026-Q2): a repeated pattern.');
    expect(md).toContain('### 2. New joiners <b>lost</b> on call');
    expect(md).toContain('Dates: 2026-01-05 – ongoing. Shows: Mentoring.');
    expect(md).toContain('- Mentored the new joiner (2026-05-20, mentoring)');
    expect(md.indexOf('## Coverage')).toBeLessThan(md.indexOf('## Case files'));
    expect(md).not.toMatch(/score/i);
  });

  it('HTML is one printable document with every piece of people’s text escaped and the uncovered dimension flagged', () => {
    const html = promotionCaseHtml(view());
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<h1>Promotion case: Mei Lin to Staff Engineer</h1>');
    expect(html).toContain('written with the promotion-case template version 1.</p>');
    expect(html).toContain('<p class="flag">Not yet evidenced: Scope and impact.</p>');
    expect(html).toContain('<th scope="row">Scope and impact</th><td class="status-uncovered">not covered</td>');
    expect(html).toContain('New joiners &lt;b&gt;lost&lt;/b&gt; on call');
    expect(html).not.toContain('<b>lost</b>');
    expect(html).not.toMatch(/<script|https?:\/\//);
  });

  it('says plainly when there are no case files and the pattern is missing', () => {
    const empty = view([]);
    expect(promotionCaseMarkdown(empty)).toContain('_No case files yet._');
    expect(promotionCaseHtml(empty)).toContain('<p class="flag">No cited evidence at the target level yet');
  });
});

describe('committee rows', () => {
  it('compare cases by dimension coverage and evidence, ordered by name, with no score', () => {
    const a = view();
    const b = { ...view([example('c', ['ops', 'scope', 'mentoring'], ['ev-alerts'])]), id: 'case-2', person: { id: 'amara', name: 'Amara Okafor', level: 'L3' } };
    const rows = committeeRows([a, b]);
    expect(rows.map((r) => [r.person.name, r.covered, r.total, r.missing, r.examples, r.evidence, r.pattern.holds])).toEqual([
      ['Amara Okafor', 3, 3, [], 1, 1, false],
      ['Mei Lin', 2, 3, ['Scope and impact'], 2, 2, true],
    ]);
    expect(rows[1]!.dimensions.map((d) => d.status)).toEqual(['uncovered', 'evidenced', 'evidenced']);
    expect(Object.keys(rows[0]!)).not.toContain('score');
  });
});
