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
});
