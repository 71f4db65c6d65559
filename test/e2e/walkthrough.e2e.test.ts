/**
 * What an engineering manager's walkthrough of the demo found, checked in real Chromium: review
 * periods read up to their last day, the cycle's participants show writing progress (not a
 * number that reads as a score), a rating's evidence reads once, the compensation view names
 * teams, and an engineer sees the setup checklist without buttons the server would refuse.
 * A second pass: the packet names ladder dimensions, a compensation reviewer is offered no
 * private links on a person page, and a mistyped person or team says what was not found.
 * Screenshots go to test-artifacts/screenshots/walkthrough-*.png.
 */
import { describe, expect, it } from 'vitest';
import { browserAvailable, screenshot } from './browser.js';
import { useDemoBrowser } from './demo-browser.js';

const enabled = browserAvailable();

describe.skipIf(!enabled)('walkthrough fixes in Chromium', () => {
  const demo = useDemoBrowser();
  const { signIn } = demo;

  it('a manager reads the 2026 annual review: whole-year period, signals rated, evidence cited once', async () => {
    const { page, problems } = await signIn('sofia@lumen.example');
    await page.goto(`${demo.server().url}/cycles`);
    const annual = page.getByRole('row', { name: /2026 annual review/ });
    await expect.poll(() => annual.textContent()).toContain('1 Jan 2026 – 31 Dec 2026');

    await annual.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: '2026 annual review' }).waitFor();
    const participants = page.locator('section:has(#participants-title)').getByRole('table');
    await participants.getByRole('columnheader', { name: 'Signals rated' }).waitFor();
    const amaraRow = participants.locator('tr[data-key="amara-okafor"]');
    await expect.poll(() => amaraRow.locator('td').nth(4).textContent()).toBe('3 of 5');
    await screenshot(page, 'walkthrough-cycle');

    await participants.getByRole('link', { name: 'Amara Okafor', exact: true }).click();
    const delivery = page.getByRole('region', { name: 'Delivery impact' });
    // The rating cites an item of Amara's living document, once, linked to it.
    await expect.poll(() => delivery.locator('.rating .citations a').allTextContents()).toEqual(['Rollout automation: staged rollouts with automatic halt on deploy-pipeline']);
    expect(problems).toEqual([]);
  });

  it('a compensation reviewer sees team names in the proposals', async () => {
    const { page, problems } = await signIn('omar@lumen.example');
    await page.goto(`${demo.server().url}/cycles/annual-2026/compensation`);
    const amara = page.locator('tr[data-key="amara-okafor"]');
    await expect.poll(() => amara.locator('td').first().textContent()).toBe('Platform');
    expect(problems).toEqual([]);
  });

  it('an engineer follows setup without buttons that the server would refuse', async () => {
    const { page, problems } = await signIn('amara@lumen.example');
    await page.goto(`${demo.server().url}/setup`);
    await page.getByRole('heading', { level: 1, name: 'First-run setup' }).waitFor();
    await page.getByText('You can follow the setup here; administrators make the changes.').waitFor();
    expect(await page.getByRole('main').getByRole('button').count()).toBe(0);
    await screenshot(page, 'walkthrough-setup-engineer');
    expect(problems).toEqual([]);
  });

  it('a manager reads ladder dimensions by name in the packet', async () => {
    const { page, problems } = await signIn('sofia@lumen.example');
    await page.goto(`${demo.server().url}/cycles/annual-2026/people/amara-okafor/packet`);
    await page.getByRole('heading', { level: 1, name: 'Review packet — Amara Okafor' }).waitFor();
    const rollout = page.locator('.packet-evidence li', { hasText: 'Rollout automation' }).first();
    await expect.poll(() => rollout.textContent()).toContain('ladder: Technical judgement and design, Operational responsibility, Delivery and autonomy');
    expect(await page.getByRole('main').textContent()).not.toContain('technical-judgement');
    expect(problems).toEqual([]);
  });

  it('a compensation reviewer is offered no private links on a person page; a wrong id says what was not found', async () => {
    const { page, problems } = await signIn('omar@lumen.example');
    await page.goto(`${demo.server().url}/people/amara-okafor`);
    await page.getByRole('heading', { level: 1, name: 'Amara Okafor' }).waitFor();
    expect(await page.getByRole('main').getByRole('link', { name: 'Private page' }).count()).toBe(0);
    expect(await page.getByRole('main').getByRole('link', { name: 'Living document' }).count()).toBe(0);
    await screenshot(page, 'walkthrough-person-compensation-reviewer');

    await page.goto(`${demo.server().url}/teams/platfrom`);
    await page.getByRole('heading', { level: 1, name: 'Team "platfrom" was not found' }).waitFor();
    await page.goto(`${demo.server().url}/people/amara-okafr`);
    await page.getByRole('heading', { level: 1, name: 'Person "amara-okafr" was not found' }).waitFor();
    // A 404 for a mistyped address is expected; other console errors are not.
    expect(problems.filter((p) => !/404/.test(p))).toEqual([]);
  });
});
