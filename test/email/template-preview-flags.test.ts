// An administrator previews the publicity text with 暂停公示 on, as it reads while an objection is reviewed, and off, as it
// reads while objections are taken: a yes/no variable of the sample takes yes or no in a preview. Only those variables
// take yes or no, and they take nothing else (the text "false" would read as yes and show the wrong branch).
import { describe, expect, it } from 'vitest';
import { adminAppForSuite } from '../helpers/admin-app';

const PATH = '/api/admin/email-templates/commendation-publicity';
const PAUSED = {
  'zh-CN': '暂停公示：公示期间收到的异议正在核查中，核查期间暂不受理新的异议。',
  en: 'Publicity paused: an objection lodged during this notice is under review, and no further objection is taken meanwhile.',
};
const OPEN = {
  'zh-CN': '公示期间，任何单位和个人对上述事项有异议的，均可在',
  en: 'Until then anyone may lodge an objection on',
};

describe('previewing a template with a yes/no variable set', () => {
  const suite = adminAppForSuite();

  it.each(['zh-CN', 'en'] as const)('shows the paused text with paused on and the open one with it off (%s)', async (locale) => {
    const preview = (data: Record<string, unknown>) => suite.admin.request('POST', `${PATH}/${locale}/preview`, { data });
    const paused = await preview({ paused: true });
    expect(paused.status, JSON.stringify(paused.body)).toBe(200);
    for (const part of ['html', 'text'] as const) {
      expect(paused.body.rendered[part]).toContain(PAUSED[locale]);
      expect(paused.body.rendered[part]).not.toContain(OPEN[locale]);
    }
    const open = await preview({ paused: false, enterpriseName: '城东建设集团' });
    expect(open.status, JSON.stringify(open.body)).toBe(200);
    for (const part of ['html', 'text'] as const) {
      expect(open.body.rendered[part]).toContain(OPEN[locale]);
      expect(open.body.rendered[part]).not.toContain(PAUSED[locale]);
    }
    expect(open.body.rendered.text).toContain('城东建设集团');
  });

  it('refuses yes or no for a text variable, and text for a yes/no one, naming the variable in the admin’s language', async () => {
    const { admin } = suite;
    const answer = await admin.request('POST', `${PATH}/zh-CN/preview`, { data: { paused: 'false', enterpriseName: true } });
    expect(answer.status).toBe(422);
    expect(answer.body.error.details).toEqual([
      { path: '/data/paused', message: '「paused」是“是/否”变量，只能取 true（是）或 false（否）' },
      { path: '/data/enterpriseName', message: '「enterpriseName」不是“是/否”变量，只能填文字' },
    ]);
    admin.locale = 'en';
    const english = await admin.request('POST', `${PATH}/en/preview`, { data: { extended: 'yes', closesAt: false } });
    admin.locale = 'zh-CN';
    expect(english.status).toBe(422);
    expect(english.body.error.details).toEqual([
      { path: '/data/extended', message: '"extended" is a yes/no variable: give true (yes) or false (no)' },
      { path: '/data/closesAt', message: '"closesAt" is not a yes/no variable: give it text' },
    ]);
    const other = await admin.request('POST', `${PATH}/zh-CN/preview`, { data: { paused: 1 } });
    expect(other.status).toBe(422);
    expect(other.body.error.details.map((detail: { path: string }) => detail.path)).toEqual(['/data/paused']);
  });
});
