// Publish-time reference checks on their own: each kind of broken name is found at its JSON pointer, in both languages,
// and every shipped definition and every starter passes against the organisation the demo seed creates.
import { describe, expect, it } from 'vitest';
import { DIFFICULTY_CATEGORIES, WORKING_GROUPS } from '#core/org/org-types';
import { readShippedForms } from '#forms/shipped-forms';
import { starterDefinition, starterOffers } from '#forms/process-templates';
import { formFieldNames } from '#forms/references/form-fields';
import { checkReferences, type ReferenceContext } from '#forms/references/reference-check';
import { REFERENCE_CHECKERS } from '#forms/references/reference-checkers';
import { createTemplateRenderer } from '#core/mail/template-renderer';

const CONTEXT: ReferenceContext = {
  templateNames: new Set(createTemplateRenderer('Asia/Shanghai').names()),
  workingGroupKeys: new Set(WORKING_GROUPS.map((group) => group.key)),
  categoryKeys: new Set(DIFFICULTY_CATEGORIES.map((category) => category.key)),
  activeUserIds: new Set([1, 2, 3]),
  robotKeys: new Set(['class-coordination-wecom']),
  enterpriseIds: new Set([1, 2, 3]),
};
const check = (definition: Parameters<typeof checkReferences>[0]) => checkReferences(definition, CONTEXT, REFERENCE_CHECKERS);
const difficulty = () => structuredClone(readShippedForms().find((form) => form.key === 'difficulty-report')!);

describe('publish-time reference checks', () => {
  it.each(readShippedForms().map((form) => [form.key, form] as const))('passes the shipped %s definition', (_key, form) => {
    expect(check(form)).toEqual([]);
  });

  it.each(starterOffers())('passes the $name starter', ({ name }) => {
    expect(check(starterDefinition('starter', { 'zh-CN': '新', en: 'New' }, name))).toEqual([]);
  });

  it('finds a misspelt template, an unknown group, a missing urgent field and a stranger to alert, each at its pointer', () => {
    const form = difficulty();
    const params = form.process.params as Record<string, any>;
    params.settledTemplate = 'submision-settled';
    params.stages[2].actor = { role: 'hq', workingGroupKey: 'logistics' };
    params.urgent = { field: 'urgency', priority: 2 };
    params.overdue = { alert: { userIds: [2, 999] } };
    expect(check(form)).toEqual([
      {
        path: '/process/params/settledTemplate',
        message: {
          'zh-CN': '邮件模板「submision-settled」不存在，请在“邮件模板”中新建或选择已有模板',
          en: 'There is no email template "submision-settled"; create it under Email templates or pick an existing one',
        },
      },
      {
        path: '/process/params/stages/2/actor/workingGroupKey',
        message: {
          'zh-CN': '工作专班「logistics」不存在，请选择已有的专班',
          en: 'There is no working group "logistics"; pick an existing group',
        },
      },
      {
        path: '/process/params/overdue/alert/userIds/1',
        message: { 'zh-CN': '用户 999 不存在或已停用', en: 'User 999 does not exist or is deactivated' },
      },
      { path: '/process/params/urgent/field', message: { 'zh-CN': '表单没有字段「urgency」', en: 'The form has no field "urgency"' } },
    ]);
  });

  it('requires a category field of known categories where a rung routes by category', () => {
    const form = difficulty();
    const category = (form.schema.properties as Record<string, any>).category;
    const choices = category.oneOf ?? category.enum;
    expect(choices.length).toBeGreaterThan(0);
    if (category.oneOf) category.oneOf.push({ const: 'weather', title: '天气' });
    else category.enum.push('weather');
    const at = category.oneOf
      ? `/schema/properties/category/oneOf/${category.oneOf.length - 1}/const`
      : `/schema/properties/category/enum/${category.enum.length - 1}`;
    expect(check(form)).toEqual([{ path: at, message: { 'zh-CN': '问题类别「weather」不存在', en: 'Category "weather" does not exist' } }]);
    delete (form.schema.properties as Record<string, unknown>).category;
    expect(check(form)).toContainEqual({
      path: '/process/params/stages/1/actor',
      message: {
        'zh-CN': '按类别转交专班需要表单有“category”（问题类别）选择字段',
        en: 'Routing to the working group by category needs a "category" (Category) choice field in the form',
      },
    });
  });

  it('counts a field that only a condition adds as a field of the form', () => {
    const names = formFieldNames({
      type: 'object',
      properties: { urgent: { type: 'boolean' } },
      if: { properties: { urgent: { const: true } } },
      then: { properties: { reason: { type: 'string' } } },
      dependencies: { urgent: { properties: { deadline: { type: 'string' } } } },
    });
    expect([...names].sort()).toEqual(['deadline', 'reason', 'urgent']);
  });

  it('refuses a bulletin robot that is not registered, at its pointer, and passes a registered one', () => {
    const form = structuredClone(readShippedForms().find((f) => f.key === 'daily-report')!);
    const bulletin = (form.process.params as Record<string, any>).bulletin;
    bulletin.robots = ['class-coordination-wecom', 'hq-dingtalk'];
    expect(check(form)).toEqual([
      {
        path: '/process/params/bulletin/robots/1',
        message: {
          'zh-CN': '群机器人「hq-dingtalk」未登记或已停用，请先在“群机器人”页面登记',
          en: 'No active group robot "hq-dingtalk" is registered; register it on the Group robots page first',
        },
      },
    ]);
    bulletin.robots = ['class-coordination-wecom'];
    expect(check(form)).toEqual([]);
  });

  it('refuses listed enterprise ids that name no enterprise, the first five named with how many more, and passes known ones', () => {
    const form = structuredClone(readShippedForms().find((f) => f.key === 'daily-report')!);
    const params = form.process.params as Record<string, any>;
    params.target = { kind: 'list', enterpriseIds: [1, 404, 2, 405, 406, 407, 408, 409, 410] };
    expect(check(form)).toEqual([
      {
        path: '/process/params/target/enterpriseIds',
        message: {
          'zh-CN': '以下编号没有对应的企业：404、405、406、407、408 等 7 个，请删除或重新选择企业',
          en: 'No enterprise has the ids 404, 405, 406, 407, 408 and 2 more; remove them or pick the enterprises again',
        },
      },
    ]);
    params.target = { kind: 'list', enterpriseIds: [3, 404] };
    expect(check(form)).toEqual([
      {
        path: '/process/params/target/enterpriseIds',
        message: {
          'zh-CN': '以下编号没有对应的企业：404，请删除或重新选择企业',
          en: 'No enterprise has the id 404; remove it or pick the enterprises again',
        },
      },
    ]);
    params.target = { kind: 'list', enterpriseIds: [1, 2, 3] };
    expect(check(form)).toEqual([]);
  });
});
