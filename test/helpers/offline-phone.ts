// A field officer's phone in the offline journeys (issue 23): the phone's screen with its service worker allowed, the
// one online visit that readies the gate pages for working without signal, and a gate check made without signal.
import type { Page } from 'playwright-core';
import { eventually } from '#scripts/kit/eventually';
import { freshResidentId } from '#scripts/kit/fresh-resident-id';
import { drawSignature } from './signature-pad';

/** A phone (390×844, touch) whose pages the app's service worker may control. */
export const OFFLINE_PHONE = {
  viewport: { width: 390, height: 844 },
  hasTouch: true,
  isMobile: true,
  serviceWorkers: 'allow' as const,
};

const STEP = { timeout: 45_000 };

/** Opens `hash` inside the running app, as a tap in the menu does (no reload: the page works offline). */
export async function openInApp(page: Page, hash: string): Promise<void> {
  await page.evaluate((next) => {
    window.location.hash = next;
  }, hash);
}

/** The one online visit of the gate page and the register: the worker controls the page, the queue's key is kept. */
export async function readyForOffline(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/#/gate`);
  await page.getByLabel('身份证号').waitFor(STEP);
  await openInApp(page, '#/register');
  await page.getByRole('region', { name: /^人员/ }).waitFor(STEP);
  await eventually(
    () =>
      page.evaluate(async () => {
        if (!navigator.serviceWorker.controller) return false;
        return new Promise<boolean>((resolve) => {
          const open = indexedDB.open('fugong-offline');
          open.onerror = () => resolve(false);
          open.onsuccess = () => {
            const count = open.result.transaction('keys').objectStore('keys').count();
            count.onsuccess = () => resolve(count.result > 0);
          };
        });
      }),
    Boolean,
    30_000,
  );
}

/** Checks one worker in at the people's channel into the living zone, without signal; the phone admits them at once
 * and queues the check. Leaves the gate page on its result card. */
export async function checkAtGateOffline(page: Page, name: string): Promise<void> {
  await openInApp(page, '#/gate');
  await page.getByLabel('身份证号').fill(freshResidentId());
  await page.getByRole('button', { name: '查找' }).click();
  await page.getByText('没有网络，无法查询：请按新登记人员填写').waitFor(STEP);
  await page.getByLabel('姓名').fill(name);
  await page.getByLabel('人员通道').check();
  await page.getByLabel('体温（℃）').fill('36.5');
  await page.getByLabel('健康证明有效').check();
  await page.getByLabel('生活区').check();
  await drawSignature(page);
  for (const step of ['测温', '消毒', '信息登记', '扫码', '领取告知书', '人车分流入场'])
    await page.getByRole('checkbox', { name: new RegExp(`${step}$`) }).check();
  await page.getByRole('button', { name: '提交检查结果' }).click();
  await page.getByText('放行：请从人员通道进场').waitFor(STEP);
  await page.getByText('本机判定（未联网），已存入待同步').waitFor(STEP);
}
