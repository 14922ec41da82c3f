// A form's guidance and description name the process parameters they speak of (`{checkInTimes}`, `{days}`,
// `{deadline}`) and read with the version's own values: the shipped texts read as they always did, and a changed
// parameter changes the words. A name that no value can fill is refused when the definition is checked.
import { describe, expect, it } from 'vitest';
import { checkDefinition } from '#forms/check-definition';
import { unknownParamNames, withParams } from '#forms/param-text';
import { readShippedForms } from '#forms/shipped-forms';

const shipped = (key: string) => structuredClone(readShippedForms().find((form) => form.key === key)!);
const paramsOf = (form: ReturnType<typeof shipped>) => form.process.params as Record<string, unknown>;

describe('process parameters in a form’s guidance', () => {
  it.each([
    ['gate-check', 'zh-CN', '隔离观察 14 天，每天 08:00 和 16:00 各登记一次体温'],
    ['gate-check', 'en', 'means 14 days of quarantine with temperatures recorded at 08:00 and 16:00 each day'],
    ['site-epidemic-rounds', 'zh-CN', '为期 30 天的防疫巡查记录。此后每天 08:00 和 18:00 各记录一次巡查'],
    ['site-epidemic-rounds', 'en', 'record one round at each of 08:00 and 18:00 every day'],
    [
      'daily-report',
      'zh-CN',
      '请在每天 17:00 前报送当天的项目开复工、人员返岗和防疫物资库存情况，当天 00:05 起可以填报。15:00 还没有报送的',
    ],
    ['daily-report', 'en', 'by 17:00 every day; the form opens at 00:05. If it has not been sent by 15:00'],
    ['liaison-designation', 'zh-CN', '截止前 2 天和 2 小时会提醒您'],
    ['liaison-designation', 'en', 'you are reminded 2 days and 2 hours before it'],
    ['difficulty-report', 'zh-CN', '请在 3 天内确认办理结果'],
    ['difficulty-report', 'en', 'confirm the outcome within 3 days'],
    ['resumption-readiness', 'zh-CN', '请在 3 个工作日内整改并重新提交'],
    ['resumption-readiness', 'en', 'submit it again within 3 working days'],
    ['commendation', 'zh-CN', '批准后公示 5 个工作日'],
    ['commendation', 'en', 'made public for 5 working days'],
  ] as const)('reads the shipped %s’s guidance in %s with its shipped values', (key, locale, words) => {
    const form = shipped(key);
    expect(form.guidance![locale]).not.toContain(words);
    expect(withParams(form.guidance!, paramsOf(form))[locale]).toContain(words);
  });

  it('says the changed check-in times and days in both languages', () => {
    const form = shipped('gate-check');
    const params = { ...paramsOf(form), days: 10, checkInTimes: ['07:30', '12:00', '17:30'] };
    const guidance = withParams(form.guidance!, params);
    expect(guidance['zh-CN']).toContain('隔离观察 10 天，每天 07:30、12:00 和 17:30 各登记一次体温');
    expect(guidance.en).toContain('means 10 days of quarantine with temperatures recorded at 07:30, 12:00 and 17:30 each day');
    expect(withParams(form.description, params)['zh-CN']).toContain('隔离观察 10 天，每天 07:30、12:00 和 17:30 测温');
    for (const text of [guidance['zh-CN'], guidance.en]) expect(text).not.toMatch(/[{}]|08:00|16:00|14 /);
  });

  it('says changed time limits and parts of a parameter in words of each language', () => {
    const liaison = shipped('liaison-designation');
    const reminders = withParams(liaison.guidance!, { ...paramsOf(liaison), reminders: ['1 day', '4 hours', '30 minutes'] });
    expect(reminders['zh-CN']).toContain('截止前 1 天、4 小时和 30 分钟会提醒您');
    expect(reminders.en).toContain('you are reminded 1 day, 4 hours and 30 minutes before it');
    const difficulty = shipped('difficulty-report');
    const confirm = withParams(difficulty.guidance!, { ...paramsOf(difficulty), confirmWithin: '5 days' });
    expect(confirm['zh-CN']).toContain('请在 5 天内确认办理结果');
    expect(confirm.en).toContain('confirm the outcome within 5 days');
    const readiness = shipped('resumption-readiness');
    const rework = { ...(paramsOf(readiness).rework as object), within: '2 working days' };
    const reworkText = withParams(readiness.description, { ...paramsOf(readiness), rework });
    expect(reworkText['zh-CN']).toContain('退回整改须在 2 个工作日内完成');
    expect(reworkText.en).toContain('rework is due within 2 working days');
    const commendation = shipped('commendation');
    const publicity = { ...(paramsOf(commendation).publicity as object), workingDays: 7 };
    expect(withParams(commendation.guidance!, { ...paramsOf(commendation), publicity })['zh-CN']).toContain('批准后公示 7 个工作日');
  });

  it('leaves every shipped text without a name no value fills', () => {
    for (const form of readShippedForms())
      for (const text of [form.description, form.guidance].flatMap((t) => (t ? [t['zh-CN'], t.en] : [])))
        expect(unknownParamNames(text, paramsOf(form)), form.key).toEqual([]);
  });

  it.each([
    ['an unknown name', '{checkInTime}'],
    ['a template, which is no value a reader needs', '{alertTemplate}'],
    ['a path to nothing', '{publicity.days}'],
    ['a list of rules', '{rules}'],
  ])('refuses %s at the text and language, in the admin’s language', (_name, placeholder) => {
    const form = shipped('gate-check');
    form.guidance = { ...form.guidance!, en: `Check-ins at ${placeholder}.` };
    const zh = checkDefinition(form, 'zh-CN');
    expect(zh).toEqual([
      { path: '/guidance/en', message: `${placeholder} 不是可在文字中显示的流程参数（须为数字、时刻、时限或它们的列表）` },
    ]);
    expect(checkDefinition(form, 'en')[0]!.message).toBe(
      `${placeholder} names no process parameter that text can show (a number, a time, a time limit or a list of them)`,
    );
  });
});
