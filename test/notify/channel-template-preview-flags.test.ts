// An administrator previews the quarantine alert's group-robot message and SMS text with a yes/no variable set, as the
// email preview takes one (test/email/template-preview-flags.test.ts): the texts speak of a quarantine's start only with
// `started` on, of a missed check-in only with `missed` on, of a check-in reminder only with `reminder` on — the sample
// shows a fever at a check-in, which only the robot message announces. Those variables take yes or no and nothing else;
// a text variable takes text; the admin's draft previews with the values too.
import { describe, expect, it } from 'vitest';
import { adminAppForSuite } from '../helpers/admin-app';

const PATH = '/api/admin/email-templates/quarantine-alert';

/** The headings of each branch of the robot message, and the sample's project they name. */
const ROBOT = {
  'zh-CN': {
    started: '### 隔离观察开始',
    missed: '### 隔离人员漏测',
    fever: '### 隔离人员测温发热',
    feverLine: '时段的隔离测温登记中达到发热标准，已转指挥部处置，请核实并跟进处置。',
    project: '泉城大道快速路二期',
  },
  en: {
    started: '### Quarantine started',
    missed: '### Missed check-in',
    fever: '### Fever at a quarantine check-in',
    feverLine: 'slot and was referred to headquarters: please follow up.',
    project: 'Quancheng Avenue expressway, phase II',
  },
};
/** Words of each branch of the SMS text, with the sample's worker and project. */
const SMS = {
  'zh-CN': { started: '李四您好：您在泉城大道快速路二期入场检查后需隔离观察至', reminder: '到泉城大道快速路二期门岗测温登记' },
  en: { started: 'Li Si: quarantine till', reminder: 'Li Si: check in at the site gate at' },
};

describe('previewing a group-robot message or an SMS text with a yes/no variable set', () => {
  const suite = adminAppForSuite();
  const preview = (locale: string, channel: 'markdown' | 'sms', body: Record<string, unknown>) =>
    suite.admin.request('POST', `${PATH}/${locale}/${channel}/preview`, body);

  it.each(['zh-CN', 'en'] as const)(
    'shows the robot message’s start with started on, its missed check-in with missed on (%s)',
    async (locale) => {
      const words = ROBOT[locale];
      const started = await preview(locale, 'markdown', { data: { started: true } });
      expect(started.status, JSON.stringify(started.body)).toBe(200);
      expect(started.body.rendered.markdown).toContain(`${words.started} · ${words.project}`);
      expect(started.body.rendered.markdown).not.toContain(words.missed);
      expect(started.body.rendered.title).toBe(`${words.started.slice(4)} · ${words.project}`);

      const missed = await preview(locale, 'markdown', { data: { started: false, missed: true, projectName: '滨江新城一标段' } });
      expect(missed.status, JSON.stringify(missed.body)).toBe(200);
      expect(missed.body.rendered.markdown).toContain(`${words.missed} · 滨江新城一标段`);
      expect(missed.body.rendered.markdown).not.toContain(words.started);

      // Without replaced values the sample's fever at a check-in shows its own branch: the slot, HQ's referral, no reading.
      const sample = await preview(locale, 'markdown', {});
      expect(sample.body.rendered.markdown).not.toContain(words.started);
      expect(sample.body.rendered.markdown).not.toContain(words.missed);
      expect(sample.body.rendered.markdown).toContain(`${words.fever} · ${words.project}`);
      expect(sample.body.rendered.markdown).toContain(words.feverLine);
      expect(sample.body.rendered.markdown).not.toContain('38.2');
      const turnedBack = await preview(locale, 'markdown', { data: { turnedBack: true } });
      expect(turnedBack.body.rendered.markdown).not.toContain(words.fever);
    },
  );

  it.each(['zh-CN', 'en'] as const)(
    'shows the SMS start with started on, the reminder with reminder on, and measures it (%s)',
    async (locale) => {
      const words = SMS[locale];
      const started = await preview(locale, 'sms', { data: { started: true } });
      expect(started.status, JSON.stringify(started.body)).toBe(200);
      expect(started.body.rendered.text).toContain(words.started);
      expect(started.body.rendered.text).not.toContain(words.reminder);
      expect(started.body.rendered.length).toBe([...started.body.rendered.text].length);
      expect(started.body.rendered.length).toBeGreaterThan(0);

      const reminder = await preview(locale, 'sms', { data: { reminder: true } });
      expect(reminder.body.rendered.text).toContain(words.reminder);
      expect(reminder.body.rendered.text).not.toContain(words.started);

      const neither = await preview(locale, 'sms', { data: { started: false, reminder: false } });
      expect(neither.body.rendered).toMatchObject({ text: '', length: 0 });
    },
  );

  it('previews the admin’s draft with the values given', async () => {
    const draft = '{{#if fever}}{{workerName}} 体温异常{{else}}{{workerName}} 体温正常{{/if}}';
    const normal = await preview('zh-CN', 'sms', { text: draft, data: { fever: false, workerName: '王五' } });
    expect(normal.body.rendered.text).toBe('王五 体温正常');
    const fever = await preview('zh-CN', 'markdown', { markdown: draft, data: { fever: true } });
    expect(fever.body.rendered.markdown).toBe('李四 体温异常');
  });

  it.each(['markdown', 'sms'] as const)(
    'refuses yes or no for a text variable, and text for a yes/no one, at the field in the admin’s language (%s)',
    async (channel) => {
      const answer = await preview('zh-CN', channel, { data: { started: 'true', projectName: true } });
      expect(answer.status).toBe(422);
      expect(answer.body.error.details).toEqual([
        { path: '/data/started', message: '「started」是“是/否”变量，只能取 true（是）或 false（否）' },
        { path: '/data/projectName', message: '「projectName」不是“是/否”变量，只能填文字' },
      ]);
      suite.admin.locale = 'en';
      try {
        const english = await preview('en', channel, { data: { missed: 'no' } });
        expect(english.status).toBe(422);
        expect(english.body.error.details).toEqual([
          { path: '/data/missed', message: '"missed" is a yes/no variable: give true (yes) or false (no)' },
        ]);
      } finally {
        suite.admin.locale = 'zh-CN';
      }
      const other = await preview('zh-CN', channel, { data: { reminder: 1 } });
      expect(other.status).toBe(422);
      expect(other.body.error.details.map((detail: { path: string }) => detail.path)).toEqual(['/data/reminder']);
    },
  );
});
