/// <reference lib="dom" />
/**
 * The delivery story in real Chromium on the demo organisation, at 1440 px and 390 px: the window
 * picker, the weekly change-failure-rate and lead-time charts with the outcome-linked evidence
 * marked on a service's timeline, the drill-down in words, the organisation page for leaders, and
 * tables that fit a phone. Screenshots: test-artifacts/screenshots/story-*.png.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, screenshot } from './browser.js';
import { useDemoBrowser } from './demo-browser.js';

const enabled = browserAvailable();
const wide = { width: 1440, height: 1000 };
const phone = { width: 390, height: 844 };

/** Elements in main whose right edge passes the viewport (cut off), by a short description. */
function cutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of document.querySelectorAll('main table, main .table-scroll, main figure, main .panel')) {
      const scroller = el.closest('.table-scroll');
      // A table inside its scroller may be wider than the screen: it scrolls. The scroller may not.
      if (el.tagName === 'TABLE' && scroller) continue;
      const r = el.getBoundingClientRect();
      if (r.right > width + 1) out.push(`${el.tagName.toLowerCase()}.${el.className} right ${Math.round(r.right)} > ${width}`);
    }
    if (document.documentElement.scrollWidth > width + 1) out.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    return out;
  });
}

describe.skipIf(!enabled)('the delivery story in Chromium', () => {
  const demo = useDemoBrowser();

  it('the team delivery page fits a 390 px phone: "Waiting on other teams" is not cut off', async () => {
    const { page, problems } = await demo.signIn('sofia@lumen.example', { viewport: phone });
    await page.goto(`${demo.server().url}/teams/platform/delivery`);
    await page.getByRole('heading', { level: 1, name: /delivery$/ }).waitFor();
    const friction = page.locator('.friction');
    await friction.locator('tr[data-team="sre"]').waitFor();
    await page.locator('main figure svg').first().waitFor();
    await screenshot(page, 'story-team-390');
    await friction.screenshot({ path: 'test-artifacts/screenshots/story-friction-390.png' });
    expect(await cutOff(page)).toEqual([]);
    // Nothing of the friction tables is hidden past the edge of their scroller either.
    const hidden = await page.evaluate(() => [...document.querySelectorAll('.friction .table-scroll')].filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.querySelector('caption')?.textContent));
    expect(hidden).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('a service page tells the story: 1 y window, weekly CFR and lead time, and the rollout marked where it shipped', async () => {
    for (const [viewport, name] of [[wide, 'story-service-1440'], [phone, 'story-service-390']] as const) {
      const { page, problems } = await demo.signIn('sofia@lumen.example', { viewport });
      await page.goto(`${demo.server().url}/services/deploy-pipeline/delivery`);
      await page.getByRole('heading', { level: 1, name: /delivery$/ }).waitFor();
      const main = page.getByRole('main');
      // The default 90 days hide the rollout; the page says so and offers the window that shows it.
      const markers = main.getByRole('region', { name: 'Work that shipped on this service' });
      await markers.waitFor();
      expect(await markers.textContent()).toMatch(/Rollout automation.*before this window/i);
      await page.getByRole('group', { name: 'Window' }).getByLabel('last year').check();
      await expect.poll(() => new URL(page.url()).searchParams.get('days')).toBe('365');
      await expect.poll(() => markers.textContent()).not.toContain('before this window');
      await main.getByRole('figure', { name: 'Change failure rate per week' }).waitFor();
      await main.getByRole('figure', { name: 'Median lead time per week' }).waitFor();
      await expect.poll(() => page.locator('main figure svg').count()).toBe(3);
      // The dashed marker is drawn in each chart, and named in each caption.
      const caption = await main.getByRole('figure', { name: 'Change failure rate per week' }).locator('figcaption').textContent();
      expect(caption).toMatch(/Dashed lines: .*Rollout automation/i);
      await expect.poll(() => page.locator('main figure svg line[stroke-dasharray], main figure svg [stroke-dasharray] line').count()).toBeGreaterThan(0);
      await screenshot(page, name);
      if (viewport === phone) {
        expect(await cutOff(page)).toEqual([]);
        await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
        await page.screenshot({ path: 'test-artifacts/screenshots/story-service-top-390.png' });
        await main.getByRole('figure', { name: 'Change failure rate per week' }).screenshot({ path: 'test-artifacts/screenshots/story-service-cfr-390.png' });
      }
      expect(problems).toEqual([]);
    }
  });

  it('the drill-down reads as events: times with their zone and short shas (the demo records carry no source url; DrillDown.test covers the links)', async () => {
    const { page, problems } = await demo.signIn('sofia@lumen.example', { viewport: wide });
    await page.goto(`${demo.server().url}/services/deploy-pipeline/delivery?days=365`);
    await page.getByRole('button', { name: /Show events behind lead time for changes/ }).click();
    const drill = page.getByRole('region', { name: 'Events behind lead time for changes' });
    await expect.poll(() => drill.getByRole('row').count()).toBeGreaterThan(1);
    const first = drill.locator('tbody tr').first();
    const cells = await first.locator('th, td').allTextContents();
    // Change (short sha), committed (time with zone), deployment, deployed, lead time.
    expect(cells[0]).toMatch(/^[0-9a-f]{7}$/);
    expect(cells[1]).toMatch(/^\d{1,2} \w{3} \d{4}, \d\d:\d\d (GMT|BST)$/);
    expect(cells[3]).toMatch(/\d\d:\d\d (GMT|BST)$/);
    await drill.scrollIntoViewIfNeeded();
    await screenshot(page, 'story-drill-down-1440');
    // The first rows as a reader sees them on screen (the full page is very long).
    await drill.locator('h2').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-artifacts/screenshots/story-drill-down-rows-1440.png' });
    expect(problems).toEqual([]);
  });

  it('a leader reads the organisation page: org figures, and each team against its own past, by name', async () => {
    for (const [viewport, name] of [[wide, 'story-org-1440'], [phone, 'story-org-390']] as const) {
      const { page, problems } = await demo.signIn('priya@lumen.example', { viewport });
      await page.getByRole('navigation').getByRole('link', { name: 'Organisation delivery' }).click();
      await page.getByRole('heading', { level: 1, name: 'Organisation — delivery' }).waitFor();
      const main = page.getByRole('main');
      await expect.poll(() => page.locator('.metric-card').count()).toBe(5);
      const rows = main.locator('tr[data-team]');
      await expect.poll(() => rows.count()).toBeGreaterThan(3);
      const names = await main.locator('tr[data-team] th').allTextContents();
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
      expect(await main.locator('tr[data-team] .verdict').first().textContent()).toMatch(/^(improving|steady|worsening|not enough data)$/);
      expect(await main.getByRole('note', { name: 'Why teams are not ranked' }).textContent()).toContain('listed by name');
      expect(await main.locator('tr[data-team]').first().textContent()).toMatch(/n = \d+ → \d+/);
      // The demo's data end on 2 Nov 2026, weeks before today: the periods end there and the page says so.
      expect(await main.locator('[data-check="data-end"]').textContent()).toContain('Both periods end there');
      await page.locator('main figure svg').first().waitFor();
      await screenshot(page, name);
      if (viewport === phone) {
        expect(await cutOff(page)).toEqual([]);
        // Each team's trends stack on a phone: nothing hidden past the table's edge.
        expect(await page.evaluate(() => [...document.querySelectorAll('.team-trends .table-scroll')].filter((e) => e.scrollWidth > e.clientWidth + 1).length)).toBe(0);
        await main.locator('.team-trends').screenshot({ path: 'test-artifacts/screenshots/story-org-teams-390.png' });
      }
      expect(problems).toEqual([]);
    }
  });

  it("Amara's private page shows her pages and shifts in her zone, each time naming it", async () => {
    const { page, problems } = await demo.signIn('amara@lumen.example', { viewport: wide });
    await page.getByRole('navigation').getByRole('link', { name: 'My private page' }).click();
    await page.getByRole('heading', { level: 1, name: 'My private page' }).waitFor();
    const shifts = page.getByRole('region', { name: 'On-call shifts' });
    // The shifts table's own caption ("My load" above it has captions of its own).
    const caption = await shifts.locator('caption').first().textContent();
    expect(caption).toMatch(/times in Europe\/London, Amara Okafor's time zone/);
    // The shifts and pages tables (the access log below them is the viewer's own, in the viewer's zone).
    const times = [...(await shifts.locator('tbody td').allTextContents()), ...(await page.getByRole('region', { name: 'Pages' }).locator('tbody td').allTextContents())];
    const stamped = times.filter((t) => /\d\d:\d\d/.test(t));
    expect(stamped.length).toBeGreaterThan(0);
    for (const t of stamped) expect(t).toMatch(/\d\d:\d\d (GMT|BST)$/);
    // A September time in London is summer time, named BST (not GMT as the page said before).
    const september = stamped.filter((t) => / Sept? 2026/.test(t));
    for (const t of september) expect(t).toMatch(/BST$/);
    await shifts.scrollIntoViewIfNeeded();
    await screenshot(page, 'story-private-1440');
    expect(problems).toEqual([]);
  });
});
