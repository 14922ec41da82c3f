// What the parameter editor offers where a parameter names a field of the form, a rung of the ladder, a priority or a
// template, how optional parts are drawn, and what an emptied optional list writes back.
import type { RJSFSchema } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import { PROCESS_TYPES } from '#forms/process-types';
import { titledParamsSchema } from '#forms/process-type-texts';
import { STARTERS } from '#forms/starter-definitions';
import {
  computedFactChoices,
  fieldOptions,
  fieldReferenceKinds,
  formFieldChoices,
} from '#web/app/src/pages/form-admin/params/form-field-choices';
import { paramsUiSchema } from '#web/app/src/pages/form-admin/params/params-ui-schema';
import { pruneEmpty } from '#web/app/src/pages/form-admin/params/prune-empty';
import { rungOptions } from '#web/app/src/pages/form-admin/params/rung-choices';
import { templateWhenUnset } from '#web/app/src/pages/form-admin/params/template-fit';

const FORM: RJSFSchema = {
  type: 'object',
  properties: {
    summary: { type: 'string', title: '事项摘要' },
    field3: { type: 'boolean', title: '是否急需' },
    workers: { type: 'integer', title: '在岗人数' },
    kind: { type: 'string', title: '类别', oneOf: [{ const: 'a', title: '甲' }] },
    visited: { type: 'string', format: 'date', title: '走访日期' },
    problems: {
      type: 'array',
      title: '问题',
      items: { type: 'object', properties: { how: { type: 'string', title: '处理方式', enum: ['solved', 'coordinate'] } } },
    },
  },
  allOf: [{ if: { properties: { field3: { const: true } } }, then: { properties: { reason: { type: 'string', title: '急需原因' } } } }],
};

const ladderUi = (locale: 'zh-CN' | 'en' = 'zh-CN') =>
  paramsUiSchema(titledParamsSchema(PROCESS_TYPES.ladder!.paramsSchema, locale), locale) as Record<string, any>;

describe('fields of the form offered to parameters', () => {
  it('offers the gate’s entry rules the fact the server works out (the commitment signed), by its meaning', () => {
    const ui = paramsUiSchema(titledParamsSchema(PROCESS_TYPES.monitoring!.paramsSchema, 'zh-CN'), 'zh-CN') as Record<string, any>;
    expect(ui.entryRules.items.field['ui:options']).toMatchObject({ computedFacts: true });
    const options = fieldOptions(computedFactChoices('zh-CN'), ['boolean'], 'commitmentSigned');
    expect(options).toEqual([{ value: 'commitmentSigned', label: '已签现行健康承诺书（系统判定）', state: 'offered' }]);
  });

  it('lists every field by its title in either language, conditional ones and a list’s own fields too', () => {
    const fields = formFieldChoices(FORM, { '/field3': 'Needed urgently', '/problems/items/how': 'Handled how' }, 'en');
    expect(fields.map(({ key, title, kind }) => [key, title, kind])).toEqual([
      ['summary', '事项摘要', 'text'],
      ['field3', 'Needed urgently', 'boolean'],
      ['workers', '在岗人数', 'number'],
      ['kind', '类别', 'choice'],
      ['visited', '走访日期', 'date'],
      ['problems', '问题', 'list'],
      ['reason', '急需原因', 'text'],
    ]);
    expect(fields.find((field) => field.key === 'problems')!.items).toEqual([{ key: 'how', title: 'Handled how', kind: 'choice' }]);
  });

  it.each([
    ['urgent', 'field', ['boolean']],
    ['liaisonFields', 'mobile', ['text']],
    ['figures', '*', ['number']],
    ['subject', 'nameField', ['text', 'choice']],
    [undefined, 'dateField', ['date']],
  ] as const)('knows %s › %s names a field of kinds %j', (parent, name, kinds) => {
    expect(fieldReferenceKinds(parent, name)).toEqual(kinds);
  });

  it('knows a rung’s key or a template is no field of the form', () => {
    expect(fieldReferenceKinds('stages', 'name')).toBeUndefined();
    expect(fieldReferenceKinds(undefined, 'receiptTemplate')).toBeUndefined();
  });

  it('offers only the yes/no fields for the urgent field, by title, keeping the key', () => {
    const fields = formFieldChoices(FORM, {}, 'zh-CN');
    expect(fieldOptions(fields, ['boolean'], undefined)).toEqual([{ value: 'field3', label: '是否急需', state: 'offered' }]);
  });

  it('keeps a stored key the form lacks, or a field of the wrong kind, first and marked', () => {
    const fields = formFieldChoices(FORM, {}, 'zh-CN');
    expect(fieldOptions(fields, ['boolean'], 'gone')[0]).toEqual({ value: 'gone', label: 'gone', state: 'unknown' });
    expect(fieldOptions(fields, ['boolean'], 'summary')[0]).toEqual({ value: 'summary', label: '事项摘要', state: 'unfit' });
  });
});

describe('rungs offered to a parameter that names one', () => {
  const params = {
    stages: [
      { name: 'cadre', title: { 'zh-CN': '包挂干部办理', en: 'Assigned cadre' } },
      { name: 'hq', title: { 'zh-CN': '指挥部办理', en: 'Headquarters' } },
    ],
  };

  it('lists the ladder’s rungs by title and place, in the reader’s language', () => {
    expect(rungOptions(params, 'en', 'hq')).toEqual([
      { value: 'cadre', label: 'Assigned cadre', position: 1 },
      { value: 'hq', label: 'Headquarters', position: 2 },
    ]);
  });

  it('keeps a key no rung has, first and without a place', () => {
    expect(rungOptions(params, 'zh-CN', 'review')[0]).toEqual({ value: 'review', label: 'review' });
  });
});

describe('widgets of the ladder’s parameters', () => {
  it('picks the urgent field among yes/no fields, the objection’s rung among the rungs, and priorities in words', () => {
    const ui = ladderUi();
    expect(ui.urgent.field).toEqual({ 'ui:widget': 'formField', 'ui:options': { kinds: ['boolean'] } });
    expect(ui.urgent.priority).toEqual({ 'ui:widget': 'priority' });
    expect(ui.stages.items.priority).toEqual({ 'ui:widget': 'priority' });
    expect(ui.publicity.onObjection).toEqual({ 'ui:widget': 'rung' });
  });

  it('draws every optional part as a block added and removed whole, never a required one', () => {
    const ui = ladderUi();
    for (const part of ['publicity', 'effects', 'urgent', 'overdue', 'rework']) expect(ui[part]['ui:field']).toBe('optionalBlock');
    expect(ui.effects.credit['ui:field']).toBe('optionalBlock');
    expect(ui.stages.items.overdue['ui:field']).toBe('optionalBlock');
    expect(ui.stages.items.title['ui:field']).toBeUndefined();
    expect(ui['ui:field']).toBeUndefined();
  });

  it('says which template the code sends when a slot is left unset, and none where nothing is sent', () => {
    const ui = ladderUi();
    expect(ui.receiptTemplate['ui:options']).not.toHaveProperty('whenUnset');
    expect(ui.overdue.template['ui:options'].whenUnset).toBe('case-overdue-alert');
    expect(ui.rework.alertTemplate['ui:options'].whenUnset).toBe('rework-overdue-alert');
    expect(templateWhenUnset(undefined, 'alertTemplate')).toBeUndefined();
    expect(templateWhenUnset(undefined, 'bulletinTemplate')).toBe('collection-bulletin');
  });

  it('picks a collection’s liaison fields and figures, and a monitoring subject’s name field, among the form’s fields', () => {
    const collection = paramsUiSchema(PROCESS_TYPES.collection!.paramsSchema, 'zh-CN') as Record<string, any>;
    expect(collection.liaisonFields.name['ui:widget']).toBe('formField');
    expect(collection.figures.additionalProperties).toEqual({ 'ui:widget': 'formField', 'ui:options': { kinds: ['number'] } });
    const monitoring = paramsUiSchema(PROCESS_TYPES.monitoring!.paramsSchema, 'zh-CN') as Record<string, any>;
    expect(monitoring.subject.nameField['ui:widget']).toBe('formField');
    expect(monitoring.rules.items.field['ui:options'].onReadings).toBe(true);
    const record = paramsUiSchema(PROCESS_TYPES.record!.paramsSchema, 'zh-CN') as Record<string, any>;
    expect(record.problems.kindField['ui:options'].itemsOf).toEqual(['problems', 'field']);
  });
});

describe('what the editor writes back', () => {
  const schema = PROCESS_TYPES.ladder!.paramsSchema;

  it('drops an optional list emptied below its minimum, and the part it leaves empty', () => {
    const params = { stages: [{ name: 'hq', actions: ['resolve'], overdue: { alert: { userIds: [] } } }] };
    expect(pruneEmpty(params, schema)).toEqual({ stages: [{ name: 'hq', actions: ['resolve'] }] });
  });

  it('keeps an emptied list the params require, so the server names it', () => {
    expect(pruneEmpty({ stages: [] }, schema)).toEqual({ stages: [] });
    expect(pruneEmpty({ stages: [{ name: 'hq', actions: [] }] }, schema)).toEqual({ stages: [{ name: 'hq', actions: [] }] });
  });
});

describe('starters', () => {
  it.each(['ladder', 'collection-once', 'collection-daily'])('the %s starter emails the enterprise as the shipped forms do', (name) => {
    expect(STARTERS[name]!.params).toMatchObject({ receiptTemplate: 'submission-received' });
  });

  it('the ladder starter sends the settled and progress emails', () => {
    expect(STARTERS.ladder!.params).toMatchObject({ settledTemplate: 'submission-settled', updateTemplate: 'case-update' });
  });
});
