// In a real browser: the administrator sees which contact's mailbox receives the liaison list (the demo data ticks the
// notice's sjwjzyglc@jn.shandong.cn), cannot tick a row without an email, and sends a liaison round's list again from
// the campaign panel, told where it went and how many enterprises it lists — in Chinese and in English.
import { describe, expect, it } from 'vitest';
import { journeyChromium, rawKeysOn, switchLanguage, useBrowserJourney } from '../helpers/browser';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { insertLiaisonRound } from '../helpers/liaison-round';

const executable = journeyChromium();
const STEP = { timeout: 30_000 };
const TICK = /^接收联络员名单/;

describe.skipIf(!executable)('the liaison list for the office in a real browser (chromium)', () => {
  const journey = useBrowserJourney<BareApp>(executable, () => startBareApp({ pages: true }));

  it('shows the mailbox ticked for the list and refuses a tick without an email', async () => {
    const page = await journey.open('admin');
    await page.goto(`${journey.system.baseUrl}/#/admin/settings`);
    const first = page.getByRole('group', { name: '第 1 条' });
    const second = page.getByRole('group', { name: '第 2 条' });
    await first.getByRole('checkbox', { name: TICK }).waitFor(STEP);
    expect(await first.getByRole('checkbox', { name: TICK }).isChecked()).toBe(true);
    expect(await second.getByRole('checkbox', { name: TICK }).isChecked()).toBe(false);
    await second.getByRole('checkbox', { name: TICK }).check();
    await page.getByRole('button', { name: '保存联系方式' }).click();
    await second.getByText('接收联络员名单需要填写邮箱').waitFor(STEP);
    expect(await rawKeysOn(page)).toEqual([]);
    await page.close();
  });

  it('sends a liaison round’s list to the office from the campaign panel and says where it went', async () => {
    await journey.system.db('enterprises').where({ id: 1 }).update({ liaison_name: '张三', liaison_mobile: '13800138000' });
    const roundId = await insertLiaisonRound(journey.system.db);
    const page = await journey.open('admin');
    await page.goto(`${journey.system.baseUrl}/#/reports`);
    await page.getByRole('button', { name: '发送联络员名单至监管科邮箱' }).click(STEP);
    await page.getByText('已发送至 sjwjzyglc@jn.shandong.cn：1 家已指定联络员，1 家尚未指定。', { exact: false }).waitFor(STEP);
    const sent = await journey.system
      .db('outbox')
      .where('idempotency_key', 'like', `collection/${roundId}/liaison-list/%`)
      .pluck('to_address');
    expect(sent).toEqual(['sjwjzyglc@jn.shandong.cn']);
    await switchLanguage(page, 'en');
    await page.getByRole('button', { name: "Send the liaison list to the office's mailbox" }).waitFor(STEP);
    expect(await rawKeysOn(page)).toEqual([]);
    await page.close();
  });
});
