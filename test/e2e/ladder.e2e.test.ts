/**
 * The career ladder page in real Chromium against the demo organisation, whose ladder is the
 * FT engineering ladder: an engineer finds it in the menu, reads the level × dimension grid,
 * narrows it to a track and opens "what changes from Senior Engineer 1 to the level above".
 * Screenshots go to test-artifacts/screenshots/ladder-*.png.
 */
import { describe, expect, it } from 'vitest';
import { browserAvailable, screenshot } from './browser.js';
import { useDemoBrowser } from './demo-browser.js';

const enabled = browserAvailable();

describe.skipIf(!enabled)('career ladder page in Chromium', () => {
  const { signIn } = useDemoBrowser();

  it('an engineer reads the FT ladder and what changes from Senior Engineer 1 to Senior Engineer 2', async () => {
    // Wide enough for the whole grid (eight levels) in the screenshot.
    const { page, problems } = await signIn('amara@lumen.example', { viewport: { width: 1440, height: 900 } });

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Career ladder' }).click();
    await page.getByRole('heading', { level: 1, name: 'Career ladder' }).waitFor();
    const main = page.getByRole('main');
    await expect.poll(() => main.textContent()).toContain('Engineering, version 1');
    const grid = main.getByRole('table');
    await grid.waitFor();
    expect(await grid.getByRole('columnheader').count()).toBe(9); // the dimension column + 8 levels
    expect(await grid.getByRole('rowheader').count()).toBe(9);
    await grid.getByRole('rowheader', { name: 'Problem Solving & Decision Making' }).waitFor();
    await screenshot(page, 'ladder-grid');

    await main.getByLabel('Track').selectOption('manager');
    await expect.poll(() => grid.getByRole('columnheader').count()).toBe(7); // the IC levels drop out
    await main.getByLabel('Track').selectOption('');

    await main.getByLabel('What changes from').selectOption('senior-1');
    const step = page.getByRole('heading', { level: 2, name: /^What changes from Senior Engineer 1 to / });
    await step.waitFor();
    expect(await step.textContent()).toBe('What changes from Senior Engineer 1 to Senior Engineer 2 (Individual Contributor)');
    expect(new URL(page.url()).searchParams.get('from')).toBe('senior-1');
    await expect.poll(() => main.getByRole('heading', { level: 4, name: 'New at Senior Engineer 2 (Individual Contributor)' }).count()).toBe(9);
    await step.scrollIntoViewIfNeeded();
    await screenshot(page, 'ladder-level-step');

    expect(problems).toEqual([]);
  });
});
