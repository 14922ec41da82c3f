// A gate officer's offline checks are sent whatever page is open (issue 23), on a phone (390×844) in chromium against
// the built app: a worker checked without signal on #/gate shows on the register as 待同步 with 待同步 1 in the header;
// back online on the register (the gate page never opened again) the check reaches the server, the register lists the
// worker in the zone chosen; and a check sent while the gate page shows its result card turns the card to 已同步. Checks still unsent at sign-out stay on the phone,
// the officer is warned, and they are sent when the officer signs in again, from the home page.
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { journeyChromium, signIn, useBrowserJourney } from '../helpers/browser';
import { eventually } from '#scripts/kit/eventually';
import { checkAtGateOffline, OFFLINE_PHONE, openInApp, readyForOffline } from '../helpers/offline-phone';
import { startSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';

const executable = journeyChromium();
const STEP = { timeout: 45_000 };

describe.skipIf(!executable)('offline gate checks sent from any page (chromium)', () => {
  const journey = useBrowserJourney(executable, () => startSystem(testDatabases()[0]!));

  const checksOf = (name: string) =>
    journey.system
      .db('gate_checks as g')
      .join('workers as w', 'w.id', 'g.worker_id')
      .where('w.name', name)
      .select('g.outcome', 'g.zone', 'g.device_time');

  it('sends a check made offline on the gate page while the officer is on the register, and lists it there', async () => {
    const page = await journey.browser.newPage(OFFLINE_PHONE);
    await signIn(page, journey.system.baseUrl, 'gate1');
    await readyForOffline(page, journey.system.baseUrl);
    await page.context().setOffline(true);
    const name = `台账${String(Date.now()).slice(-6)}`;
    await checkAtGateOffline(page, name);
    await page.getByText('待同步 1').waitFor(STEP);

    // The register, still offline: the worker queued on this phone, and the count in the header.
    await openInApp(page, '#/register');
    await page.getByRole('region', { name: /^人员/ }).waitFor(STEP);
    const queued = page.locator('.offline-item').filter({ hasText: name });
    await queued.getByText(`${name}：待同步`).waitFor(STEP);
    await page.locator('.app-header').getByText('待同步 1').waitFor();
    expect(await checksOf(name)).toEqual([]);

    // Back online on the register: the check is sent from here, and the register lists the worker where they went.
    await page.context().setOffline(false);
    const sent = await eventually(
      () => checksOf(name),
      (rows) => rows.length === 1,
      30_000,
    );
    expect(sent[0]).toMatchObject({ outcome: 'admitted', zone: 'living' });
    expect(sent[0]!.device_time).not.toBeNull();
    await queued.getByText(`${name}：已同步：已放行`).waitFor(STEP);
    await page
      .locator('.app-header')
      .getByText('待同步 1')
      .waitFor({ state: 'detached', ...STEP });
    const people = page.getByRole('region', { name: /^人员/ });
    await expect.poll(() => people.getByText(name, { exact: true }).count(), { timeout: 30_000 }).toBe(1);

    // On the gate page, the result card follows the sending: no longer "queued" once the server has the check.
    await page.context().setOffline(true);
    const next = `卡片${String(Date.now()).slice(-6)}`;
    await checkAtGateOffline(page, next);
    await page.context().setOffline(false);
    const card = page.locator('.gate-result');
    await card.getByText('已同步：已放行').waitFor(STEP);
    expect(await card.innerText()).not.toContain('本机判定');
    expect(await checksOf(next)).toHaveLength(1);
    await page.close();
  });

  it('keeps unsent checks through sign-out, warns first, and sends them once the officer signs in again', async () => {
    const page = await journey.browser.newPage(OFFLINE_PHONE);
    await signIn(page, journey.system.baseUrl, 'gate1');
    await readyForOffline(page, journey.system.baseUrl);
    await page.context().setOffline(true);
    const name = `退出${String(Date.now()).slice(-6)}`;
    await checkAtGateOffline(page, name);
    // The signal returns but the server cannot take the check yet: it stays queued.
    await page.route('**/api/gate/checks', (route) =>
      route.fulfill({ status: 503, contentType: 'application/json', body: '{"error":{"code":"unavailable","message":"稍后再试"}}' }),
    );
    await page.context().setOffline(false);
    await page.locator('.app-header').getByText('待同步 1').waitFor(STEP);
    let warning = '';
    page.once('dialog', (dialog) => {
      warning = dialog.message();
      void dialog.accept();
    });
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByLabel('用户名').waitFor(STEP);
    expect(warning).toContain('本机还有 1 条记录待同步');
    expect(await checksOf(name)).toEqual([]);

    // Signed in again (the server takes checks again): sent from the home page, the gate page never opened.
    await page.unroute('**/api/gate/checks');
    await page.getByLabel('用户名').fill('gate1');
    await page.getByLabel('密码').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    const sent = await eventually(
      () => checksOf(name),
      (rows) => rows.length === 1,
      30_000,
    );
    expect(sent[0]).toMatchObject({ outcome: 'admitted', zone: 'living' });
    expect(await page.evaluate(() => window.location.hash)).not.toBe('#/gate');
    await page.close();
  });
});
