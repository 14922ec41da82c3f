// The collection email templates: each has a purpose and sample data for the admin editor, passes the editor's own
// checks in both languages, and renders report text as text.
import { describe, expect, it } from 'vitest';
import { sampleDataFor, SAMPLE_DATA } from '#core/mail/sample-data';
import { templatePurpose } from '#core/mail/template-purposes';
import { createTemplateRenderer } from '#core/mail/template-renderer';
import { localDate } from '#core/domain/zoned-time';

const renderer = createTemplateRenderer('Asia/Shanghai');
const NAMES = ['collection-reminder', 'collection-overdue', 'collection-bulletin'];

describe('collection email templates', () => {
  it.each(NAMES.flatMap((name) => (['zh-CN', 'en'] as const).map((locale) => [name, locale] as const)))(
    '%s (%s) has a purpose and samples and passes the editor checks',
    (name, locale) => {
      expect(Object.hasOwn(SAMPLE_DATA, name)).toBe(true);
      expect(templatePurpose(name)[locale]).not.toMatch(/暂无说明|no description/);
      expect(renderer.check(renderer.shipped(name, locale), sampleDataFor(name, locale), locale)).toEqual([]);
    },
  );

  it('escapes hostile report text in the bulletin HTML and lists who was late and who is missing', () => {
    const sample = sampleDataFor('collection-bulletin', 'zh-CN');
    const notes = [{ name: '<b>某公司</b>', field: '存在的困难', text: '<script>alert(1)</script>' }];
    const mail = renderer.render('collection-bulletin', 'zh-CN', { ...sample, date: '2019-02-17', notes });
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).not.toContain('<script>');
    expect(mail.text).toContain('鲁中建工集团有限公司');
    expect(mail.subject).toBe('【复工】项目动态每日通报（2019年2月17日）：应报 3 家，按时 1 家，迟报 1 家，未报 1 家');
  });

  it("names the overdue report's day as people do — 12月7日 / 7 Dec, the year only when it is not this one — never 2026-12-07", () => {
    const today = localDate(Date.now(), 'Asia/Shanghai');
    const thisYear = `${today.slice(0, 4)}-12-07`;
    const subject = (locale: 'zh-CN' | 'en', date: string) =>
      renderer.render('collection-overdue', locale, { ...sampleDataFor('collection-overdue', locale), date, campaign: false }).subject;
    expect(subject('zh-CN', thisYear)).toMatch(/》（12月7日）$/);
    expect(subject('en', thisYear)).toMatch(/" \(7 Dec\)$/);
    expect(subject('zh-CN', '2019-12-07')).toMatch(/》（2019年12月7日）$/);
    expect(subject('en', '2019-12-07')).toMatch(/" \(7 Dec 2019\)$/);
    const text = renderer.render('collection-overdue', 'zh-CN', {
      ...sampleDataFor('collection-overdue', 'zh-CN'),
      date: thisYear,
      campaign: false,
    });
    expect(`${text.subject}${text.text}${text.html}`).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
