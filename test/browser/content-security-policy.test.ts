// The built app under its own Content-Security-Policy in chromium: the sign-in page, a form with client-side
// validation (AJV) and the dashboard's charts (echarts) run without a single CSP violation.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { journeyChromium, signIn, useBrowserJourney, SCREENSHOTS } from '../helpers/browser';
import { installationEnv, startScript } from '#scripts/kit/start-script';
import { fullPageShot } from '../helpers/screenshots';

const executable = journeyChromium();
const STEP = { timeout: 30_000 };

/** A fresh page that records every CSP violation: the DOM event (installed before any of the app's scripts, over the
 * DevTools protocol, so the policy cannot block it), console reports, and uncaught errors such as a refused eval. */
async function watchedPage(browser: ReturnType<typeof useBrowserJourney>['browser']): Promise<{ page: Page; violations: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (line: string) => void violations.push(line));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (line: string) => void }).reportCspViolation;
      void report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => violations.push(`page error: ${error.message}`));
  return { page, violations };
}

describe.skipIf(!executable)('Content-Security-Policy in a real browser (chromium)', () => {
  const journey = useBrowserJourney(executable, () => installationEnv().then(startScript));

  it('serves the app with the policy and no framing', async () => {
    const { page } = await watchedPage(journey.browser);
    const response = await page.goto(journey.system.baseUrl);
    const csp = response!.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self' 'unsafe-eval'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(response!.headers()['x-frame-options']).toBe('DENY');
    await page.close();
  });

  it('the sign-in page, a form that validates in the browser, and the dashboard run without a violation', async () => {
    const { page, violations } = await watchedPage(journey.browser);
    await page.goto(journey.system.baseUrl);
    await page.getByLabel('用户名').waitFor(STEP);
    await page.getByRole('button', { name: '登录' }).waitFor(STEP);
    const signInPage = [...violations];

    await signIn(page, journey.system.baseUrl, 'ent01');
    await page.getByRole('link', { name: '填写「工作联络员指定」' }).click();
    await page.getByLabel('手机号码').fill('12345');
    await page.getByRole('button', { name: '提交' }).click();
    await expect.poll(() => page.getByText('请填写11位手机号码').count()).toBeGreaterThan(0);
    await fullPageShot(page, `${SCREENSHOTS}csp-form.png`);
    await page.getByRole('button', { name: '退出登录' }).click();

    await signIn(page, journey.system.baseUrl, 'hq');
    await page.goto(`${journey.system.baseUrl}/#/dashboard`);
    await page.getByRole('heading', { name: '困难问题', level: 2 }).waitFor(STEP);
    await page.locator('.figure-chart canvas, .figure-chart svg').first().waitFor(STEP);
    await page.locator('.figure-chart canvas, .figure-chart svg').first().hover();
    await fullPageShot(page, `${SCREENSHOTS}csp-dashboard.png`);
    await page.close();
    expect(signInPage).toEqual([]);
    expect(violations).toEqual([]);
  }, 180_000);
});
