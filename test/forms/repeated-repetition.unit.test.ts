// A form's pattern runs on the server against what every filler types. One that repeats a repeated group, such as
// ^(a+)+$, held the web server for 23 seconds on 30 characters of "aaa…a!"; the form check refuses it at the pattern,
// in the admin's language, and keeps every pattern that matches in time growing with the text. A ladder's decision form
// is checked against every decision the same way, so its patterns are refused alike.
import { describe, expect, it } from 'vitest';
import { checkDefinition } from '#forms/check-definition';
import { repeatsARepetition } from '#forms/repeated-repetition';
import { readShippedForms } from '#forms/shipped-forms';

const shipped = (key: string) => structuredClone(readShippedForms().find((form) => form.key === key)!) as unknown as Record<string, any>;

/** The shipped difficulty report with `pattern` on its summary field. */
function summaryPattern(pattern: string) {
  const form = shipped('difficulty-report');
  form.schema.properties.summary.pattern = pattern;
  return form;
}

describe('patterns that repeat a repetition', () => {
  it.each([
    '^(a+)+$',
    '^([a-zA-Z0-9_.-]+)*@example\\.com$',
    '(\\d{1,3}\\.?){4}',
    '((ab)*c)+',
    '^(?:\\w+\\s?)+$',
    '(?<word>x+){2,}',
    '((a)+b?)*',
    '(a[\\w]+)+',
    '(\\.a+|b+)+',
    '(\\.(a+)+)+',
    '(a+\\.?)+',
    '(a+b|c+\\.)+',
    '(\\.a+\\.|b+)+',
    // Alternatives that can start alike: each character may be read by either, so a text splits 2^n ways.
    '^(.|\\s)*X$',
    '^(\\w|\\d)+$',
    '^(?:[a-z]|[a-z0-9])+$',
    '^(ab|a|b)*$',
    '(x|\\s|y|[\\t ])+',
    '^(a?b|b)*$',
    '((a)|a)+',
    '(?:中|[一-龥]){2,}',
  ])('finds %s', (pattern) => {
    expect(repeatsARepetition(pattern)).toBe(true);
  });

  it.each([
    '^\\d{18}$',
    '^1[3-9]\\d{9}$',
    '\\S',
    '^[一-龥][A-Z][A-Z0-9]{5,6}$',
    '^(\\+86)?1\\d{10}$',
    '^(?:[01]\\d|2[0-3]):[0-5]\\d$',
    '^(ab|cd)*$',
    '^(a+)?b$',
    '[(+)]+',
    '\\(a+\\)+',
    '^[\\w.-]+@[\\w-]+(\\.[\\w-]+)+$',
    '(?=a+)b+',
    '^\\d+(-\\d+)*$',
    '^(\\.[\\w-]+)+$',
    '^(\\d+,)*\\d+$',
    '^[\\w.-]+@([\\w-]+\\.)+[\\w-]+$',
    '^(a|b|c)*$',
    '^(\\d|[a-f])+$',
    '^(?:\\s|\\S)*$',
    '^(a|)*$',
    '^(?:[01]\\d|2[0-3])?$',
  ])('leaves %s alone', (pattern) => {
    expect(repeatsARepetition(pattern)).toBe(false);
  });

  it('refuses a form whose field has one, at the pattern, in Chinese and in English', () => {
    const form = summaryPattern('^(a+)+$');
    expect(checkDefinition(form, 'zh-CN')).toEqual([
      {
        path: '/schema/properties/summary/pattern',
        message: expect.stringMatching(/^字段“问题描述”的“格式（正则表达式）”对本身含重复的分组再次重复（如 \(a\+\)\+），/),
      },
    ]);
    expect(checkDefinition(form, 'en')).toEqual([
      {
        path: '/schema/properties/summary/pattern',
        message: expect.stringMatching(/^The "pattern \(regular expression\)" of field ".+" repeats a group that itself repeats/),
      },
    ]);
  });

  it('refuses a ladder whose decision form has one, at that pattern, naming the decision field in Chinese and in English', () => {
    const form = shipped('difficulty-report');
    form.process.params.completion.schema.properties.resolution.pattern = '^(a+)+$';
    const path = '/process/params/completion/schema/properties/resolution/pattern';
    expect(checkDefinition(form, 'zh-CN')).toEqual([
      { path, message: expect.stringMatching(/^字段“办理结果”的“格式（正则表达式）”对本身含重复的分组再次重复（如 \(a\+\)\+），/) },
    ]);
    expect(checkDefinition(form, 'en')).toEqual([
      {
        path,
        message: expect.stringMatching(/^The "pattern \(regular expression\)" of field "Resolution" repeats a group that itself repeats/),
      },
    ]);
  });

  it('keeps a form whose pattern repeats single characters only', () => {
    expect(checkDefinition(summaryPattern('^[\\w.-]+@[\\w-]+(\\.[\\w-]+)+$'))).toEqual([]);
  });

  it('refuses a form whose field repeats alternatives that start alike, at the pattern, in Chinese and in English', () => {
    // 24 spaces and a "!" against ^(.|\s)*X$ held the server 3 seconds, each character more doubling it.
    const form = summaryPattern('^(.|\\s)*X$');
    expect(checkDefinition(form, 'zh-CN')).toEqual([
      {
        path: '/schema/properties/summary/pattern',
        message: expect.stringContaining('或重复的分组中几个选项能以同一字符开头（如 (.|\\s)*）'),
      },
    ]);
    expect(checkDefinition(form, 'en')).toEqual([
      {
        path: '/schema/properties/summary/pattern',
        message: expect.stringContaining('or whose choices can start with the same character, such as (.|\\s)*'),
      },
    ]);
  });

  it('passes every shipped form', () => {
    expect(readShippedForms().flatMap((form) => checkDefinition(form).map((problem) => `${form.key}${problem.path}`))).toEqual([]);
  });
});
