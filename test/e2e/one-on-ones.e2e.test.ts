/**
 * 1:1s, support plans and templates in real Chromium on the demo organisation:
 * - Greg Hale's home shows his overdue 1:1s, and his list puts them first;
 * - Sofia Rossi runs a 1:1 with Amara with an action item carried over, settles it, keeps a
 *   private note; Amara reads the shared notes — on her 1:1s and in her living document's
 *   "From 1:1s" — and never the private one;
 * - Sofia creates a support plan for Amara (lint hints while writing) and Amara sees it at once;
 * - Jonas Weber reads the support plan he has had since its first day;
 * - the administrator saves a new version of the 1:1 agenda template;
 * - the administrator changes a prompt of the promotion-case template and Mei's case page asks
 *   with the new prompt, saying which version it is.
 * Screenshots go to test-artifacts/screenshots/one-on-ones-*.png.
 */
import { describe, expect, it } from 'vitest';
import { annualCycleId } from '../../src/app/demo/seed-reviews.js';
import { browserAvailable, screenshot } from './browser.js';
import { useDemoBrowser } from './demo-browser.js';

const enabled = browserAvailable();

describe.skipIf(!enabled)('1:1s and support plans in Chromium', () => {
  const { signIn } = useDemoBrowser();

  it('Greg’s home shows his overdue 1:1s, and his list of reports puts them first', async () => {
    const { page, problems } = await signIn('greg@lumen.example');
    const todo = page.getByRole('region', { name: 'What needs doing' });
    await todo.getByRole('heading', { name: '1:1s overdue' }).waitFor();
    const overdue = todo.getByRole('table', { name: /of your 1:1s are overdue/ });
    expect(await overdue.locator('tbody tr').count()).toBeGreaterThanOrEqual(3);
    await expect.poll(() => overdue.locator('tbody tr').first().textContent()).toMatch(/Overdue by \d+ days/);
    await screenshot(page, 'one-on-ones-greg-home');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: '1:1s with my reports' }).click();
    await page.getByRole('heading', { level: 1, name: '1:1s' }).waitFor();
    const table = page.getByRole('table', { name: /Your direct reports' 1:1s/ });
    await table.locator('tbody tr').first().waitFor();
    expect(await table.locator('tbody tr').first().textContent()).toMatch(/Overdue by \d+ days/);
    await page.locator('p.notice', { hasText: /1:1s are overdue/ }).waitFor();
    await screenshot(page, 'one-on-ones-list');
    expect(problems).toEqual([]);
  });

  it('Sofia runs a 1:1 with an action item carried over; Amara reads the shared notes, never the private ones', async () => {
    const { page, problems } = await signIn('sofia@lumen.example');
    await page.goto(new URL('/one-on-ones', page.url()).toString());
    await page.getByRole('table', { name: /Your direct reports' 1:1s/ }).getByRole('link', { name: 'Amara Okafor', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '1:1s: Amara Okafor with Sofia Rossi' }).waitFor();

    const form = page.getByRole('region', { name: 'Record a 1:1' });
    const agenda = form.getByRole('list', { name: 'Agenda' });
    const carried = agenda.locator('li', { hasText: 'carried over' });
    expect(await carried.count()).toBe(1);
    const carriedText = (await carried.textContent())!.replace(/carried over.*$/, '').trim();
    await carried.getByRole('checkbox').check();
    await form.getByLabel('Shared notes — Amara reads these').fill('Great job.');
    await form.getByTestId('lint-hints').first().getByText('Vague praise').waitFor();
    await form.getByLabel('Shared notes — Amara reads these').fill('Reviewed the canary halt thresholds: the deploy-pipeline runbook now lists all three.');
    await form.getByLabel(/^Private notes — only you and your manager line/).fill('PRIVATE: ask Priya about an L5 case in the spring.');
    await form.getByRole('button', { name: 'Add an action item' }).click();
    const item = form.getByRole('group', { name: 'Action item 1' });
    await item.getByLabel('What').fill('Run the rollback game day with the Payments rota');
    await item.getByLabel('Due').fill('2026-12-18');
    await screenshot(page, 'one-on-ones-record');
    await form.getByRole('button', { name: 'Save 1:1' }).click();

    const history = page.getByRole('region', { name: '1:1s held' });
    const newest = history.locator('article').first();
    await newest.locator('p.notes', { hasText: 'Reviewed the canary halt thresholds' }).waitFor();
    await newest.locator('.private-notes p.notes', { hasText: 'PRIVATE: ask Priya' }).waitFor();
    expect(await newest.getByRole('list').first().textContent()).toContain('carried over');
    const actions = page.getByRole('table', { name: /Action items from the 1:1s/ });
    // The item settled today is the newest with its text (items list oldest first); Sofia agrees some items more than once.
    await expect.poll(() => actions.locator('tbody tr', { hasText: carriedText.split(' (')[0]! }).last().textContent()).toContain('Done');
    expect(await actions.getByRole('button', { name: /^Mark / }).count(), 'only the new item is open').toBe(1);
    await actions.locator('tbody tr', { hasText: 'Run the rollback game day' }).waitFor();
    // The next agenda carries the new item over.
    await page.getByRole('region', { name: 'Record a 1:1' }).getByRole('list', { name: 'Agenda' }).locator('li', { hasText: 'Run the rollback game day' }).waitFor();
    await screenshot(page, 'one-on-ones-after');
    // The notes can be corrected afterwards, still shared and private apart.
    await newest.getByText('Edit the notes of this 1:1').click();
    await newest.getByLabel('Shared notes', { exact: true }).fill('Reviewed the canary halt thresholds: the deploy-pipeline runbook now lists all three, with the rollback steps.');
    await newest.getByRole('button', { name: 'Save notes' }).click();
    await page.getByRole('region', { name: '1:1s held' }).locator('article').first().locator('p.notes', { hasText: 'with the rollback steps.' }).waitFor();
    expect(problems).toEqual([]);

    const amara = await signIn('amara@lumen.example');
    await amara.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My 1:1s' }).click();
    await amara.page.getByRole('heading', { level: 1, name: 'Your 1:1s with Sofia Rossi' }).waitFor();
    await amara.page.getByText('now lists all three, with the rollback steps.').first().waitFor();
    expect(await amara.page.content()).not.toContain('PRIVATE: ask Priya');
    expect(await amara.page.getByRole('region', { name: 'Record a 1:1' }).count()).toBe(0);
    const mine = amara.page.getByRole('table', { name: 'Action items you own from your 1:1s' });
    await mine.locator('tbody tr', { hasText: 'Run the rollback game day' }).waitFor();
    await screenshot(amara.page, 'one-on-ones-engineer');
    // The shared notes also stand, read-only, in her living document; the private note nowhere.
    await amara.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My document' }).click();
    const fromOneOnOnes = amara.page.getByRole('region', { name: 'From 1:1s' });
    await fromOneOnOnes.getByText('now lists all three, with the rollback steps.').waitFor();
    expect(await fromOneOnOnes.getByRole('textbox').count()).toBe(0);
    expect(await amara.page.content()).not.toContain('PRIVATE: ask Priya');
    expect(amara.problems).toEqual([]);
  });

  it('Sofia creates a support plan for Amara and Amara sees it at once', async () => {
    const { page, problems } = await signIn('sofia@lumen.example');
    await page.goto(new URL('/people/amara-okafor/support-plans', page.url()).toString());
    await page.getByRole('heading', { level: 1, name: 'Support plans: Amara Okafor' }).waitFor();
    const form = page.getByRole('region', { name: 'New support plan' });
    await form.getByLabel('About a review signal').selectOption('collaboration');
    await form.getByLabel('Starts on').fill('2026-11-02');
    await form.getByLabel('Ends on').fill('2027-01-29');
    const expectations = form.getByLabel('Observable expectations (one per line)');
    await expectations.fill('Be more strategic.');
    await form.getByTestId('lint-hints').first().getByText('No next step').waitFor();
    await expectations.fill('Each cross-team design review on deploy-pipeline gets written comments within two working days.\nRun the January game day with the Payments rota.');
    await form.getByLabel('Support offered (one per line)').fill('A fortnightly hour with Priya on facilitation.');
    await form.getByRole('button', { name: 'Create support plan' }).click();
    const plan = page.getByRole('article').filter({ hasText: 'Run the January game day' });
    await plan.waitFor();
    await plan.getByLabel('What was seen against each expectation').fill('Two design reviews on 4 and 9 November answered in one working day.');
    await plan.getByLabel('Check-in date').fill('2026-11-10');
    await plan.getByRole('button', { name: 'Add check-in' }).click();
    await page.getByRole('table', { name: /Check-ins of the support plan/ }).getByText('Two design reviews').waitFor();
    await screenshot(page, 'one-on-ones-plan-manager');
    expect(problems).toEqual([]);

    const amara = await signIn('amara@lumen.example');
    await amara.page.goto(new URL('/people/amara-okafor/support-plans', amara.page.url()).toString());
    await amara.page.getByRole('heading', { level: 1, name: 'Your support plans' }).waitFor();
    await amara.page.getByText('Run the January game day with the Payments rota.').waitFor();
    await amara.page.getByText('Two design reviews on 4 and 9 November answered in one working day.').waitFor();
    expect(await amara.page.getByRole('region', { name: 'New support plan' }).count()).toBe(0);
    await screenshot(amara.page, 'one-on-ones-plan-engineer');
    expect(amara.problems).toEqual([]);
  });

  it('Jonas reads the support plan he has had since its first day, with its check-ins', async () => {
    const { page, problems } = await signIn('jonas@lumen.example');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My 1:1s' }).click();
    await page.getByRole('link', { name: 'Your support plans' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your support plans' }).waitFor();
    await page.getByText('One search-api ranking change merged behind a flag').waitFor();
    await page.getByText(/visible to the person since that day/).waitFor();
    expect(await page.getByRole('table', { name: /Check-ins of the support plan/ }).locator('tbody tr').count()).toBe(3);
    await page.getByText('Outcome: Extended').waitFor();
    await screenshot(page, 'one-on-ones-jonas-plan');
    expect(problems).toEqual([]);
  });

  it('the administrator saves a new version of the 1:1 agenda template', async () => {
    const { page, problems } = await signIn('admin@lumen.example');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Templates' }).click();
    await page.getByRole('heading', { level: 1, name: 'Templates' }).waitFor();
    await page.getByRole('button', { name: 'Edit 1:1 agenda' }).click();
    const current = page.getByRole('region', { name: /1:1 agenda: version 1/ });
    await current.getByRole('button', { name: 'Add a section' }).click();
    await current.getByLabel('Heading').last().fill('Career');
    await current.getByLabel('Prompt for “Career”').fill('Be more strategic.');
    await current.getByTestId('lint-hints').last().getByText('No next step').waitFor();
    await current.getByLabel('Prompt for “Career”').fill('One step towards the next level this month, and the ladder example it moves towards.');
    await current.getByRole('button', { name: 'Save as version 2' }).click();
    await page.getByRole('region', { name: /1:1 agenda: version 2/ }).waitFor();
    const versions = page.getByRole('table', { name: /Versions of the 1:1 agenda template/ });
    await expect.poll(() => versions.locator('tbody tr').count()).toBe(2);
    await screenshot(page, 'one-on-ones-templates');
    expect(problems).toEqual([]);
  });

  it('the administrator changes the promotion-case template and Mei’s case page asks with the new prompt', async () => {
    const { page, problems } = await signIn('admin@lumen.example');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Templates' }).click();
    await page.getByRole('heading', { level: 1, name: 'Templates' }).waitFor();
    await page.getByRole('button', { name: 'Edit promotion case' }).click();
    const current = page.getByRole('region', { name: /Promotion case: version 1/ });
    const prompt = 'Which service broke, for how many users, and since which date.';
    await current.getByLabel('Prompt for “Problem”').fill(prompt);
    await current.getByRole('button', { name: 'Save as version 2' }).click();
    await page.getByRole('region', { name: /Promotion case: version 2/ }).waitFor();
    expect(problems).toEqual([]);

    const mei = await signIn('mei@lumen.example');
    await mei.page.goto(new URL(`/cycles/${annualCycleId}/people/mei-lin/promotion-case`, mei.page.url()).toString());
    await mei.page.getByRole('heading', { level: 1, name: 'Promotion case — Mei Lin' }).waitFor();
    const form = mei.page.getByRole('form', { name: 'Add a case file' });
    await form.getByText(prompt).waitFor();
    // The built-in hint is gone: the organisation's template is what guides the writer.
    expect(await form.getByText('What was wrong or missing, and for whom?').count()).toBe(0);
    await form.getByRole('complementary', { name: 'Also asked for in each case file' }).getByRole('link', { name: 'version 2' }).waitFor();
    await screenshot(mei.page, 'one-on-ones-promotion-template');
    expect(mei.problems).toEqual([]);
  });
});
