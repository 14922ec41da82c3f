// The one value presenter: every submitted or decided value reaches a reader through its form definition, in zh-CN
// and en, with choices, dates, numbers, yes/no, files, signatures, nested fields and masks, and never a raw key.
import { describe, expect, it } from 'vitest';
import type { RJSFSchema } from '@rjsf/utils';
import { readFileSync } from 'node:fs';
import { localizeSchema, type FormDefinition } from '#forms/form-definition';
import { presentRecord, presentValue, shownText } from '#forms/present/present-value';

const definition = (key: string) =>
  JSON.parse(readFileSync(new URL(`../../forms/definitions/${key}.json`, import.meta.url), 'utf8')) as FormDefinition;
const difficulty = definition('difficulty-report');
const gate = definition('gate-check');
const readiness = definition('resumption-readiness');

const SCHEMA: RJSFSchema = {
  type: 'object',
  properties: {
    day: { type: 'string', format: 'date', title: '报告日期' },
    at: { type: 'string', format: 'date-time', title: '提交时间' },
    workers: { type: 'integer', title: '在岗人数' },
    resumed: { type: 'boolean', title: '是否复工' },
    sites: {
      type: 'array',
      title: '项目',
      items: {
        type: 'object',
        properties: {
          name: { type: 'string', title: '项目名称' },
          kinds: { type: 'array', title: '类型', items: { type: 'string', enum: ['a', 'b'], enumNames: ['房建', '市政'] } as RJSFSchema },
        },
      },
    },
    evidence: { type: 'string', format: 'upload-ref', title: '佐证材料' },
  },
};

describe('presenting a value through its form definition', () => {
  it('titles fields and choices in Chinese, formats dates, numbers and booleans', () => {
    const lines = shownText(
      presentRecord(SCHEMA, { day: '2026-12-04', at: '2026-12-04T08:20:00.000Z', workers: 12987, resumed: true }, { locale: 'zh-CN' }),
    );
    expect(lines).toEqual(['报告日期: 2026年12月4日', '提交时间: 2026年12月4日 16:20', '在岗人数: 12,987', '是否复工: 是']);
  });

  it('writes the same record in English, with the definition’s English titles', () => {
    const schema = localizeSchema(difficulty.schema, difficulty.i18n?.en);
    const lines = shownText(presentRecord(schema, { category: 'materials', summary: '钢筋供应中断', urgent: false }, { locale: 'en' }));
    expect(lines).toEqual([
      'Category: Production and living materials',
      'What is the difficulty: 钢筋供应中断',
      'Holds up work: urgent: No',
    ]);
    expect(shownText(presentRecord(SCHEMA, { day: '2026-12-04', resumed: false }, { locale: 'en' }))).toEqual([
      '报告日期: 4 Dec 2026',
      '是否复工: No',
    ]);
  });

  it('lays out nested arrays of objects as numbered items, lists of choices as one line', () => {
    const fields = presentRecord(
      SCHEMA,
      {
        sites: [
          { name: '一号楼', kinds: ['a', 'b'] },
          { name: '二号楼', kinds: [] },
        ],
      },
      { locale: 'zh-CN' },
    );
    expect(shownText(fields)).toEqual([
      '项目:',
      '  第 1 项:',
      '    项目名称: 一号楼',
      '    类型: 房建、市政',
      '  第 2 项:',
      '    项目名称: 二号楼',
      '    类型: 未填写',
    ]);
    expect(shownText(fields).join('\n')).not.toMatch(/[{}[\]]/);
  });

  it('names uploaded files and links them; a signature is an image', () => {
    const ref = 'upload:0b6f7e0e-4b7a-4c1e-9a57-3d2f1f0a9c11';
    const file = presentValue(
      SCHEMA.properties!.evidence as RJSFSchema,
      ref,
      { locale: 'zh-CN', files: { [ref]: { fileName: '消毒记录.pdf' } } },
      'evidence',
    );
    expect(file).toEqual({ kind: 'file', text: '消毒记录.pdf', href: '/api/uploads/0b6f7e0e-4b7a-4c1e-9a57-3d2f1f0a9c11' });
    const unnamed = presentValue(SCHEMA.properties!.evidence as RJSFSchema, ref, { locale: 'en' }, 'evidence');
    expect(unnamed).toMatchObject({ kind: 'file', text: 'Attachment' });
    const signature = presentValue((gate.schema.properties as Record<string, RJSFSchema>).signature, ref, { locale: 'zh-CN' }, 'signature');
    expect(signature).toEqual({ kind: 'signature', text: '签名', src: '/api/uploads/0b6f7e0e-4b7a-4c1e-9a57-3d2f1f0a9c11' });
  });

  it('masks personal fields the reader may not see, and shows values the server masked as masked', () => {
    const data = { summary: '张三发烧在家', contactMobile: '13912345678', category: 'funds' };
    const masked = presentRecord(difficulty.schema, data, { locale: 'zh-CN', full: (kind) => kind !== 'mobile' && kind !== 'free-text' });
    expect(masked.find((f) => f.key === 'contactMobile')!.value).toEqual({ kind: 'masked', text: '139****5678' });
    expect(masked.find((f) => f.key === 'summary')!.value).toEqual({ kind: 'masked', text: '（内容可能含个人信息，已隐藏）' });
    expect(masked.find((f) => f.key === 'category')!.value).toEqual({ kind: 'text', text: '资金' });
    // Masked by the server already: the health mask in a number field reads as masked, not as a broken number.
    const temperature = presentValue((gate.schema.properties as Record<string, RJSFSchema>).temperature, '（健康信息已隐藏）', {
      locale: 'zh-CN',
    });
    expect(temperature).toEqual({ kind: 'masked', text: '（健康信息已隐藏）' });
  });

  it('never shows a key raw: untitled keys take the glossary, the page dictionary, else a neutral word', () => {
    const fields = presentRecord(
      {},
      { note: '请补充', receivedAt: '2026-12-04T01:00:00Z', zzInternal: 1, known: 'x' },
      {
        locale: 'en',
        label: (key) => (key === 'known' ? 'Known from the dictionary' : undefined),
      },
    );
    expect(fields.map((f) => f.label)).toEqual(['Note', 'Received', 'Other detail', 'Known from the dictionary']);
    expect(fields.map((f) => f.label).join(' ')).not.toMatch(/zzInternal|receivedAt/);
  });

  it('titles a decided value by its name, without the hint written for the person filling the form', () => {
    const completion = (difficulty.process.params as { completion: { schema: RJSFSchema } }).completion.schema;
    expect(shownText(presentRecord(completion, { note: '需专班协调', outcome: 'coordinated' }, { locale: 'zh-CN' }))).toEqual([
      '办结方式: 协调解决',
      '说明: 需专班协调',
    ]);
  });

  it('masks a personal field inside every item of a list', () => {
    const schema: RJSFSchema = {
      type: 'array',
      items: { type: 'object', properties: { mobile: { type: 'string', title: '手机号', 'x-personal': 'mobile' } as RJSFSchema } },
    };
    const shown = presentValue(schema, [{ mobile: '13912345678' }, { mobile: '13800001111' }], { locale: 'zh-CN', full: () => false });
    expect(shown).toEqual({
      kind: 'items',
      items: [
        {
          key: '0',
          label: '第 1 项',
          value: { kind: 'fields', fields: [{ key: 'mobile', label: '手机号', value: { kind: 'masked', text: '139****5678' } }] },
        },
        {
          key: '1',
          label: '第 2 项',
          value: { kind: 'fields', fields: [{ key: 'mobile', label: '手机号', value: { kind: 'masked', text: '138****1111' } }] },
        },
      ],
    });
  });

  it('reads the readiness checklist’s nested groups with their titles', () => {
    const schema = readiness.schema as RJSFSchema;
    const first = Object.keys(schema.properties ?? {})[0]!;
    const lines = shownText(presentRecord(schema, { [first]: {} }, { locale: 'zh-CN' }));
    expect(lines[0]).toMatch(/[\u4e00-\u9fff]/);
    expect(lines[0]).not.toContain(first);
    expect(lines[0]).toMatch(/: 未填写$/);
  });

  it('lists a conditional field where the form shows it, before the repeating group that follows it', () => {
    const schema: RJSFSchema = {
      type: 'object',
      properties: {
        name: { type: 'string', title: '姓名' },
        travelled: {
          type: 'string',
          title: '是否外地返回',
          oneOf: [
            { const: 'yes', title: '是' },
            { const: 'no', title: '否' },
          ],
        },
        companions: {
          type: 'array',
          title: '同行人员',
          items: { type: 'object', properties: { who: { type: 'string', title: '姓名' }, phone: { type: 'string', title: '电话' } } },
        },
      },
      allOf: [
        {
          if: { properties: { travelled: { const: 'yes' } }, required: ['travelled'] },
          then: { properties: { city: { type: 'string', title: '来自哪个城市' } } },
        },
      ],
    };
    const uiSchema = { 'ui:order': ['name', 'travelled', 'city', 'companions'], companions: { items: { 'ui:order': ['phone', 'who'] } } };
    const data = { name: '李四', travelled: 'yes', companions: [{ who: '王五', phone: '13800000000' }], city: '武汉' };
    expect(shownText(presentRecord(schema, data, { locale: 'zh-CN', uiSchema }))).toEqual([
      '姓名: 李四',
      '是否外地返回: 是',
      '来自哪个城市: 武汉',
      '同行人员:',
      '  第 1 项:',
      '    电话: 13800000000',
      '    姓名: 王五',
    ]);
  });
});
