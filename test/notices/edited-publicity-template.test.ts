// An administrator's own wording of the publicity notice must still stop inviting objections while one is reviewed
// (the window is paused and takes none): the editor refuses a copy that reads the same paused or not, an admin's own
// paused sentence is what the bulletin shows then, and a copy saved before the editor asked for one gives way to the
// shipped paused text while the review runs — its own wording comes back when the window reopens.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createNoticeActivities } from '#activities/notice-activities';
import { createTemplateRenderer } from '#core/mail/template-renderer';
import { saveEditedCopy } from '#core/stores/email-templates/email-template-store';
import { HttpSession } from '#scripts/kit/http-session';
import { adminAppForSuite } from '../helpers/admin-app';

const PATH = '/api/admin/email-templates/commendation-publicity/zh-CN';
const SHIPPED_PAUSED = '暂停公示：公示期间收到的异议正在核查中，核查期间暂不受理新的异议。';
const INVITATION = '如有异议请在本页提出';
const OWN_PAUSED = '本公示暂停，异议核查期间不受理新的异议。';
const subject = '关于拟表扬{{enterpriseName}}的公示';
const body = (closing: string) => `拟表扬{{enterpriseName}}：{{deeds}}\n${closing}`;
const OPEN = `本公示至 {{datetime closesAt locale}}，${INVITATION}。`;
/** The admin's wording without a paused branch: what an edited copy from before the paused text looked like. */
const WITHOUT_PAUSED = { subject, html: `<p>${body(OPEN)}</p>`, text: body(OPEN) };
const withPaused = `{{#if paused}}${OWN_PAUSED}{{else}}${OPEN}{{/if}}`;
const WITH_PAUSED = { subject, html: `<p>${body(withPaused)}</p>`, text: body(withPaused) };

type Text = Record<'zh-CN' | 'en', { text: string }>;

describe('an admin-edited publicity template while an objection is reviewed', () => {
  const suite = adminAppForSuite();

  /** A publicity window opened from the template as it stands, then paused as an objection's review pauses it. */
  async function openAndPause() {
    const { db, config } = suite.app;
    const notices = createNoticeActivities({ db, renderer: createTemplateRenderer(config.timeZone) });
    const notice = {
      key: `edited-publicity/${randomUUID()}`,
      template: 'commendation-publicity',
      submissionId: randomUUID(),
      enterpriseId: null,
      formTitle: { 'zh-CN': '表扬推荐', en: 'Commendation' },
      data: { honour: '复工复产先进企业', deeds: '组织 800 名工人分批返岗。', points: 5 },
    };
    const closesAt = '2026-02-24T16:00:00.000Z';
    const { noticeId } = await notices.openPublicity({ ...notice, closesAt });
    const visitor = new HttpSession(suite.app.baseUrl);
    const shown = async (): Promise<Text> => (await visitor.request('GET', `/api/notices/${noticeId}`)).body.notice.content;
    const opened = await shown();
    await notices.pausePublicity({
      key: notice.key,
      objectionId: null,
      reviewTaskId: 'review',
      notice: { ...notice, closesAt, extended: false },
    });
    const paused = await shown();
    await notices.resumePublicity({ key: notice.key, closesAt: '2026-02-26T16:00:00.000Z', notice });
    return { opened, paused, reopened: await shown() };
  }

  it('refuses to save a publicity text that says nothing else while paused, naming the branch it needs at each part', async () => {
    const refused = await suite.admin.request('PUT', PATH, WITHOUT_PAUSED);
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ code: 'invalid_template', message: '模板有错误，请按提示修改' });
    expect(refused.body.error.details.map((d: { path: string }) => d.path)).toEqual(['/html', '/text']);
    for (const detail of refused.body.error.details) {
      expect(detail.message).toContain('异议核查期间公示暂停、不受理新的异议，这段文字须写明');
      expect(detail.message).toContain('{{#if paused}}');
    }
    suite.admin.locale = 'en';
    const english = await suite.admin.request('PUT', PATH, WITHOUT_PAUSED);
    suite.admin.locale = 'zh-CN';
    expect(english.body.error.details[1]).toEqual({
      path: '/text',
      message: expect.stringMatching(/^While an objection is reviewed the publicity is paused and takes no objection/),
    });
    // The editor lists paused with its sample and says what it is for.
    const template = (await suite.admin.request('GET', PATH)).body.template;
    expect(template.edited).toBeNull();
    expect(template.sampleData.paused).toBe(false);
    expect(template.notes.paused).toEqual({
      'zh-CN': '异议核查期间为真：公示暂停，不受理新的异议，须写明暂停公示',
      en: 'true while an objection is reviewed: the publicity is paused, takes no objection, and must say so',
    });
  });

  it('shows the admin’s own paused sentence while paused, and the admin’s invitation before and after', async () => {
    expect((await suite.admin.request('PUT', PATH, WITH_PAUSED)).status).toBe(200);
    const { opened, paused, reopened } = await openAndPause();
    expect(opened['zh-CN'].text).toContain(INVITATION);
    expect(paused['zh-CN'].text).toContain(OWN_PAUSED);
    expect(paused['zh-CN'].text).not.toContain(INVITATION);
    expect(reopened['zh-CN'].text).toContain(INVITATION);
  });

  it('gives a copy saved before the rule the shipped paused text while paused, and its own wording back when reopened', async () => {
    const admin = await suite.app.db('users').where({ username: 'admin' }).first('id');
    await saveEditedCopy(suite.app.db, 'commendation-publicity', 'zh-CN', WITHOUT_PAUSED, admin.id, new Date());
    const { opened, paused, reopened } = await openAndPause();
    expect(opened['zh-CN'].text).toContain('拟表扬：组织 800 名工人分批返岗。');
    expect(opened['zh-CN'].text).toContain(INVITATION);
    expect(paused['zh-CN'].text).toContain(SHIPPED_PAUSED);
    expect(paused['zh-CN'].text).not.toContain(INVITATION);
    expect(paused.en.text).toContain('Publicity paused: an objection lodged during this notice is under review');
    expect(reopened['zh-CN'].text).toContain(INVITATION);
    expect(reopened['zh-CN'].text).not.toContain(SHIPPED_PAUSED);
  });
});
