// The group-robot channel of the template editor: admins edit a purpose's markdown like its email parts, with the same
// hardening (no partials, no prototype walks) and strict variables; a saved copy is what the next notice posts.
import { describe, expect, it } from 'vitest';
import { insertRobot } from '#core/stores/notify/robot-store';
import { createSecretBox } from '#core/codec/secret-box';
import { adminAppForSuite, signedIn } from '../helpers/admin-app';
import { createTestNotifier } from '../helpers/test-notifier';
import { randomBytes } from 'node:crypto';

const PATH = '/api/admin/email-templates/collection-bulletin/zh-CN/markdown';

describe('group-robot templates in the template editor', () => {
  const suite = adminAppForSuite();

  it('shows the shipped markdown with its sample data, and only to admins', async () => {
    const answer = await suite.admin.request('GET', PATH);
    expect(answer.status).toBe(200);
    expect(answer.body.template).toMatchObject({ name: 'collection-bulletin', locale: 'zh-CN', channel: 'robot-markdown', edited: null });
    expect(answer.body.template.shipped).toContain('## 项目动态每日通报');
    expect(answer.body.template.sampleData).toHaveProperty('expected');
    // The shipped texts pass the check an edit must pass (strict variables against the sample data).
    for (const purpose of ['collection-bulletin', 'case-overdue-alert', 'task-assigned', 'quarantine-alert'])
      for (const locale of ['zh-CN', 'en'])
        expect((await suite.admin.request('POST', `/api/admin/email-templates/${purpose}/${locale}/markdown/preview`, {})).status).toBe(
          200,
        );
    // A purpose without a robot text has nothing to edit there.
    expect((await suite.admin.request('GET', '/api/admin/email-templates/case-update/zh-CN/markdown')).status).toBe(404);
    const cadre = await signedIn(suite.app, 'cadre1');
    expect((await cadre.request('GET', PATH)).status).toBe(403);
  });

  it.each([
    ['an unknown variable', '## 通报 {{secretField}}', '第 1 行第 9 列：模板用到了「secretField」，此类消息没有这个变量。可用：'],
    ['a prototype walk', '## 通报 {{constructor.name}}', null],
    ['a partial', '## 通报 {{> layout}}', null],
    ['broken syntax', '## 通报 {{#if expected}}', null],
  ])('refuses %s with a message on the markdown', async (_name, markdown, message) => {
    const answer = await suite.admin.request('PUT', PATH, { markdown });
    expect(answer.status).toBe(422);
    expect(answer.body.error.code).toBe('invalid_template');
    expect(answer.body.error.details[0].path).toBe('/markdown');
    if (message) expect(answer.body.error.details[0].message).toContain(message);
    expect(await suite.app.db('robot_templates').count({ n: '*' })).toEqual([{ n: 0 }]);
  });

  it('saves a copy that the next notice posts, previews it, audits it, and reverts to the shipped text', async () => {
    const markdown = '## 今日通报 · {{formTitle}}\n未报 **{{missing}}** 家\n\n[查看]({{links.bulletin}})';
    const saved = await suite.admin.request('PUT', PATH, { markdown });
    expect(saved.status).toBe(200);
    expect(saved.body.template.edited.markdown).toBe(markdown);
    const preview = await suite.admin.request('POST', `${PATH}/preview`, {});
    expect(preview.body.rendered.title).toContain('今日通报');
    // The preview links where the app's robot messages link: its PUBLIC_URL (here the default, the app's own port).
    expect(preview.body.rendered.markdown.split('\n').at(-1)).toBe(`[查看](${suite.app.config.publicUrl}/#/bulletins)`);

    const db = suite.app.db;
    const box = createSecretBox([{ id: 'test', secret: randomBytes(32) }], 'robot');
    await insertRobot(
      db,
      box,
      { key: 'tpl-robot', name: '模板测试群', channel: 'wecom-robot', audience: 'hq', secret: { token: 'tpl0123456789' } },
      new Date().toISOString(),
    );
    await createTestNotifier(db).sendNotice({
      purpose: 'collection-bulletin',
      key: 'tpl/bulletin',
      recipients: [{ channel: 'robot', robotKey: 'tpl-robot' }],
      data: { formTitle: '每日进度报告', missing: 2 },
      links: { bulletin: 'http://fugong.test/#/bulletins' },
    });
    const row = await db('outbox').where({ idempotency_key: 'tpl/bulletin/robot/tpl-robot' }).first('text_body');
    expect(row.text_body).toBe('## 今日通报 · 每日进度报告\n未报 **2** 家\n\n[查看](http://fugong.test/#/bulletins)');

    const reverted = await suite.admin.request('DELETE', PATH);
    expect(reverted.body.template.edited).toBeNull();
    const audited = await db('audit_log').where({ target_type: 'robot_template' }).orderBy('id').pluck('action');
    expect(audited).toEqual(['robot_template.save', 'robot_template.revert']);
  });
});
