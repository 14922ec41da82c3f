// The API docs page in a real browser: swagger-ui, served by the app itself, lists the operations of
// /api/openapi.json under the app's Content-Security-Policy, and the page asks nothing of any host but the app's.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { journeyChromium, useBrowserJourney } from '../helpers/browser';

const executable = journeyChromium();
const STEP = { timeout: 30_000 };

/** A fresh page that records every request it makes and every CSP violation or script error. */
async function recordedPage(journey: { browser: { newPage(): Promise<Page> } }) {
  const page = await journey.browser.newPage();
  const requests: string[] = [];
  const violations: string[] = [];
  page.on('request', (request) => void requests.push(request.url()));
  await page.exposeFunction('reportCspViolation', (line: string) => void violations.push(line));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (line: string) => void }).reportCspViolation;
      void report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  page.on('pageerror', (error) => violations.push(`page error: ${error.message}`));
  return { page, requests, violations };
}

describe.skipIf(!executable)('the API docs page (chromium)', () => {
  const journey = useBrowserJourney<BareApp>(executable, () => startBareApp());

  it('lists the operations with their summaries, under the CSP, without a request leaving the app', async () => {
    const { page, requests, violations } = await recordedPage(journey);
    const response = await page.goto(`${journey.system.baseUrl}/api/docs`);
    expect(response!.status()).toBe(200);
    expect(response!.headers()['content-security-policy']).toContain("script-src 'self' 'unsafe-eval'");
    await page.getByText('Fugong API').first().waitFor(STEP);
    // The page opens on the tags; each opens on its operations.
    await page.locator('.opblock-tag', { hasText: 'working-groups' }).first().waitFor(STEP);
    expect(await page.locator('.opblock-tag').count()).toBeGreaterThan(25);
    await page.locator('.opblock-tag', { hasText: 'hotline' }).first().click();
    await page.getByText('Record a hotline call').waitFor(STEP);
    await page.locator('.opblock-tag', { hasText: 'working-groups' }).first().click();
    await page.getByText('Create a working group').waitFor(STEP);

    // An operation opens on its request body, read from the route's contract.
    await page.locator('.opblock-summary', { hasText: 'Create a working group' }).click();
    const opened = page.locator('.opblock.is-open');
    await opened.getByText('nameZh').first().waitFor(STEP);

    expect(requests.some((url) => url.endsWith('/api/openapi.json'))).toBe(true);
    const foreign = requests.filter((url) => {
      const { protocol, hostname } = new URL(url);
      return !['data:', 'blob:'].includes(protocol) && hostname !== '127.0.0.1';
    });
    expect(foreign).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('tries a change out with the signed-in session: the page sends the CSRF token the app set', async () => {
    const { page, requests, violations } = await recordedPage(journey);
    const base = journey.system.baseUrl;
    const { csrfToken } = await (await page.request.get(`${base}/api/session`)).json();
    const login = await page.request.post(`${base}/api/session`, {
      data: { username: 'admin', password: DEMO_PASSWORD },
      headers: { 'x-csrf-token': csrfToken, origin: base },
    });
    expect(login.status()).toBe(200);
    await page.goto(`${base}/api/docs#/settings/putSettings`);
    const operation = page.locator('#operations-settings-putSettings');
    await operation.getByRole('button', { name: 'Try it out' }).click(STEP);
    await operation.locator('textarea.body-param__text').fill('{ "maxEnterprisesPerCadre": 12 }');
    const answered = page.waitForResponse((r) => r.url() === `${base}/api/settings` && r.request().method() === 'PUT', STEP);
    await operation.getByRole('button', { name: 'Execute' }).click();
    const answer = await answered;
    expect(answer.status(), await answer.text()).toBe(200);
    expect(await answer.json()).toMatchObject({ settings: { maxEnterprisesPerCadre: 12 } });
    expect(requests.every((url) => url.startsWith(base) || url.startsWith('data:'))).toBe(true);
    expect(violations).toEqual([]);
    await page.close();
  });
});
