// The event-push page (事件推送) in a real browser: a subscription without an event is refused at the events in the
// admin's language before any request (it read 出错了 "unexpected response (HTTP ?)" before); a double click on 订阅 makes one subscription and shows its secret once; switching
// one off says 已保存。 and marks the row. The page's one action runner (hooks/use-action.ts) gives each of these states.
import { describe, expect, it } from 'vitest';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { journeyChromium, rawKeysOn, switchLanguage, useBrowserJourney } from '../helpers/browser';

const executable = journeyChromium();
const STEP = { timeout: 30_000 };

describe.skipIf(!executable)('the event-push page (chromium)', () => {
  const journey = useBrowserJourney<BareApp>(executable, () => startBareApp({ pages: true }));

  it('refuses a subscription without an event in both languages, makes one on a double click, and switches it off', async () => {
    const { db, baseUrl } = journey.system;
    const page = await journey.open('admin');
    await page.goto(`${baseUrl}/#/admin/webhooks`);
    await page.getByRole('heading', { name: '事件推送', exact: true }).waitFor(STEP);
    await page.getByText('尚未订阅任何事件。').waitFor(STEP);

    const form = page.locator('form').filter({ has: page.getByRole('heading', { name: '新建订阅' }) });
    await form.getByLabel(/^名称/).fill('区大数据局');
    await form.getByLabel(/^推送地址/).fill('https://hooks.example.org/fugong');
    await form.getByRole('button', { name: '订阅', exact: true }).click();
    // At the events, not as 出错了 "the server answered unexpectedly (HTTP ?)" — no request was made.
    await page.getByText('请至少选择一种事件。').waitFor(STEP);
    expect(await page.getByText('出错了').count()).toBe(0);
    await switchLanguage(page, 'en');
    await page.getByRole('button', { name: 'Subscribe', exact: true }).click();
    await page.getByText('Choose at least one event.').waitFor(STEP);
    await switchLanguage(page, 'zh-CN');
    const subscriptions = async () => Number((await db('webhook_subscriptions').count({ n: '*' }).first())?.n);
    expect(await subscriptions()).toBe(0);

    await form.getByLabel('案件办结').check();
    await form.getByRole('button', { name: '订阅', exact: true }).dblclick();
    await page.getByText('签名密钥只显示这一次，请立即复制并交给对方系统保存：').waitFor(STEP);
    await expect.poll(() => page.getByRole('row').filter({ hasText: '区大数据局' }).count()).toBe(1);
    expect(await subscriptions()).toBe(1);
    // The refusal before is gone once a run succeeded.
    expect(await page.getByText('请至少选择一种事件。').count()).toBe(0);

    const row = page.getByRole('row').filter({ hasText: '区大数据局' });
    await row.getByRole('button', { name: '停用', exact: true }).click();
    await page.getByText('已保存。').waitFor(STEP);
    await row.getByText('区大数据局 (已停用)').waitFor(STEP);
    expect((await db('webhook_subscriptions').first('active')).active).toBeFalsy();
    expect(await rawKeysOn(page)).toEqual([]);
    await page.close();
  });
});
