// A template that prints a day or a time bare ({{date}}) shows the data's own 2026-12-07 or ISO time to the reader of
// the message. The shipped texts write {{localdate date locale}} since session 32, but a copy an admin saved before
// keeps {{date}} until edited; the editor now says so under the part, in the admin's language, with what to write.
import { createElement } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { textIn } from '../helpers/render-in-locale';
import { addZhCnMessages, loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';
import { emailTemplatesZhCn } from '#web/app/src/i18n/messages/email-template-messages';
import { bareTimes } from '#web/app/src/pages/email-templates/placeholders';
import { TemplatePartField } from '#web/app/src/pages/email-templates/template-part-field';

const SAMPLE = { enterpriseName: '济南建工', date: '2026-12-07', deadlineAt: '2026-12-07T09:00:00Z', overdue: 3 };

const field = (value: string) =>
  createElement(TemplatePartField, {
    label: '主题',
    hint: '',
    value,
    onChange: () => {},
    problems: undefined,
    rows: 2,
    sampleData: SAMPLE,
  });

describe('times and days printed bare in a template', () => {
  beforeAll(async () => {
    addZhCnMessages(emailTemplatesZhCn);
    await loadDictionary('en');
  });

  it.each([
    ['{{date}} 日报未报', ['date']],
    ['截止 {{ deadlineAt }}，{{{date}}}', ['date', 'deadlineAt']],
    ['截止 {{~deadlineAt~}}', ['deadlineAt']],
    ['{{localdate date locale}} 截止 {{datetime deadlineAt locale}}', []],
    ['{{enterpriseName}} 逾期 {{overdue}} 家；{{dateline}}', []],
  ])('finds them in %s', (text, names) => {
    expect(bareTimes(text, SAMPLE).map((placeholder) => placeholder.name)).toEqual(names);
  });

  it('says under the part what the reader would see and what to write instead, in Chinese and in English', () => {
    const zh = textIn(field('{{enterpriseName}}：{{date}} 日报未报'), 'zh-CN');
    expect(zh).toContain('{{date}} 会照数据原样显示（如 2026-12-07）；写成 {{localdate date locale}}，按收件人的语言显示日期时间。');
    const en = textIn(field('{{enterpriseName}}: {{deadlineAt}}'), 'en');
    expect(en).toContain(
      'With {{deadlineAt}} the reader sees the data as it is (such as 2026-12-07T09:00:00Z); write {{datetime deadlineAt locale}}',
    );
  });

  it('says nothing of a template that writes its days with localdate', () => {
    expect(textIn(field('{{localdate date locale}} 日报未报'), 'zh-CN')).not.toContain('原样显示');
  });
});
