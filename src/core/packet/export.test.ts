import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { arrangePacket } from './arrange.js';
import { evidence, packetInput } from './fixtures.test-helpers.js';
import { packetHtml } from './html.js';
import { packetMarkdown } from './markdown.js';

describe('packetMarkdown', () => {
  const md = packetMarkdown(arrangePacket(packetInput()));

  it('has a section per signal with its evidence, outcome and rating', () => {
    expect(md).toContain('# Review packet — Amara Okafor');
    expect(md).toContain('## Delivery impact');
    expect(md).toContain('- **Rollout automation** — 2026-03-03, prevention');
    expect(md).toContain('  - Outcome: change failure rate of deploy-pipeline: 18.0% → 6.5% (n = 212 → 190 deployments) — **improved**');
    expect(md).toContain('- Rating: **exceeds** (Sofia Rossi) — Rollout automation (e1).');
    expect(md).toContain('  - *Activity* — no outcome link.');
  });

  it('shows the team figures as context, with n, and says reliability is missing', () => {
    expect(md).toContain('*Context for the team, never a score for this person.*');
    expect(md).toContain('| Change failure rate | 9.1% | 402 |');
    expect(md).toContain('Reliability: no SLO on the team’s services yet.');
  });

  it('says ratings come later when they are hidden, and shows unwritten reviews as such', () => {
    const hidden = packetMarkdown(arrangePacket(packetInput({ ratings: null })));
    expect(hidden).not.toContain('Rating:');
    expect(hidden).toContain('*Ratings are shown once the cycle is shared.*');
    expect(hidden).toMatch(/## Manager review\n\n\*Not written yet\.\*/);
  });

  it('names ladder dimensions as the ladder does, not by id', () => {
    const named = packetMarkdown(arrangePacket(packetInput({ evidence: [evidence({ id: 'x', title: 'Design doc', signals: ['delivery-impact'], dimensions: [{ id: 'problem-solving', name: 'Problem solving' }] })] })));
    expect(named).toContain('- **Design doc** — 2026-03-01, shipped; ladder: Problem solving');
    expect(named).not.toContain('problem-solving');
  });

  it('escapes raw HTML in the self and manager reviews, so rendering the export runs nothing', () => {
    const attack = '<img src=x onerror=alert(1)>';
    const md2 = packetMarkdown(arrangePacket(packetInput({ selfReview: `I shipped it.\n\n${attack} and <script>alert(2)</script>`, managerReview: `## Fake heading\n${attack}` })));
    expect(md2).not.toContain('<img');
    expect(md2).not.toContain('<script');
    expect(md2).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // Rendered by a real Markdown renderer: the text shows, no element is created.
    const html = marked.parse(md2, { async: false });
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('<p>I shipped it.</p>');
    expect(html).not.toContain('<h2>Fake heading</h2>');
  });

  it('links only web URLs', () => {
    const md2 = packetMarkdown(arrangePacket(packetInput({ evidence: [evidence({ id: 'x', title: 'T', signals: ['delivery-impact'], links: [{ url: 'javascript:alert(1)', label: 'bad' }, { url: 'https://ci.example/run/1', label: 'CI' }] })] })));
    expect(md2).not.toContain('](javascript:');
    expect(md2).toContain('bad (javascript:alert(1))');
    expect(md2).toContain('[CI](https://ci.example/run/1)');
  });

  it('escapes Markdown in titles so a title cannot forge structure', () => {
    const md2 = packetMarkdown(arrangePacket(packetInput({ evidence: [evidence({ id: 'x', title: '# [click](http://x) *bold*', signals: ['delivery-impact'] })] })));
    expect(md2).toContain('- **\\# \\[click\\](http://x) \\*bold\\***');
  });
});

describe('packetHtml', () => {
  it('escapes every text and links only web URLs', () => {
    const html = packetHtml(
      arrangePacket(
        packetInput({
          evidence: [
            evidence({ id: 'x', title: '<script>alert(1)</script>', signals: ['delivery-impact'], links: [{ url: 'javascript:alert(1)', label: 'bad' }, { url: 'https://ci.example/run/1', label: 'CI run' }] }),
          ],
          selfReview: 'First <b>para</b>.\n\nSecond.',
        }),
      ),
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('<a href="https://ci.example/run/1">CI run</a>');
    expect(html).toContain('<p>First &lt;b&gt;para&lt;/b&gt;.</p><p>Second.</p>');
  });

  it('is a whole printable document with the team context', () => {
    const html = packetHtml(arrangePacket(packetInput()));
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('@media print');
    expect(html).toContain('<td>Change failure rate</td><td>9.1%</td><td>402</td>');
  });
});
