// Admins edit the email templates: what they save is what the system sends, broken or unsafe templates are refused
// at the part at fault, previews escape hostile values, test sends go out once per click, and only admins get in.
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { createLogger } from '#core/logger';
import { createSmtpMailer } from '#core/mail/mailer';
import { createApp } from '#web/server/create-app';
import { HttpSession } from '#scripts/kit/http-session';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';
import { startLoopbackSmtp } from '#scripts/kit/loopback-smtp';
import { eventually } from '#scripts/kit/eventually';

const BASE = '/api/admin/email-templates';

describe.each(testDatabases())('admin-editable email templates on $name', (database) => {
  let system: RunningSystem;
  let admin: HttpSession;
  const signIn = async (username: string, baseUrl = system.baseUrl) => {
    const session = new HttpSession(baseUrl);
    await session.login(username, DEMO_PASSWORD);
    return session;
  };
  /** The web app again, on the same DB and Temporal, but sending through `smtpUrl`. */
  const appWithSmtp = async (smtpUrl: string) => {
    const mailer = createSmtpMailer(smtpUrl);
    const server = createApp({
      config: system.config,
      db: system.db,
      temporal: system.client,
      logger: createLogger('test', 'silent'),
      mailer,
    }).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const stop = () => {
      mailer.close();
      server.close();
      server.closeAllConnections();
    };
    return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, stop };
  };

  beforeAll(async () => {
    system = await startSystem(database);
    admin = await signIn('admin');
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('lists every shipped template with what it is for, shipped in both languages until someone edits it', async () => {
    const answer = await admin.request('GET', BASE);
    expect(answer.status).toBe(200);
    const names = answer.body.templates.map((t: { name: string }) => t.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'daily-digest',
        'submission-received',
        'submission-settled',
        'task-assigned',
        'task-due-soon',
        'task-overdue',
      ]),
    );
    const digest = answer.body.templates.find((t: { name: string }) => t.name === 'daily-digest');
    expect(digest.purpose['zh-CN']).toContain('包挂干部');
    expect(digest.locales).toEqual({ 'zh-CN': { edited: false, updatedAt: null }, en: { edited: false, updatedAt: null } });
  });

  it('sends the edited copy once an admin saves it, and the shipped text again after a revert', async () => {
    const ent01 = await system.db('users').where({ username: 'ent01' }).first('locale');
    const path = `${BASE}/submission-received/${ent01.locale}`;
    const shipped = (await admin.request('GET', path)).body.template.shipped;
    const saved = await admin.request('PUT', path, {
      subject: '【编辑后】{{formTitle}}',
      html: '<p>编辑后的回执：{{recipientName}}</p>',
      text: '编辑后的回执：{{recipientName}}',
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.template.edited).toMatchObject({ subject: '【编辑后】{{formTitle}}', updatedBy: '市场监管科管理员' });
    const list = (await admin.request('GET', BASE)).body.templates.find((t: { name: string }) => t.name === 'submission-received');
    expect(list.locales[ent01.locale].edited).toBe(true);

    const receipt = async () => {
      const submissionId = randomUUID();
      const enterprise = await signIn('ent01');
      const submitted = await enterprise.request('POST', '/api/forms/liaison-designation/submissions', {
        submissionId,
        data: { liaisonName: '赵六', mobile: '13700137000', email: 'zl@example.com' },
      });
      expect(submitted.status).toBe(202);
      return eventually(
        () => system.db('outbox').where({ submission_id: submissionId, template: 'submission-received' }).first(),
        (row) => Boolean(row),
      );
    };
    const edited = await receipt();
    expect(edited.subject).toMatch(/^【编辑后】/);
    expect(edited.html_body).toContain('编辑后的回执');

    const reverted = await admin.request('DELETE', path);
    expect(reverted.status).toBe(200);
    expect(reverted.body.template.edited).toBeNull();
    const again = await receipt();
    expect(again.subject).not.toMatch(/^【编辑后】/);
    expect(again.subject.startsWith(shipped.subject.split('{{')[0])).toBe(true);
  });

  it('audits a save with the text before and after, and a revert back to the shipped text', async () => {
    const path = `${BASE}/task-due-soon/en`;
    const shipped = (await admin.request('GET', path)).body.template.shipped;
    const edit = { subject: 'Due soon: {{taskTitle}}', html: shipped.html, text: shipped.text };
    expect((await admin.request('PUT', path, edit)).status).toBe(200);
    expect((await admin.request('DELETE', path)).status).toBe(200);
    expect((await admin.request('DELETE', path)).status, 'reverting twice is harmless').toBe(200);
    const rows = await system.db('audit_log').where({ target_type: 'email_template', target_id: 'task-due-soon/en' }).orderBy('id');
    expect(rows.map((row) => row.action)).toEqual(['email_template.save', 'email_template.revert']);
    expect(JSON.parse(rows[0].summary)).toEqual({
      from: 'shipped',
      before: { subject: shipped.subject },
      after: { subject: edit.subject },
    });
    expect(JSON.parse(rows[1].summary)).toEqual({ before: { subject: edit.subject }, after: { subject: shipped.subject } });
  });

  it.each([
    ['a syntax error', { html: '<p>{{#if recipientName}}unclosed</p>' }, '/html', /^Line 1, column \d+: the template ends too early/],
    ['unescaped output in HTML', { html: '<p>{{{recipientName}}}</p>' }, '/html', /\{\{\{/],
    ['a partial', { text: '{{> footer}}' }, '/text', /{{>/],
    ['an unknown helper', { subject: '{{shout taskTitle}}' }, '/subject', /shout/],
    ['a prototype lookup', { text: '{{lookup this "constructor"}}' }, '/text', /constructor/],
    [
      'loops nested three deep',
      { html: '{{#each tasks}}{{#each ../tasks}}{{#each ../../tasks}}x{{/each}}{{/each}}{{/each}}' },
      '/html',
      /each/,
    ],
  ])('refuses %s with 422 at the part at fault, and saves nothing', async (_case, change, part, message) => {
    const path = `${BASE}/daily-digest/en`;
    admin.locale = 'en';
    const shipped = (await admin.request('GET', path)).body.template.shipped;
    for (const method of ['PUT', 'POST']) {
      const answer = await admin.request(method, method === 'PUT' ? path : `${path}/preview`, { ...shipped, ...change });
      expect(answer.status, JSON.stringify(answer.body)).toBe(422);
      expect(answer.body.error.code).toBe('invalid_template');
      expect(answer.body.error.details).toEqual([{ path: part, message: expect.stringMatching(message) }]);
    }
    admin.locale = 'zh-CN';
    expect((await admin.request('GET', path)).body.template.edited).toBeNull();
  });

  it('refuses bodies over the size limit and templates or languages that do not exist', async () => {
    const tooLong = await admin.request('PUT', `${BASE}/task-assigned/en`, { subject: 'x'.repeat(2001), html: '<p></p>', text: 'x' });
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.error.details[0].path).toBe('/subject');
    for (const path of [
      `${BASE}/no-such-template/en`,
      `${BASE}/task-assigned/fr`,
      `${BASE}/..%2F..%2Fpackage.json/en`,
      `${BASE}/TASK-ASSIGNED/en`,
    ]) {
      expect((await admin.request('GET', path)).status, path).toBe(404);
      expect((await admin.request('POST', `${path}/preview`, {})).status, path).toBe(404);
    }
  });

  it('previews unsaved text with sample data, escaping hostile values in the HTML part only', async () => {
    const hostile = '<script>alert(1)</script>{{taskTitle}}';
    const answer = await admin.request('POST', `${BASE}/task-assigned/zh-CN/preview`, {
      subject: '新待办：{{taskTitle}}',
      html: '<p>{{recipientName}}</p><p>{{datetime dueAt locale}}</p>',
      data: { recipientName: hostile },
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const { rendered } = answer.body;
    expect(rendered.subject).toBe('新待办：物资短缺报告 · 包挂干部办理');
    expect(rendered.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;{{taskTitle}}');
    expect(rendered.html).not.toContain('<script>');
    // The sample's deadline is local midnight: the end of the day before, as a deadline reads.
    expect(rendered.html).toContain('2026年2月16日 24:00');
    // Parts the editor did not send come from the shipped text; plain text is never HTML-escaped.
    expect(rendered.text).toContain(hostile);
    expect((await admin.request('GET', `${BASE}/task-assigned/zh-CN`)).body.template.edited, 'a preview saves nothing').toBeNull();
  });

  it('sends a test message through SMTP exactly once per click, to the admin unless told otherwise', async () => {
    const smtp = await startLoopbackSmtp();
    const app = await appWithSmtp(`smtp://127.0.0.1:${smtp.port}`);
    try {
      const session = await signIn('admin', app.baseUrl);
      const path = `${BASE}/task-assigned/en`;
      expect(
        (
          await session.request('PUT', path, {
            subject: 'Edited test {{taskTitle}}',
            html: '<p>Edited HTML for {{recipientName}}</p>',
            text: 'Edited text for {{recipientName}}',
          })
        ).status,
      ).toBe(200);
      const first = await session.request('POST', `${path}/test-send`, {});
      expect(first.status, JSON.stringify(first.body)).toBe(200);
      expect(first.body.testSend).toMatchObject({ status: 'sent', to: 'admin@demo.fugong.local' });
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0]!.to).toBe('admin@demo.fugong.local');
      expect(smtp.received[0]!.raw).toContain('Edited text for Wang Jianguo');
      expect(smtp.received[0]!.raw).toContain('<p>Edited HTML for Wang Jianguo</p>');

      const second = await session.request('POST', `${path}/test-send`, { to: 'colleague@example.com' });
      expect(second.body.testSend).toMatchObject({ status: 'sent', to: 'colleague@example.com' });
      expect(smtp.received.map((mail) => mail.to)).toEqual(['admin@demo.fugong.local', 'colleague@example.com']);
      const rows = await system
        .db('outbox')
        .whereIn('id', [first.body.testSend.outboxId, second.body.testSend.outboxId])
        .select('idempotency_key', 'status');
      expect(rows.map((row) => row.status)).toEqual(['sent', 'sent']);
      expect(new Set(rows.map((row) => row.idempotency_key)).size).toBe(2);
      const audited = await system
        .db('audit_log')
        .where({ action: 'email_template.test_send', target_id: 'task-assigned/en' })
        .count({ n: '*' })
        .first();
      expect(Number(audited?.n)).toBe(2);
      await session.request('DELETE', path);
    } finally {
      app.stop();
      await smtp.close();
    }
  });

  it('keeps a test message in the outbox when no SMTP server is configured', async () => {
    const answer = await admin.request('POST', `${BASE}/daily-digest/zh-CN/test-send`, {});
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body.testSend).toMatchObject({ status: 'outbox', to: 'admin@demo.fugong.local' });
    const row = await system.db('outbox').where({ id: answer.body.testSend.outboxId }).first();
    expect(row).toMatchObject({ template: 'daily-digest', locale: 'zh-CN', status: 'outbox' });
    expect(row.html_body).toContain('泉城城市建设投资集团有限公司');
    const invalid = await admin.request('POST', `${BASE}/daily-digest/zh-CN/test-send`, { to: 'not an address' });
    expect(invalid.status).toBe(422);
    expect(invalid.body.error.details[0].path).toBe('/to');
  });

  it('says so when the SMTP server cannot be reached, and marks the message failed', async () => {
    const probe = await startLoopbackSmtp();
    await probe.close();
    const app = await appWithSmtp(`smtp://127.0.0.1:${probe.port}`);
    try {
      const session = await signIn('admin', app.baseUrl);
      const answer = await session.request('POST', `${BASE}/task-overdue/zh-CN/test-send`, {});
      expect(answer.status).toBe(502);
      expect(answer.body.error.code).toBe('send_failed');
      const row = await system
        .db('outbox')
        .where('idempotency_key', 'like', 'test-send/task-overdue/zh-CN/%')
        .orderBy('id', 'desc')
        .first();
      expect(row).toMatchObject({ status: 'failed', attempts: 1 });
      expect(row.last_error).toBeTruthy();
    } finally {
      app.stop();
    }
  });

  it.each(['enterprise', 'cadre', 'hq', 'anonymous'])('refuses every template route to %s', async (who) => {
    const session = new HttpSession(system.baseUrl);
    if (who === 'anonymous') session.csrfToken = (await session.request('GET', '/api/session')).body.csrfToken;
    else await session.login({ enterprise: 'ent01', cadre: 'cadre1', hq: 'hq' }[who]!, DEMO_PASSWORD);
    const path = `${BASE}/task-overdue/zh-CN`;
    const calls: [string, string, unknown?][] = [
      ['GET', BASE],
      ['GET', path],
      ['PUT', path, { subject: 'x', html: 'x', text: 'x' }],
      ['DELETE', path],
      ['POST', `${path}/preview`, {}],
      ['POST', `${path}/test-send`, {}],
    ];
    for (const [method, url, body] of calls) {
      const answer = await session.request(method, url, body);
      expect(answer.status, `${method} ${url}`).toBe(who === 'anonymous' ? 401 : 403);
    }
    expect(await system.db('email_templates').where({ name: 'task-overdue', locale: 'zh-CN' }).first()).toBeUndefined();
  });
});
