// In a real browser (chromium, zh-CN): an admin registers a WeCom group robot on 群机器人, the webhook key is never
// shown again (not on the page, not in the form, not after a reload), "发送测试" reaches the fake WeCom server on
// loopback, and the page shows no English words and no raw keys. A liaison's notification settings on the account page too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { journeyChromium, rawKeysOn, SCREENSHOTS, useBrowserJourney } from '../helpers/browser';
import { startFakeRobotServer, type FakeRobotServer } from '#scripts/kit/fake-robot-server';
import { startSystemWithPages } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';

const executable = journeyChromium();
const WECOM_KEY = 'b7c1d2e3-4f50-4a6b-8c9d-0e1f2a3b4c5d';

/** Latin words on the page outside what the admin typed (the robot's key, shown in monospace, and its masked hint). */
async function englishWords(page: Page, within = 'main'): Promise<string[]> {
  const text = await page.locator(within).evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    for (const typed of copy.querySelectorAll('.mono, [data-user-data], input, textarea')) typed.remove();
    return copy.innerText;
  });
  return [...new Set(text.match(/[A-Za-z]{2,}/g) ?? [])];
}

describe.skipIf(!executable)('group robots page in a real browser (chromium, zh-CN)', () => {
  let fake: FakeRobotServer;
  beforeAll(async () => {
    fake = await startFakeRobotServer({ wecomKeys: [WECOM_KEY], dingtalk: {}, now: () => Date.now() });
  });
  afterAll(async () => {
    await fake?.stop();
  });
  // The app the pages call sends to the fake WeCom server.
  const journey = useBrowserJourney(executable, () =>
    startSystemWithPages(testDatabases()[0]!, (config) => ({ robots: { ...config.robots, wecomUrl: fake.wecomUrl } })),
  );

  it('registers a robot, never shows its key again, and sends a test that reaches the group', async () => {
    const { baseUrl } = journey.system;
    const page = await journey.open('admin');
    await page.goto(`${baseUrl}/#/admin/robots`);
    await page.getByRole('heading', { name: '群机器人', exact: true }).waitFor();

    await page.getByLabel(/^名称/).fill('指挥部值班群');
    await page.getByLabel(/^标识/).fill('hq-duty-wecom');
    await page.getByLabel(/^机器人地址或密钥/).fill(`https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${WECOM_KEY}`);
    await page.getByRole('button', { name: '登记', exact: true }).click();
    await page.getByText('已登记；密钥已加密保存。').waitFor();
    await page.getByRole('cell', { name: '指挥部值班群' }).waitFor();

    const shown = async () => `${await page.locator('body').innerText()} ${await page.content()}`;
    expect(await shown()).not.toContain(WECOM_KEY);
    expect(await page.getByLabel(/^机器人地址或密钥/).inputValue()).toBe('');
    await page.getByText('••••••••4c5d').waitFor();
    await page.reload();
    await page.getByRole('cell', { name: '指挥部值班群' }).waitFor();
    expect(await shown()).not.toContain(WECOM_KEY);

    const row = page.getByRole('row').filter({ hasText: '指挥部值班群' });
    await row.getByRole('button', { name: '发送测试' }).click();
    await page.getByText('测试消息已送达群聊。').waitFor();
    expect(fake.received).toHaveLength(1);
    expect(fake.received[0]).toMatchObject({ channel: 'wecom', token: WECOM_KEY });
    expect(fake.received[0]!.body.markdown.content).toContain('复工系统测试消息');
    expect(fake.refused).toEqual([]);

    expect(await rawKeysOn(page)).toEqual([]);
    expect(await englishWords(page)).toEqual([]);
    await page.close();
  });

  it('lets a liaison keep bulletins off email and move SMS quiet hours on the account page, in Chinese', async () => {
    const { system } = journey;
    const { baseUrl } = system;
    const page = await journey.open('ent03');
    await page.goto(`${baseUrl}/#/account`);
    await page.getByRole('heading', { name: '通知设置' }).waitFor();
    // The quiet-hours switch reads like the app's other checkboxes: a small box on its label's line, before the label.
    for (const channel of ['电子邮件', '短信']) {
      const quiet = page.getByRole('group', { name: channel });
      const box = (await quiet.getByRole('checkbox', { name: '启用免打扰' }).boundingBox())!;
      const label = (await quiet.getByText('启用免打扰', { exact: true }).boundingBox())!;
      expect(box.width, channel).toBeLessThanOrEqual(24);
      expect(box.x + box.width, channel).toBeLessThanOrEqual(label.x);
      expect(Math.abs(box.y + box.height / 2 - (label.y + label.height / 2)), channel).toBeLessThan(6);
    }
    await page.locator('section[aria-labelledby="account-notifications"]').screenshot({ path: `${SCREENSHOTS}account-quiet-hours.png` });
    const bulletinsByEmail = page.getByRole('checkbox', { name: '通报与公示 · 电子邮件' });
    expect(await bulletinsByEmail.isChecked()).toBe(true);
    // SMS only for urgent alerts by default.
    expect(await page.getByRole('checkbox', { name: '紧急预警（超时督办、隔离与监测预警） · 短信' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: '案件进展 · 短信' }).isChecked()).toBe(false);
    await bulletinsByEmail.uncheck();
    await page.getByRole('group', { name: '短信' }).getByLabel('至').fill('06:30');
    await page.getByRole('button', { name: '保存通知设置' }).click();
    await page.getByText('通知设置已保存。').waitFor();
    expect(await rawKeysOn(page)).toEqual([]);
    // The section itself: the profile above it shows the liaison's email address.
    expect(await englishWords(page, 'section[aria-labelledby="account-notifications"]')).toEqual([]);

    const user = await system.db('users').where({ username: 'ent03' }).first('id');
    expect(
      Boolean(
        (
          await system
            .db('notification_preferences')
            .where({ user_id: user.id, purpose_class: 'bulletins', channel: 'email' })
            .first('enabled')
        ).enabled,
      ),
    ).toBe(false);
    expect(await system.db('notification_quiet_hours').where({ user_id: user.id, channel: 'sms' }).first('starts_at', 'ends_at')).toEqual({
      starts_at: '22:00',
      ends_at: '06:30',
    });
    await page.reload();
    await page.getByRole('heading', { name: '通知设置' }).waitFor();
    expect(await page.getByRole('checkbox', { name: '通报与公示 · 电子邮件' }).isChecked()).toBe(false);
    await page.close();
  });
});
