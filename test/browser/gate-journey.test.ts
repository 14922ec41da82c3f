// The gate on a phone (390×844) in chromium: a gate officer registers a new worker by ID, walks the 8 steps, takes a
// feverish temperature, has the commitment signed on the screen, sees "quarantine", and finds the worker in the
// register in the isolation zone. No horizontal scrolling, no untranslated keys, no serious axe violations.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { residentIdCheckChar } from '../../core/domain/identifiers';
import { auditPage, chromiumPath, launchBrowser, signIn } from '../helpers/browser';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';

const executable = chromiumPath();
// A build made outside web/app/dist (GATE_APP_DIST=/tmp/…) can be checked without touching the shared one.
const appDist = process.env.GATE_APP_DIST;
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.svg': 'image/svg+xml' };

async function serveAppFrom(page: Page, dir: string): Promise<void> {
  await page.route(/^http:\/\/127\.0\.0\.1:\d+\/(?!api\/|healthz)/, async (route) => {
    const path = new URL(route.request().url()).pathname;
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!existsSync(file)) return route.continue();
    await route.fulfill({ body: readFileSync(file), contentType: TYPES[extname(file)] ?? 'application/octet-stream' });
  });
}

describe.skipIf(!executable)('gate check on a phone (chromium)', () => {
  let system: RunningSystem;
  let browser: Browser;
  beforeAll(async () => {
    [system, browser] = await Promise.all([startSystem(testDatabases()[0]!), launchBrowser(executable!)]);
  }, 150_000);
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('quarantines a worker with a fever and shows them in the register', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    if (appDist) await serveAppFrom(page, appDist);
    await signIn(page, system.baseUrl, 'gate1');
    await page.goto(`${system.baseUrl}/#/gate`);
    const first17 = `37010219900315${String(Math.floor(Math.random() * 900) + 100)}`;
    const residentId = first17 + residentIdCheckChar(first17)!;
    await page.getByLabel('身份证号').fill(residentId);
    await page.getByRole('button', { name: '查找' }).click();
    await page.getByText('新登记人员，请填写姓名').waitFor();
    const name = `手机端${randomUUID().slice(0, 4)}`;
    await page.getByLabel('姓名').fill(name);
    await page.getByLabel('货车通道').check();
    await page.getByLabel('体温（℃）').fill('37.9');
    await page.getByText('体温偏高：将转入隔离区观察').waitFor();
    const canvas = page.getByRole('img', { name: /签名板/ });
    await canvas.scrollIntoViewIfNeeded();
    const pad = await canvas.boundingBox();
    await page.mouse.move(pad!.x + 20, pad!.y + 40);
    await page.mouse.down();
    for (const [dx, dy] of [[60, 80], [120, 30], [180, 90], [240, 50]]) await page.mouse.move(pad!.x + dx!, pad!.y + dy!);
    await page.mouse.up();
    for (const step of ['测温', '消毒', '信息登记', '扫码', '领取告知书', '人车分流入场']) await page.getByRole('checkbox', { name: new RegExp(`${step}$`) }).check();
    await page.getByText('已完成 8/8 项').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByRole('button', { name: '提交检查结果' }).click();
    await page.getByText('隔离：请带至隔离区，观察 14 天').waitFor({ timeout: 30_000 });
    expect(await page.getByText('体温达到 37.3 ℃').count()).toBe(1);

    await page.goto(`${system.baseUrl}/#/register`);
    await page.getByRole('heading', { name: /汇总/ }).waitFor();
    await page.getByText(name).waitFor();
    await expect.poll(() => page.getByText('隔离第 1/14 天').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const problems = await auditPage(page, 'register');
    await page.goto(`${system.baseUrl}/#/gate`);
    await page.getByLabel('身份证号').waitFor();
    problems.push(...(await auditPage(page, 'gate')));
    expect(problems).toEqual([]);
    await page.close();
  });
});
