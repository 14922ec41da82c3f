// HQ's and the administrator's pages where black-box reviews found a bare or wrong surface, in a real browser (chromium)
// against the web app on a fresh demo database: the evaluation says there is nothing to rank yet and what will appear;
// withdrawing an article without a reason is answered at the field (no generic error banner), and the withdrawn article
// stays in sight for HQ with when, by whom and why; a failed email is sent again from the outbox, the page following it
// from queued to sent, and a group-robot message whose provider is not configured says what to configure instead of
// offering a retry. Each page in zh-CN and en, without untranslated keys.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sendHeldMail } from '#core/notify/held-mail';
import type { Mailer, OutgoingMail } from '#core/mail/mailer';
import { insertOutboxMessage } from '#core/stores/outbox/outbox-store';
import { bareAppWithBrowser, DESK, journeyChromium, rawKeysOn, SCREENSHOTS, signIn, switchLanguage } from '../helpers/browser';
import { fullPageShot } from '../helpers/screenshots';
import { insertPublishedArticle } from '../notices/notice-fixture';

const executable = journeyChromium();

describe.skipIf(!executable)('HQ and admin pages in a real browser (chromium)', () => {
  // SMTP_URL set: the outbox resends an email only where mail can leave (no mailer is made here; the test runs the pass).
  const suite = bareAppWithBrowser(executable, { env: { SMTP_URL: 'smtp://127.0.0.1:1025' } });

  async function as(username: string): Promise<Page> {
    const page = await suite.browser.newPage({ viewport: DESK });
    await signIn(page, suite.system.baseUrl, username);
    return page;
  }

  it('says on the evaluation page that nothing is scored yet and what the ranking will show', async () => {
    const page = await as('hq');
    await page.goto(`${suite.system.baseUrl}/#/evaluation`);
    const empty = page.getByRole('region', { name: '本期还没有可评价的记录' });
    await empty.waitFor();
    const text = await empty.innerText();
    expect(text).toMatch(/您范围内的 \d+ 家企业都还没有计分记录/);
    expect(text).toContain('按得分从高到低排名');
    expect(text).toContain('核查通过：每项 +2 分');
    expect(text).toContain('分值由管理员在“计分权重”中设置');
    // A CSV of zeros is not offered.
    expect(await page.getByRole('link', { name: '导出 CSV' }).count()).toBe(0);
    expect(await rawKeysOn(page)).toEqual([]);
    await fullPageShot(page, `${SCREENSHOTS}evaluation-empty.png`);
    await switchLanguage(page, 'en');
    const english = page.getByRole('region', { name: 'Nothing to evaluate in this period yet' });
    expect(await english.innerText()).toMatch(/Nothing is scored in this period for the \d+ enterprises? in your scope/);
    expect(await rawKeysOn(page)).toEqual([]);
    await page.close();
  });

  it('asks for the withdrawal reason at the field, and keeps the withdrawn article in HQ’s view with when and why', async () => {
    const enterprise = await suite.system.db('enterprises').orderBy('id').first('id');
    const author = await suite.system.db('users').where({ username: 'class-coordination' }).first('id');
    const id = await insertPublishedArticle(suite.system.db, Number(enterprise.id), Number(author.id), 'no-such-upload');
    const page = await as('hq');
    await page.goto(`${suite.system.baseUrl}/#/notices`);
    const card = page.locator(`article[data-notice-id="${id}"]`);
    await card.getByRole('button', { name: '撤回', exact: true }).click();
    await card.getByRole('button', { name: '确认撤回' }).click();
    await card.getByText('请填写撤回理由（至少 2 个字）').waitFor();
    expect(await page.getByText('出错了').count()).toBe(0);
    await fullPageShot(page, `${SCREENSHOTS}notice-withdraw-reason-missing.png`);
    // Spaces alone are no reason either.
    await card.getByLabel(/^撤回理由/).fill('  ');
    await card.getByRole('button', { name: '确认撤回' }).click();
    await card.getByText('请填写撤回理由（至少 2 个字）').waitFor();
    expect(await page.getByText('出错了').count()).toBe(0);

    await card.getByLabel(/^撤回理由/).fill('企业名称有误，更正后重发');
    await card.getByRole('button', { name: '确认撤回' }).click();
    await page.getByText('已撤回，公告不再公开显示').waitFor();
    await page.getByRole('heading', { name: '已撤回', level: 2 }).waitFor();
    const kept = page.locator(`section[aria-labelledby="notices-withdrawn"] article[data-notice-id="${id}"]`);
    await kept.waitFor();
    const text = await kept.innerText();
    expect(text).toContain('已撤回');
    expect(text).toMatch(/撤回时间：\d{4}年\d+月\d+日/);
    expect(text).toContain('撤回人：指挥部值班员');
    expect(text).toContain('撤回理由：企业名称有误，更正后重发');
    expect(await kept.getByRole('button').count()).toBe(0);
    // Gone from the public sections.
    const articles = page.locator('section').filter({ has: page.getByRole('heading', { name: '经验做法与案例', level: 2 }) });
    expect(await articles.locator(`article[data-notice-id="${id}"]`).count()).toBe(0);
    expect(await rawKeysOn(page)).toEqual([]);
    await fullPageShot(page, `${SCREENSHOTS}notices-withdrawn-hq.png`);
    await switchLanguage(page, 'en');
    await page.getByRole('heading', { name: 'Withdrawn', level: 2 }).waitFor();
    await expect.poll(() => kept.innerText()).toContain('Reason: 企业名称有误，更正后重发');
    expect(await kept.innerText()).toMatch(/Withdrawn on \d+ \w+ \d{4}/);
    expect(await kept.innerText()).toContain('Withdrawn by: 指挥部值班员');
    expect(await rawKeysOn(page)).toEqual([]);
    await page.close();
  });

  it('sends a failed email again from the outbox and follows it until it is sent', async () => {
    const key = `browser/retry/${Date.now()}`;
    await insertOutboxMessage(suite.system.db, {
      idempotencyKey: key,
      template: 'submission-received',
      locale: 'zh-CN',
      toAddress: 'liaison@example.test',
      subject: '申报回执：已收到您的复工申报',
      textBody: '您的申报已收到。',
      htmlBody: '<p>您的申报已收到。</p>',
      status: 'failed',
      lastError: '550 5.1.1 <liaison@example.test>: Recipient address rejected',
      submissionId: null,
      nextAttemptAt: null,
      createdAt: new Date().toISOString(),
    });
    await suite.system.db('outbox').where({ idempotency_key: key }).update({ attempts: 1 });
    const page = await as('admin');
    await page.goto(`${suite.system.baseUrl}/#/admin/outbox`);
    await page.getByRole('button', { name: '申报回执：已收到您的复工申报' }).click();
    const panel = page.locator('section.message-view');
    await panel.getByText('邮件服务器拒收了这封邮件，系统不会自动重试').waitFor();
    expect(await panel.innerText()).toMatch(/尝试次数\s*1/);
    await panel.getByRole('button', { name: '重新发送' }).click();
    // When it leaves: within the mail pass's interval (MAIL_PASS_SECONDS, one minute by default).
    await panel.getByText('已重新排队，发信程序将在 1 分钟内发出。').waitFor();
    expect(await panel.getByRole('button', { name: '重新发送' }).count()).toBe(0);

    // The worker's mail pass, here in the test: it claims the row and sends it once.
    const sent: OutgoingMail[] = [];
    const mailer: Mailer = { send: async (mail) => void sent.push(mail), close: () => undefined };
    expect(await sendHeldMail(suite.system.db, mailer, 'noreply@fugong.local', new Date())).toBe(1);
    await panel.getByText(/已重新发送，于 .+ 发出。/).waitFor({ timeout: 20_000 });
    expect(await panel.getByText('已发送', { exact: true }).count()).toBeGreaterThan(0);
    expect(sent.map((mail) => mail.to)).toEqual(['liaison@example.test']);
    expect(await rawKeysOn(page)).toEqual([]);
    await fullPageShot(page, `${SCREENSHOTS}outbox-email-resent.png`);
    await switchLanguage(page, 'en');
    await panel.getByText(/Sent again at /).waitFor();
    expect(await rawKeysOn(page)).toEqual([]);
    await page.close();
  });

  it('offers no retry for a DingTalk message while no DingTalk robot address is configured, and says what to configure', async () => {
    const at = new Date().toISOString();
    const [robot] = await suite.system
      .db('notification_robots')
      .insert({
        key: 'browser-dingtalk',
        name: '指挥部钉钉群',
        channel: 'dingtalk-robot',
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
      idempotency_key: `browser/dingtalk/${Date.now()}`,
      template: 'task-assigned',
      locale: 'zh-CN',
      channel: 'dingtalk-robot',
      robot_id: typeof robot === 'object' ? robot.id : robot,
      to_address: 'robot:browser-dingtalk',
      subject: '新转办案件 · 钉钉群未配置',
      text_body: '## 新转办案件 · 钉钉群未配置',
      html_body: '',
      status: 'dead',
      attempts: 8,
      last_error: 'dingtalk-robot has no base URL configured',
      created_at: at,
    });
    const page = await as('admin');
    await page.goto(`${suite.system.baseUrl}/#/admin/outbox`);
    await page.getByRole('button', { name: '新转办案件 · 钉钉群未配置' }).click();
    const panel = page.locator('section.message-view');
    await panel.getByText('本系统未配置钉钉群机器人的发送地址（DINGTALK_ROBOT_URL）').waitFor();
    expect(await panel.innerText()).toContain('请系统运维人员配置 DINGTALK_ROBOT_URL 后再重新发送');
    expect(await panel.getByRole('button', { name: '立即重试' }).count()).toBe(0);
    expect(await rawKeysOn(page)).toEqual([]);
    await switchLanguage(page, 'en');
    await panel.getByText(/No DingTalk group robot address is configured \(DINGTALK_ROBOT_URL\)/).waitFor();
    expect(await panel.getByRole('button', { name: 'Retry now' }).count()).toBe(0);
    expect(await rawKeysOn(page)).toEqual([]);
    await page.close();
  });
});
