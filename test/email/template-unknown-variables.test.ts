// An administrator who writes a variable the purpose does not provide ({{companyName}} in a receipt) is told so at the
// part at fault, in their language, with the variables they can use — on save, preview and test send, and on the robot
// and SMS texts too — instead of the receipt going out as "已收到的《困难问题反映》".
import { describe, expect, it } from 'vitest';
import { saveEditedCopy } from '#core/stores/email-templates/email-template-store';
import { adminAppForSuite } from '../helpers/admin-app';

const PATH = '/api/admin/email-templates/submission-received/zh-CN';
const SUBJECT = '【复工】已收到{{companyName}}的《{{formTitle}}》{{#if caseNumber}}（{{caseNumber}}）{{/if}}';
const AVAILABLE_ZH =
  'recipientName（收件人）、formTitle（表单名称）、submissionId（提交编号）、caseNumber（案件编号）、appLink（在线查看的链接）、' +
  'receivedAt（提交时间）、settledAt（办结时间）、locale（收件人的语言，供 datetime、localdate 使用）';
const AVAILABLE_EN =
  'recipientName (recipient), formTitle (form title), submissionId (submission id), caseNumber (case number), ' +
  "appLink (link to the page in the app), receivedAt (time submitted), settledAt (time settled), locale (the recipient's language, for datetime and localdate)";
const REFUSAL = {
  'zh-CN': {
    path: '/subject',
    message: `第 1 行第 10 列：模板用到了「companyName」，此类邮件没有这个变量。可用：${AVAILABLE_ZH}`,
  },
  en: {
    path: '/subject',
    message: `Line 1, column 10: The template uses "companyName", which this kind of email does not have. Available: ${AVAILABLE_EN}`,
  },
} as const;

describe('a template that reads a variable its purpose does not provide', () => {
  const suite = adminAppForSuite();

  it.each(['zh-CN', 'en'] as const)('is refused on save and on preview with the part and a message in %s', async (language) => {
    const { admin } = suite;
    admin.locale = language;
    const shipped = (await admin.request('GET', PATH)).body.template.shipped;
    const kept = { ...shipped, subject: '【复工】已收到《{{formTitle}}》' };
    expect((await admin.request('PUT', PATH, kept)).status).toBe(200);

    const saved = await admin.request('PUT', PATH, { ...shipped, subject: SUBJECT });
    expect(saved.status, JSON.stringify(saved.body)).toBe(422);
    expect(saved.body.error.code).toBe('invalid_template');
    expect(saved.body.error.details).toEqual([REFUSAL[language]]);
    const stored = (await admin.request('GET', PATH)).body.template.edited;
    expect({ subject: stored.subject, html: stored.html, text: stored.text }, 'the copy saved before is unchanged').toEqual(kept);

    // A preview is refused the same way, even when it supplies a value for the unknown name.
    for (const body of [{ subject: SUBJECT }, { subject: SUBJECT, data: { companyName: '城东建设集团' } }]) {
      const preview = await admin.request('POST', `${PATH}/preview`, body);
      expect(preview.status, JSON.stringify(preview.body)).toBe(422);
      expect(preview.body.error.details).toEqual([REFUSAL[language]]);
    }
    expect((await admin.request('DELETE', PATH)).status).toBe(200);
    admin.locale = 'zh-CN';
  });

  it('is refused in a branch the sample data does not take, at the part it is in', async () => {
    const shipped = (await suite.admin.request('GET', PATH)).body.template.shipped;
    const html = '<p>{{recipientName}}</p>\n{{#if settledAt}}{{else}}<p>{{enterpriseName}}</p>{{/if}}';
    const answer = await suite.admin.request('PUT', PATH, { ...shipped, html });
    expect(answer.status).toBe(422);
    expect(answer.body.error.details).toEqual([
      {
        path: '/html',
        message: expect.stringMatching(
          /^第 2 行第 \d+ 列：模板用到了「enterpriseName」，此类邮件没有这个变量。可用：recipientName（收件人）、/,
        ),
      },
    ]);
    expect((await suite.admin.request('GET', PATH)).body.template.edited).toBeNull();
  });

  it('refuses a test send of a copy saved with one before the check, and sends nothing', async () => {
    const { app, admin } = suite;
    const shipped = (await admin.request('GET', PATH)).body.template.shipped;
    const user = await app.db('users').where({ username: 'admin' }).first('id');
    await saveEditedCopy(app.db, 'submission-received', 'zh-CN', { ...shipped, subject: SUBJECT }, Number(user.id), new Date());
    const before = await app.db('outbox').count({ n: '*' });
    const sent = await admin.request('POST', `${PATH}/test-send`, { to: 'check@example.org' });
    expect(sent.status, JSON.stringify(sent.body)).toBe(422);
    expect(sent.body.error.details).toEqual([REFUSAL['zh-CN']]);
    expect(await app.db('outbox').count({ n: '*' })).toEqual(before);
    expect((await admin.request('DELETE', PATH)).status).toBe(200);
  });

  it.each([
    ['SMS', '/api/admin/email-templates/quarantine-cleared/zh-CN/sms', 'text', '{{workerName}}您好{{#if changed}}，{{companyName}}{{/if}}'],
    [
      'robot',
      '/api/admin/email-templates/collection-bulletin/zh-CN/markdown',
      'markdown',
      '## 通报\n{{#each missingList}}- {{name}}（{{cadre}}）\n{{/each}}',
    ],
  ])('is refused on the %s text, save and preview alike', async (_channel, path, field, text) => {
    for (const [method, url] of [
      ['PUT', path],
      ['POST', `${path}/preview`],
    ] as const) {
      const answer = await suite.admin.request(method, url, { [field]: text });
      expect(answer.status, JSON.stringify(answer.body)).toBe(422);
      expect(answer.body.error.details).toEqual([
        { path: `/${field}`, message: expect.stringMatching(/模板.*用到了「(companyName|cadre)」/) },
      ]);
    }
    expect((await suite.admin.request('GET', path)).body.template.edited).toBeNull();
  });
});
