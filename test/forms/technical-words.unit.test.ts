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
