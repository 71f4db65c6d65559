/**
 * Calibration of the demo's 2026 annual review in real Chromium: before the session opens Sofia
 * (a manager) sees only her own line's pre-ratings; Hannah moves the cycle to calibrating; Priya
 * (director, calibrator) opens the session, looks by signal and by manager, changes Jonas's rating
 * (refused without a reason tag, recorded with one and a note), acknowledges the no-surprises
 * flags and locks the session; then reads manager consistency — by name, with n, 1:1 cadence not
 * yet recorded. Screenshots: test-artifacts/screenshots/calibration-*.png.
 */
import { describe, expect, it } from 'vitest';
import { browserAvailable, screenshot } from './browser.js';
import { useDemoBrowser } from './demo-browser.js';

const enabled = browserAvailable();
const board = '/cycles/annual-2026/calibration';

describe.skipIf(!enabled)('calibration board in Chromium', () => {
  const demo = useDemoBrowser();
  const { signIn } = demo;

  it('a manager sees only their own line before the session opens', async () => {
    const { page, problems } = await signIn('sofia@lumen.example');
    await page.goto(`${demo.server().url}${board}`);
    await page.getByRole('heading', { level: 1, name: 'Calibration: 2026 annual review' }).waitFor();
    await page.getByText('Pre-rating: each manager sees only their own line until the session opens').waitFor();
    await expect.poll(() => page.getByTestId('hidden-note').textContent()).toMatch(/pre-ratings are in from other managers, hidden until the session opens/);
    await page.getByRole('table', { name: 'Sofia Rossi’s line' }).getByRole('rowheader', { name: 'Amara Okafor' }).waitFor();
    expect(await page.getByRole('rowheader', { name: 'Jonas Weber' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Change / }).count()).toBe(0);
    await screenshot(page, 'calibration-pre-rating');
    expect(problems).toEqual([]);
  });

  it('a calibrator opens the session, changes a rating with a reason tag and a note, acknowledges the flags and locks', async () => {
    const hannah = await signIn('hannah@lumen.example');
    await hannah.page.goto(`${demo.server().url}/cycles/annual-2026`);
    await hannah.page.getByRole('button', { name: 'Move to calibrating' }).click();
    await hannah.page.getByRole('button', { name: 'Move to finalized' }).waitFor();

    const { page, problems } = await signIn('priya@lumen.example');
    page.on('dialog', (d) => void d.accept());
    await page.goto(`${demo.server().url}/cycles/annual-2026`);
    await page.getByRole('link', { name: 'Calibration board' }).click();
    await page.getByRole('button', { name: 'Open the session' }).click();
    await page.getByText('Open: pre-ratings side by side; every change needs a reason tag and a note').waitFor();

    await page.getByRole('button', { name: 'By signal' }).click();
    await page.getByRole('table', { name: 'Growth at level' }).getByRole('rowheader', { name: 'Jonas Weber' }).waitFor();
    await page.getByRole('button', { name: 'By manager' }).click();
    await page.getByRole('table', { name: 'Rating distribution by manager’s line and for the organisation' }).getByRole('rowheader', { name: 'Organisation' }).waitFor();

    await page.getByRole('button', { name: 'Change Jonas Weber’s Growth at level' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change Jonas Weber’s Growth at level' });
    await dialog.getByLabel('New rating').selectOption('strong at level');
    await dialog.getByRole('button', { name: 'Record the change' }).click();
    await dialog.getByText('Choose a reason tag').waitFor();
    await dialog.getByLabel('Reason tag').selectOption('consistency');
    await dialog.getByLabel('Note (the engineer reads it)').fill('The indexer back-pressure design is at the scope peers at L3 were rated strong for; the ranking change stays a goal.');
    await dialog.getByRole('button', { name: 'Record the change' }).click();
    const changes = page.getByRole('table', { name: 'Calibration changes, oldest first' });
    await expect.poll(() => changes.textContent()).toContain('needs support → strong at level');
    expect(await changes.textContent()).toContain('consistency');
    expect(await changes.textContent()).toContain('Priya Raman');

    const notes = page.getByLabel(/^Acknowledgement note for /);
    await expect.poll(() => notes.count()).toBeGreaterThan(0);
    while ((await notes.count()) > 0) {
      const before = await notes.count();
      await notes.first().fill('Raised with the engineer at the 1:1 this week; the rating stands with the support plan.');
      await page.getByRole('button', { name: 'Acknowledge the flag' }).first().click();
      await expect.poll(() => notes.count()).toBe(before - 1);
    }
    await page.getByRole('checkbox', { name: 'Does the evidence cover the whole period, not only its last weeks?' }).first().click();
    await expect.poll(() => page.getByRole('checkbox', { name: 'Does the evidence cover the whole period, not only its last weeks?' }).first().isChecked()).toBe(true);
    await screenshot(page, 'calibration-open');

    await page.getByRole('button', { name: 'Lock the session' }).click();
    await page.getByText('Locked: ratings no longer change').waitFor();
    expect(await page.getByRole('button', { name: /^Change / }).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('a leader reads manager consistency: by name, each figure with n, with the 1:1 pairs overdue', async () => {
    const { page, problems } = await signIn('priya@lumen.example');
    await page.goto(`${demo.server().url}${board}`);
    await page.getByRole('link', { name: 'Manager consistency' }).click();
    await page.getByRole('heading', { level: 1, name: 'Manager consistency: 2026 annual review' }).waitFor();
    const table = page.getByRole('table', { name: 'Manager consistency, by name' });
    const names = await table.getByRole('rowheader').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(names).toEqual(expect.arrayContaining(['Greg Hale', 'Priya Raman', 'Sofia Rossi']));
    const greg = table.getByRole('row', { name: /Greg Hale/ });
    expect(await greg.textContent()).toMatch(/lint findings per 100 words \(n = \d+ texts/);
    expect(await greg.textContent()).toMatch(/2 of 2 \(100%\)/);
    // Greg's 1:1s with some reports lapsed in the demo (the browser's clock is later than the demo's day, so possibly all).
    expect(await greg.textContent()).toMatch(/([1-9]\d*) of \d+ pairs overdue/);
    await expect.poll(() => page.getByRole('main').textContent()).toContain('came without earlier shared feedback on the signal');
    await screenshot(page, 'calibration-consistency');
    expect(problems).toEqual([]);
  });
});
