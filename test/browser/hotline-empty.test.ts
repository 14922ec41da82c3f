// The hotline list before any call is logged. HQ, who answers the line, finds the 登记来电 form above and is told to log
// a call there; an administrator, who may read the list but logs no call, has no form above and is not sent to one: the
// page says who logs calls and that they will show here. In zh-CN and en.
import { describe, expect, it } from 'vitest';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { DESK, journeyChromium, rawKeysOn, switchLanguage, useBrowserJourney } from '../helpers/browser';
import { screenshot } from '../helpers/screenshots';

const executable = journeyChromium();
const STEP = { timeout: 30_000 };

describe.skipIf(!executable)('the hotline list with no call yet (chromium)', () => {
  const journey = useBrowserJourney<BareApp>(executable, () => startBareApp({ pages: true }));

  it('points HQ to the form above, and tells an administrator who logs calls', async () => {
    const hq = await journey.open('hq');
    await hq.goto(`${journey.system.baseUrl}/#/hotline`);
    await hq.getByText('登记来电', { exact: true }).waitFor(STEP);
    expect(await hq.locator('p.empty', { hasText: '来电记录' }).innerText()).toBe('还没有来电记录。接到来电后在上方登记。');
    await hq.close();

    const admin = await journey.open('admin');
    await admin.goto(`${journey.system.baseUrl}/#/hotline`);
    await admin.getByRole('heading', { name: '服务热线来电记录' }).waitFor(STEP);
    const empty = admin.locator('p.empty', { hasText: /来电记录|No calls/ });
    await empty.waitFor(STEP);
    expect(await admin.getByText('登记来电', { exact: true }).count()).toBe(0);
    expect(await empty.innerText()).toBe('还没有来电记录。企业服务专班和防控指挥部接听来电后会在这里登记，您可以在此查看。');
    await switchLanguage(admin, 'en');
    expect(await empty.innerText()).toBe(
      'No calls logged yet. The enterprise service class and the prevention and control HQ log the calls they answer here, where you can read them.',
    );
    await switchLanguage(admin, 'zh-CN');
    await admin.close();
  });

  it('shows HQ the hotline page in Chinese at a desk and in English on a phone (screenshots)', async () => {
    for (const [viewport, locale] of [
      [DESK, 'zh-CN'],
      [{ width: 390, height: 844 }, 'en'],
    ] as const) {
      const hq = await journey.open('hq', viewport);
      await hq.goto(`${journey.system.baseUrl}/#/hotline`);
      await switchLanguage(hq, locale);
      await hq.locator(`html[lang="${locale}"]`).waitFor(STEP);
      await hq.locator('main form textarea').first().waitFor(STEP);
      expect(await rawKeysOn(hq)).toEqual([]);
      await screenshot(hq, { journey: 'hotline', page: 'log-a-call' });
      await hq.close();
    }
  });
});
