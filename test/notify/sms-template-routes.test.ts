// The SMS channel of the template editor: admins edit a purpose's text like its email parts, with the same hardening
// (no partials, no prototype walks) and strict variables, and a text whose sample render does not fit one SMS is
// refused; a saved copy is what the next text uses, and reverting brings the shipped one back.
import { describe, expect, it } from 'vitest';
import { createSmsRenderer } from '#core/notify/sms-renderer';
import { adminAppForSuite, signedIn } from '../helpers/admin-app';
import { createTestNotifier } from '../helpers/test-notifier';

const PATH = '/api/admin/email-templates/quarantine-cleared/zh-CN/sms';
const DATA = { workerName: '张三', projectName: '滨江新城一标段', releasedAt: '2026-03-03T01:00:00Z' };

describe('SMS texts in the template editor', () => {
  const suite = adminAppForSuite();

  async function nextText(key: string): Promise<string> {
    const db = suite.app.db;
    const sms = { renderer: createSmsRenderer('Asia/Shanghai'), deliverable: false };
    const result = await createTestNotifier(db, { sms }).sendNotice({
      purpose: 'quarantine-cleared',
      key,
      recipients: [{ channel: 'sms', mobile: '13800138000', locale: 'zh-CN' }],
      data: DATA,
    });
    const row = await db('outbox').where({ id: result.rows[0]!.outboxId }).first('text_body');
    return String(row.text_body);
  }

  it('shows the shipped text with its sample data and budget, and only to admins', async () => {
    const answer = await suite.admin.request('GET', PATH);
    expect(answer.status).toBe(200);
    expect(answer.body.template).toMatchObject({ name: 'quarantine-cleared', locale: 'zh-CN', channel: 'sms', edited: null, budget: 70 });
    expect(answer.body.template.shipped).toContain('隔离观察已于{{datetime releasedAt locale}}解除');
    expect(answer.body.template.sampleData).toHaveProperty('workerName', '李四');
    // The shipped texts pass the strict check; the preview measures them against one SMS.
    const lengths: Record<string, unknown> = {};
    for (const purpose of ['quarantine-alert', 'quarantine-cleared'])
      for (const locale of ['zh-CN', 'en']) {
        const preview = await suite.admin.request('POST', `/api/admin/email-templates/${purpose}/${locale}/sms/preview`, {});
        expect(preview.status).toBe(200);
        lengths[`${purpose}/${locale}`] = [preview.body.rendered.length, preview.body.rendered.fits];
      }
    // The shared sample shows a fever alert, which sends no text; every shipped release text fits one SMS.
    expect(lengths).toEqual({
      'quarantine-alert/zh-CN': [0, true],
      'quarantine-alert/en': [0, true],
      'quarantine-cleared/zh-CN': [42, true],
      'quarantine-cleared/en': [61, true],
    });
    // A purpose without an SMS text has nothing to edit there.
    expect((await suite.admin.request('GET', '/api/admin/email-templates/case-update/zh-CN/sms')).status).toBe(404);
    for (const login of ['cadre1', 'ent02']) {
      const other = await signedIn(suite.app, login);
      expect((await other.request('GET', PATH)).status).toBe(403);
      expect((await other.request('PUT', PATH, { text: '{{workerName}}您好' })).status).toBe(403);
      expect((await other.request('DELETE', PATH)).status).toBe(403);
    }
  });

  it.each([
    [
      'an unknown variable',
      '{{workerName}}您好：{{residentIdFull}}',
      '第 1 行第 20 列：模板用到了「residentIdFull」，此类消息没有这个变量。可用：',
    ],
    ['a prototype walk', '{{workerName.constructor.name}}', null],
    ['a partial', '{{> layout}}', null],
    ['broken syntax', '{{#if workerName}}您好', null],
    [
      'a text longer than one SMS',
      `{{workerName}}您好：${'您在项目上的隔离观察已经解除请按照安排返岗'.repeat(4)}`,
      '按示例数据生成的短信有 89 个字，超过了 70 个字的上限（一条短信 70 个字，含签名），请删减',
    ],
  ])('refuses %s with a message on the text', async (_name, text, message) => {
    const answer = await suite.admin.request('PUT', PATH, { text });
    expect(answer.status).toBe(422);
    expect(answer.body.error.code).toBe('invalid_template');
    expect(answer.body.error.details[0].path).toBe('/text');
    if (message) expect(answer.body.error.details[0].message).toContain(message);
    expect(await suite.app.db('sms_templates').count({ n: '*' })).toEqual([{ n: 0 }]);
  });

  it('says in English why an over-long text is refused', async () => {
    const english = await suite.admin.request(
      'PUT',
      PATH,
      { text: `{{workerName}} ${'x'.repeat(80)}` },
      { headers: { 'accept-language': 'en' } },
    );
    expect(english.status).toBe(422);
    expect(english.body.error.details[0].message).toMatch(/^With the sample data the text has 83 characters, over the limit of 70/);
  });

  it('saves a copy that the next text uses, previews it with its length, audits it, and reverts to the shipped text', async () => {
    expect(await nextText('tpl-sms/1')).toBe('张三您好：您在滨江新城一标段的隔离观察已于3/3 09:00解除，可按安排返岗。');
    const text = '【解除隔离】{{workerName}}：{{projectName}}隔离已于{{datetime releasedAt locale}}解除。';
    const saved = await suite.admin.request('PUT', PATH, { text });
    expect(saved.status).toBe(200);
    expect(saved.body.template.edited.text).toBe(text);
    const preview = await suite.admin.request('POST', `${PATH}/preview`, {});
    expect(preview.body.rendered).toEqual({
      text: '【解除隔离】李四：泉城大道快速路二期隔离已于3/1 10:00解除。',
      length: 34,
      budget: 70,
      fits: true,
    });

    expect(await nextText('tpl-sms/2')).toBe('【解除隔离】张三：滨江新城一标段隔离已于3/3 09:00解除。');

    const reverted = await suite.admin.request('DELETE', PATH);
    expect(reverted.body.template.edited).toBeNull();
    expect(await nextText('tpl-sms/3')).toBe('张三您好：您在滨江新城一标段的隔离观察已于3/3 09:00解除，可按安排返岗。');
    const audited = await suite.app.db('audit_log').where({ target_type: 'sms_template' }).orderBy('id').select('action', 'target_id');
    expect(audited).toEqual([
      { action: 'sms_template.save', target_id: 'quarantine-cleared/zh-CN' },
      { action: 'sms_template.revert', target_id: 'quarantine-cleared/zh-CN' },
    ]);
  });
});
