// What the email template editor asks the server for, on an app whose PUBLIC_URL is not localhost: the template (its
// sample links at the configured address, as real mail links there, and the channels beside email it has a text
// for), then only those channels' texts — each answered 200, none a 404 the page has to swallow. A group robot's
// preview links there too, as the robot's real messages do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { LOCALES } from '#core/domain/locale';
import { HttpSession } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';

// Not the origin the robot previews once linked to whatever PUBLIC_URL said (fugong.example.cn).
// With a trailing slash, as people often write it: links still have one slash before the `#`.
const PUBLIC_URL = 'https://returns.example.org/';
const TASK_LINK = 'https://returns.example.org/#/tasks/submission-6f1c1b2a%2F0-cadre';
const REGISTER_LINK = 'https://returns.example.org/#/register';
const BASE = '/api/admin/email-templates';

describe('the email template editor on an app served at its public URL', () => {
  let app: BareApp;
  let admin: HttpSession;
  beforeAll(async () => {
    app = await startBareApp({ env: { PUBLIC_URL } });
    admin = new HttpSession(app.baseUrl);
    await admin.login('admin', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it.each(LOCALES)('previews the task-overdue link at the configured public URL, not at localhost (%s)', async (locale) => {
    const template = await admin.request('GET', `${BASE}/task-overdue/${locale}`);
    expect(template.status).toBe(200);
    expect(template.body.template.sampleData.appLink).toBe(TASK_LINK);
    const preview = await admin.request('POST', `${BASE}/task-overdue/${locale}/preview`, {});
    expect(preview.status).toBe(200);
    expect(preview.body.rendered.html).toContain(`<a href="${TASK_LINK}">`);
    expect(preview.body.rendered.text).toContain(TASK_LINK);
    expect(JSON.stringify(preview.body)).not.toContain('localhost');
  });

  it('sends a test message with the same link', async () => {
    const sent = await admin.request('POST', `${BASE}/task-overdue/en/test-send`, {});
    expect(sent.status).toBe(200);
    const row = await app.db('outbox').where({ id: sent.body.testSend.outboxId }).first('html_body', 'text_body');
    expect(row.html_body).toContain(TASK_LINK);
    expect(row.text_body).toContain(TASK_LINK);
  });

  it.each(LOCALES)('previews a group robot’s link at the configured public URL, as its real messages link (%s)', async (locale) => {
    const view = await admin.request('GET', `${BASE}/quarantine-alert/${locale}/markdown`);
    expect(view.status).toBe(200);
    expect(view.body.template.links.register).toBe(REGISTER_LINK);
    const preview = await admin.request('POST', `${BASE}/quarantine-alert/${locale}/markdown/preview`, {});
    expect(preview.status).toBe(200);
    expect(preview.body.rendered.markdown).toContain(`](${REGISTER_LINK})`);
    for (const answer of [view, preview]) {
      expect(JSON.stringify(answer.body)).not.toContain('fugong.example.cn');
      expect(JSON.stringify(answer.body)).not.toContain('localhost');
    }
  });

  it('lists no other channel for task-overdue, so opening it asks for nothing more', async () => {
    for (const locale of LOCALES) {
      const answer = await admin.request('GET', `${BASE}/task-overdue/${locale}`);
      expect(answer.body.template.channels).toEqual([]);
    }
  });

  it('lists the robot and SMS texts of a purpose that has them, and each answers 200 with its text', async () => {
    const template = (await admin.request('GET', `${BASE}/quarantine-alert/zh-CN`)).body.template;
    expect(template.channels).toEqual(['markdown', 'sms']);
    const markdown = await admin.request('GET', `${BASE}/quarantine-alert/zh-CN/markdown`);
    expect(markdown.status).toBe(200);
    expect(markdown.body.template).toMatchObject({ name: 'quarantine-alert', locale: 'zh-CN', channel: 'robot-markdown', edited: null });
    expect(markdown.body.template.shipped).not.toBe('');
    const sms = await admin.request('GET', `${BASE}/quarantine-alert/zh-CN/sms`);
    expect(sms.status).toBe(200);
    expect(sms.body.template).toMatchObject({ name: 'quarantine-alert', locale: 'zh-CN', channel: 'sms', edited: null, budget: 70 });
    expect(sms.body.template.shipped).not.toBe('');
  });

  it('lists exactly the channels that answer, for every template and language', async () => {
    const { templates } = (await admin.request('GET', `${BASE}?limit=200`)).body as { templates: { name: string }[] };
    const wrong: string[] = [];
    for (const { name } of templates)
      for (const locale of LOCALES) {
        const { channels } = (await admin.request('GET', `${BASE}/${name}/${locale}`)).body.template as { channels: string[] };
        for (const channel of ['markdown', 'sms']) {
          const status = (await admin.request('GET', `${BASE}/${name}/${locale}/${channel}`)).status;
          if (status !== (channels.includes(channel) ? 200 : 404)) wrong.push(`${name}/${locale}/${channel}: ${status}`);
        }
      }
    expect(templates.length).toBeGreaterThan(20);
    expect(wrong).toEqual([]);
  });

  it('lists no channel for a template an admin created (its purpose keeps them)', async () => {
    const created = await admin.request('POST', BASE, { name: 'alert-copy', purpose: 'quarantine-alert' });
    expect(created.status).toBe(201);
    expect(created.body.template.channels).toEqual([]);
    expect((await admin.request('GET', `${BASE}/alert-copy/zh-CN/markdown`)).status).toBe(404);
  });
});
