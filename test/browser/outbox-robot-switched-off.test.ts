// In a real browser: a group-robot message that died is offered "立即重试" while its robot is on; once an admin switches
// the robot off on the 群机器人 page, the outbox shows instead why it cannot be resent (the robot named, and to switch it
// on first) and no button — in Chinese, and in English.
import { describe, expect, it } from 'vitest';
import { bareAppWithBrowser, DESK, journeyChromium, rawKeysOn, signIn, switchLanguage } from '../helpers/browser';

const executable = journeyChromium();
const SUBJECT = '新转办案件 · 机器人已停用';

describe.skipIf(!executable)('a robot message whose robot is switched off, in the outbox of a real browser', () => {
  // The WeCom provider is configured: only the robot's own state stands between the message and a resend.
  const suite = bareAppWithBrowser(executable, { env: { WECOM_ROBOT_URL: 'https://robot.example.test/wecom' } });

  it('offers a retry while the robot is on, and says to switch it on once it is off', async () => {
    const at = new Date().toISOString();
    const [robot] = await suite.system
      .db('notification_robots')
      .insert({
        key: 'browser-switched-off',
        name: '综合协调专班群',
        channel: 'wecom-robot',
        audience: 'hq',
        sealed_secret: 'sealed',
        secret_hint: '…abcd',
        per_minute: 20,
        active: true,
        created_at: at,
        updated_at: at,
      })
      .returning('id');
    await suite.system.db('outbox').insert({
      idempotency_key: `browser/switched-off/${Date.now()}`,
      template: 'task-assigned',
      locale: 'zh-CN',
      channel: 'wecom-robot',
      robot_id: typeof robot === 'object' ? robot.id : robot,
      to_address: 'robot:browser-switched-off',
      subject: SUBJECT,
      text_body: `## ${SUBJECT}`,
      html_body: '',
      status: 'dead',
      attempts: 8,
      last_error: 'HTTP 500',
      created_at: at,
    });
    const page = await suite.browser.newPage({ viewport: DESK });
    await signIn(page, suite.system.baseUrl, 'admin');
    await page.goto(`${suite.system.baseUrl}/#/admin/outbox`);
    await page.getByRole('button', { name: SUBJECT }).click();
    const panel = page.locator('section.message-view');
    await panel.getByRole('button', { name: '立即重试' }).waitFor();

    await page.goto(`${suite.system.baseUrl}/#/admin/robots`);
    const row = page.getByRole('row').filter({ hasText: '综合协调专班群' });
    await row.getByRole('button', { name: '停用' }).click();
    await row.getByRole('button', { name: '启用' }).waitFor();

    await page.goto(`${suite.system.baseUrl}/#/admin/outbox`);
    await page.getByRole('button', { name: SUBJECT }).click();
    await panel.getByText('群机器人「综合协调专班群」已停用').waitFor();
    // The way back: switching it on sends again by itself what it missed while off.
    expect(await panel.innerText()).toContain('请在“群机器人”页面启用该机器人：启用后，停用期间未能发出');
    expect(await panel.getByRole('button', { name: '立即重试' }).count()).toBe(0);
    expect(await rawKeysOn(page)).toEqual([]);
    await switchLanguage(page, 'en');
    await panel.getByText('The group robot “综合协调专班群” is switched off').waitFor();
    expect(await panel.innerText()).toContain('Switch it on on the Group robots page: the messages it missed while off');
    expect(await panel.getByRole('button', { name: 'Retry now' }).count()).toBe(0);
    expect(await rawKeysOn(page)).toEqual([]);
    await page.close();
  }, 180_000);
});
