// The queue's age limit on a phone (issue 23), 390×844 in chromium against the built app: an administrator sets the
// gate-check definition's offlineQueueLimitHours to 24; after one online visit the gate page's cached definition carries
// it; offline, a check that has waited 30 hours under the default 72 does not warn, one that has waited 30 hours under
// the 24 it was queued with does, and the warning names 24 hours. No waiting: the items' device times are set in the
// phone's IndexedDB.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { readShippedForms } from '#forms/shipped-forms';
import { journeyChromium, signIn, useBrowserJourney } from '../helpers/browser';
import { eventually } from '#scripts/kit/eventually';
import { keptAnswer } from '../helpers/field-vault';
import { HttpSession } from '#scripts/kit/http-session';
import { OFFLINE_PHONE } from '../helpers/offline-phone';
import { startSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';

const executable = journeyChromium();
const STEP = { timeout: 45_000 };
const HOUR = 3_600_000;

/** Puts a pending gate check into the phone's queue as if queued `hours` ago under `limitHours` (its payload is sealed
 * with no key this phone holds, so it lists as encrypted). */
function putQueued(page: Page, item: { userId: number; hours: number; limitHours?: number }) {
  return page.evaluate(
    ({ userId, deviceTime, limitHours, clientId }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('fugong-offline');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const put = open.result
            .transaction('queue', 'readwrite')
            .objectStore('queue')
            .put({
              clientId,
              userId,
              kind: 'gate-check',
              deviceTime,
              formVersion: 1,
              ...(limitHours === undefined ? {} : { limitHours }),
              iv: new Uint8Array(12),
              sealed: new ArrayBuffer(32),
              status: 'pending',
              updatedAt: deviceTime,
            });
          put.onsuccess = () => resolve();
          put.onerror = () => reject(put.error);
        };
      }),
    {
      userId: item.userId,
      deviceTime: new Date(Date.now() - item.hours * HOUR).toISOString(),
      limitHours: item.limitHours,
      clientId: randomUUID(),
    },
  );
}

describe.skipIf(!executable)('the queue limit of the definition on a phone (chromium)', () => {
  const journey = useBrowserJourney(executable, () => startSystem(testDatabases()[0]!));

  it('warns of a check older than the limit it was made with, naming that limit, and not of one within the default', async () => {
    const { db, baseUrl } = journey.system;
    const admin = new HttpSession(baseUrl);
    await admin.login('admin', DEMO_PASSWORD);
    const gateCheck = structuredClone(readShippedForms().find((form) => form.key === 'gate-check')!);
    (gateCheck.process.params as Record<string, unknown>).offlineQueueLimitHours = 24;
    expect((await admin.request('PUT', '/api/admin/forms/gate-check/draft', gateCheck)).status).toBe(200);
    expect((await admin.request('POST', '/api/admin/forms/gate-check/publish')).status).toBe(200);

    const page = await journey.browser.newPage(OFFLINE_PHONE);
    await signIn(page, baseUrl, 'gate1');
    await page.goto(`${baseUrl}/#/gate`);
    await page.getByLabel('身份证号').waitFor(STEP);
    // The one online visit caches the definition the phone will queue checks with: its limit rides along.
    const cachedLimit = await eventually(
      () =>
        keptAnswer<{ setup: { offlineQueueLimitHours: number | null } }>(page, '/api/gate/setup').then(
          (kept) => kept?.setup.offlineQueueLimitHours ?? null,
        ),
      (limit) => limit !== null,
      30_000,
    );
    expect(cachedLimit).toBe(24);

    await page.context().setOffline(true);
    const gate1 = (await db('users').where({ username: 'gate1' }).first('id')).id as number;
    await putQueued(page, { userId: gate1, hours: 30 });
    await page.reload();
    await page.getByText('待同步 1').waitFor(STEP);
    await page.getByText('记录已加密，登录本人账号后可查看').first().waitFor(STEP);
    expect(await page.getByText(/未同步，请尽快连接网络同步/).count()).toBe(0);

    await putQueued(page, { userId: gate1, hours: 30, limitHours: 24 });
    await page.reload();
    await page.getByText('待同步 2').waitFor(STEP);
    const warning = page.getByRole('alert').filter({ hasText: '未同步' });
    await warning.waitFor(STEP);
    expect(await warning.textContent()).toBe('有记录已在本机保存超过 24 小时未同步，请尽快连接网络同步');
    await page.close();
  });
});
