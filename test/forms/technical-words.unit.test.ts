// A definition's problems read in the admin's language: a time limit outside the grammar is told by the grammar's
// examples (not "must match pattern "^\s*(?:[Ee]nd…"), other shape problems in Chinese for a Chinese reader, and in
// English as AJV says them.
import { describe, expect, it } from 'vitest';
import { checkDefinition } from '#forms/check-definition';
import { readShippedForms } from '#forms/shipped-forms';

const shipped = (key: string) => structuredClone(readShippedForms().find((form) => form.key === key)!) as unknown as Record<string, any>;

describe('definition problems in words', () => {
  it('tells a bad time limit by examples that themselves pass, in both languages', () => {
    const form = shipped('difficulty-report');
    form.process.params.stages[0].sla = '当天下班前';
    const zh = checkDefinition(form, 'zh-CN');
    expect(zh).toEqual([{ path: '/process/params/stages/0/sla', message: expect.stringContaining('“4 小时”') }]);
    expect(zh[0]!.message).not.toMatch(/must|\^/);
    const en = checkDefinition(form, 'en');
    expect(en).toEqual([{ path: '/process/params/stages/0/sla', message: expect.stringContaining('"2 working days"') }]);
    // Every example the Chinese message gives is one the check takes.
    for (const example of zh[0]!.message.match(/“([^”]+)”/g)!.map((quoted) => quoted.slice(1, -1))) {
      form.process.params.stages[0].sla = example;
      expect(checkDefinition(form, 'zh-CN'), example).toEqual([]);
    }
  });

  it('says a missing or unknown setting in Chinese to a Chinese reader, as AJV does in English', () => {
    const form = shipped('difficulty-report');
    delete form.process.params.stages[1].actor;
    form.process.params.stages[0].colour = 'red';
    const zh = checkDefinition(form, 'zh-CN').map((p) => p.message);
    expect(zh).toContain('缺少必填的“actor”');
    expect(zh).toContain('不认识的设置“colour”，请删除或改正');
    for (const message of zh) expect(message).toMatch(/\p{Script=Han}/u);
    const en = checkDefinition(form, 'en').map((p) => p.message);
    expect(en).toContain("must have required property 'actor'");
    for (const message of en) expect(message).not.toMatch(/\p{Script=Han}/u);
  });
});

describe('bounds no answer can meet', () => {
  it('refuses a field whose minimum is above its maximum, at its path, in the admin’s language', () => {
    const form = shipped('difficulty-report');
    form.schema.properties.loss = { type: 'number', title: '预计损失', minimum: 100, maximum: 10 };
    form.schema.properties.note = { type: 'string', title: '备注', minLength: 20, maxLength: 5 };
    expect(checkDefinition(form, 'zh-CN')).toEqual([
      { path: '/schema/properties/loss/minimum', message: '最小值 100 大于最大值 10，任何填写都无法通过' },
      { path: '/schema/properties/note/minLength', message: '最少字数 20 大于最多字数 5，任何填写都无法通过' },
    ]);
    expect(checkDefinition(form, 'en')[0]).toEqual({
      path: '/schema/properties/loss/minimum',
      message: 'minimum 100 is above maximum 10: no answer could be accepted',
    });
    form.schema.properties.loss.maximum = 1000;
    form.schema.properties.note.maxLength = 500;
    expect(checkDefinition(form, 'zh-CN')).toEqual([]);
  });
});
