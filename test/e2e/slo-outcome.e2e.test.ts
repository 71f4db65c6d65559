/**
 * An evidence item linked to an SLO, in real Chromium on the demo: Mei Lin's edge-cache work is
 * linked to auth-service-availability. Her living document shows the SLO's burn and SLI before
 * and after with n in days and an interval, and each side's burn attribution; the review packet
 * shows the same outcome as sentences and the Identity team's reliability figures as context.
 * Screenshots go to test-artifacts/screenshots/slo-outcome-*.png.
 */
import { describe, expect, it } from 'vitest';
import { annualCycleId } from '../../src/app/demo/seed-reviews.js';
import { browserAvailable, screenshot } from './browser.js';
import { useDemoBrowser } from './demo-browser.js';

const enabled = browserAvailable();

describe.skipIf(!enabled)('SLO outcomes in Chromium', () => {
  // Five weeks of SLI data: fourteen days each side of the item's moment, seventeen days ago.
  const demo = useDemoBrowser({ sliDays: 35 });
  const { signIn } = demo;

  it('the engineer reads her SLO-linked item: burn and SLI before/after with n and interval, and the burn attribution', async () => {
    const { page, problems } = await signIn('mei@lumen.example');
    await page.goto(`${demo.server().url}/people/mei-lin/document`);
    await page.getByRole('heading', { level: 1, name: 'My document' }).waitFor();
    const item = page.getByRole('region', { name: 'Evidence' }).locator('.evidence-item', { hasText: 'Moved auth-service token checks to the edge cache' });
    const sentence = item.locator('.outcome-sentence');
    await expect.poll(() => sentence.textContent()).toMatch(/budget burn rate of SLO auth-service-availability \d+\.\d+× → \d+\.\d+×, n = 14 → 14 days with data, 95% interval [−+±]\d+\.\d+× to [−+±]\d+\.\d+×/);
    expect(await sentence.locator('.verdict').textContent()).toBe('no clear change');

    await item.getByText('SLO before and after, and what overlapped the burn').click();
    const table = item.getByRole('table', { name: /^SLO auth-service-availability: before and after/ });
    await table.waitFor();
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => (tr.textContent ?? '').replace(/\s+/g, ' ')));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^Budget burn rate \(judged\)\d+\.\d+×\d+\.\d+×.*14 → 14[\d,]+ → [\d,]+no clear change$/);
    expect(rows[1]).toMatch(/^SLI\d+\.\d{3} %\d+\.\d{3} %/);
    // Each side's attribution: a table of what overlapped the burning minutes, or a sentence saying nothing burned or overlapped.
    for (const side of ['before', 'after']) {
      const named = item.getByRole('table', { name: new RegExp(`^Burn attribution ${side} `) });
      const said = item.getByText(new RegExp(`^Burn attribution ${side} .*: (the budget did not burn|no incident or deployment overlaps)`));
      expect((await named.count()) + (await said.count()), side).toBe(1);
      if ((await named.count()) === 1) expect(await named.locator('tbody tr').first().textContent()).toMatch(/^(incident|deployment) .+%$/);
    }
    await item.scrollIntoViewIfNeeded();
    await screenshot(page, 'slo-outcome-document');
    expect(problems).toEqual([]);
  });

  it('the packet shows the SLO outcome as sentences and the team’s reliability figures as context', async () => {
    const { page, problems } = await signIn('priya@lumen.example');
    await page.goto(`${demo.server().url}/cycles/${annualCycleId}/people/mei-lin/packet`);
    await page.getByRole('heading', { level: 1, name: 'Review packet — Mei Lin' }).waitFor();
    const main = page.getByRole('main');
    await expect.poll(() => main.textContent()).toMatch(/budget burn rate of SLO auth-service-availability: \d+\.\d+× → \d+\.\d+× \(n = 14 → 14 days with data, [\d,]+ → [\d,]+ events/);
    expect(await main.textContent()).toMatch(/Burn before: /);
    const reliability = main.getByRole('table', { name: 'Team reliability over the period' });
    await reliability.waitFor();
    const figures = await reliability.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => (tr.textContent ?? '').replace(/\s+/g, ' ')));
    expect(figures.some((f) => /^SLO auth-service-availability \(auth-service\): error budget.*(remaining|overspent).*burn \d+\.\d+× over 1 d/.test(f))).toBe(true);
    expect(figures.at(-1)).toMatch(/^Incidents on the team's services/);
    // Team and service figures only: no row names a person.
    for (const f of figures) expect(f).not.toMatch(/Mei|Lin\b/);
    await reliability.scrollIntoViewIfNeeded();
    await screenshot(page, 'slo-outcome-packet');

    const md = await page.request.get(`${demo.server().url}/api/cycles/${annualCycleId}/people/mei-lin/packet?format=markdown`);
    const text = await md.text();
    expect(text).toContain('| Reliability | Value | n |');
    expect(text).toMatch(/SLO auth-service-availability \(auth-service\): error budget/);
    expect(problems).toEqual([]);
  });

  it('a team’s on-call health counts its SLO alert episodes per week and how many real burn followed', async () => {
    const { page, problems } = await signIn('dev@lumen.example');
    await page.goto(`${demo.server().url}/teams/payments/oncall`);
    const card = page.getByRole('list', { name: 'On-call figures' }).getByRole('listitem').filter({ hasText: 'SLO alert episodes' });
    await card.waitFor();
    // payments-api's burn ten days ago paged, and budget burned in the hour after each episode started.
    await expect.poll(() => card.locator('.metric-value').textContent()).toMatch(/^\d+(\.\d+)? \/ week$/);
    expect(await card.locator('.metric-n').textContent()).toMatch(/^\d+ episodes?; \d+(\.\d+)? ?% of \d+ followed by real burn$/);
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'slo-outcome-oncall-noise');
    expect(problems).toEqual([]);
  });
});
