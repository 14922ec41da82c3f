// A page whose script does not arrive — the system was updated while the tab stayed open, and the old chunk is gone —
// used to blank the whole app, header and menu included, with nothing to say why. The frame stays, the reader is told
// to reload, and the other pages still open from the menu.
import { describe, expect, it } from 'vitest';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { journeyChromium, switchLanguage, useBrowserJourney } from '../helpers/browser';

const executable = journeyChromium();
const STEP = { timeout: 30_000 };

describe.skipIf(!executable)('a page whose script is gone (chromium)', () => {
  const journey = useBrowserJourney<BareApp>(executable, () => startBareApp());

  it('keeps the header and menu, says to reload the page, and lets the reader open another page', async () => {
    const page = await journey.open('ent01');
    await page.getByRole('heading', { name: '可填写的表单' }).waitFor(STEP);
    // The monitoring page's own chunk, as after a new build replaced it on the server.
    await page.route(/\/assets\/monitoring-register-page-[^/]+\.js$/, (route) => route.fulfill({ status: 404, body: 'Not found' }));

    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: '观察登记' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText('页面没有加载出来，可能是系统刚刚更新过。请刷新页面后再试。').waitFor(STEP);
    expect(await alert.getByRole('button', { name: '刷新页面' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: '退出登录' }).isVisible()).toBe(true);

    await switchLanguage(page, 'en');
    await alert.getByText('The page did not load; the system may just have been updated. Reload the page and try again.').waitFor(STEP);
    expect(await alert.getByRole('button', { name: 'Reload the page' }).isVisible()).toBe(true);

    await nav.getByRole('link', { name: 'Workspace' }).click();
    await page.getByRole('heading', { name: 'Forms you can fill in' }).waitFor(STEP);
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
