/**
 * The service reliability page in real Chromium against the demo organisation: reached from the
 * service page, it shows each SLO's budget, burn rates, the alert pairs, the burn-down and
 * burn-rate charts (Observable Plot under the strict CSP) and burn attribution.
 * Screenshots go to test-artifacts/screenshots/reliability-*.png.
 */
import { describe, expect, it } from 'vitest';
import { browserAvailable, screenshot } from './browser.js';
import { useDemoBrowser } from './demo-browser.js';

const enabled = browserAvailable();

describe.skipIf(!enabled)('service reliability page in Chromium', () => {
  const demo = useDemoBrowser();
  const { signIn } = demo;

  it('an engineer opens payments-api’s reliability from the service page and reads its SLO', async () => {
    const { page, problems } = await signIn('dev@lumen.example');
    await page.goto(`${demo.server().url}/services/payments-api`);
    await page.getByRole('main').getByRole('link', { name: 'Reliability', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'payments-api: reliability' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/services/payments-api/reliability');

    const main = page.getByRole('main');
    const slo = main.getByRole('region', { name: 'payments-api-availability' });
    await slo.waitFor();
    const text = (await slo.textContent()) ?? '';
    expect(text).toContain('99.900 % · Occurrences · 30d rolling');
    expect(text).toMatch(/Budget consumed\s*\d+\.\d %/);
    for (const w of ['5m', '30m', '1h', '2h', '6h', '1d', '3d']) await slo.getByRole('columnheader', { name: w, exact: true }).waitFor();
    // The four alert pairs with the factors of a 30-day window.
    const alerts = slo.getByRole('table', { name: /Alerts: a pair fires/ });
    expect(await alerts.getByRole('row').count()).toBe(5);
    expect(await alerts.textContent()).toMatch(/1h \/ 5m\s*14\.4×.*6h \/ 30m\s*6\.00×.*1d \/ 2h\s*3\.00×.*3d \/ 6h\s*1\.00×/s);
    await slo.locator('figure svg').first().waitFor();
    expect(await slo.locator('figure svg').count()).toBe(2);
    await slo.getByRole('heading', { name: 'Burn attribution' }).waitFor();
    await screenshot(page, 'reliability-payments');
    await slo.getByRole('heading', { name: 'Burn attribution' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'reliability-payments-attribution');
    expect(problems).toEqual([]);
  });

  it('shows the search latency SLO as Timeslices and a service without SLOs as an empty state', async () => {
    const { page, problems } = await signIn('jonas@lumen.example');
    await page.goto(`${demo.server().url}/services/search-api/reliability`);
    const slo = page.getByRole('region', { name: 'search-api-latency' });
    await slo.waitFor();
    expect(await slo.textContent()).toContain('98.000 % · Timeslices · 28d rolling');
    // 28-day window: the page factor is 13.44.
    expect(await slo.getByRole('table', { name: /Alerts/ }).textContent()).toMatch(/1h \/ 5m\s*13\.4×/);
    await screenshot(page, 'reliability-search');

    await page.goto(`${demo.server().url}/services/warehouse/reliability`);
    await page.getByText('This service has no SLOs yet.').waitFor();
    expect(problems).toEqual([]);
  });
});
