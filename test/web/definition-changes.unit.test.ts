// The version diff speaks of a form's changes as its admin thinks of them: fields by their titles, process parameters
// by their titles and time limits in words, rules by their sentences; the raw keys (field7) never show when a title exists.
import type { RJSFSchema } from '@rjsf/utils';
import type { FormDefinition } from '#forms/form-definition';
import { beforeAll, describe, expect, it } from 'vitest';
import { readShippedForms } from '#forms/shipped-forms';
import { loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';
import { translate } from '#web/app/src/i18n/translate';
import { definitionChanges, type DiffNames } from '#web/app/src/pages/form-admin/definition-changes';
import { templateNamer } from '#web/app/src/pages/form-admin/params/template-short-name';

const BEFORE = readShippedForms().find((form) => form.key === 'difficulty-report')!;

/** Version 2 of the difficulty report: one edit of each kind the admin makes. */
function secondVersion() {
  const after = structuredClone(BEFORE);
  const schema = after.schema as RJSFSchema & { properties: Record<string, RJSFSchema>; required: string[] };
  schema.properties.field7 = { type: 'integer', title: '返岗人数', minimum: 0 };
  schema.required.push('project');
  (schema.properties.category!.oneOf as RJSFSchema[]).push({ const: 'option9', title: '核酸检测' });
  schema.allOf = [
    { if: { properties: { urgent: { const: true } } }, then: { properties: { field4: { type: 'string', title: '急需说明' } } } },
  ];
  after.i18n.en = { ...after.i18n.en, '/field7': 'Workers back', '/category/oneOf/8': 'Testing', '/field4': 'Why urgent' };
  const params = after.process.params as { stages: { sla: string }[]; receiptTemplate: string; rules: unknown[] };
  params.stages[1]!.sla = '2 working days';
  params.receiptTemplate = 'submission-received-v2';
  params.rules.push({
    label: { 'zh-CN': '资金', en: 'Funds' },
    when: [{ field: 'category', op: 'equals', value: 'funds' }],
    then: { sla: { cadre: '4 hours' } },
  });
  return after;
}

beforeAll(() => loadDictionary('en'));

/** The names the version diff reads from the template list: the shipped ones and one an admin created. */
const namesIn = (locale: 'zh-CN' | 'en'): DiffNames => ({
  template: templateNamer(
    [
      { name: 'submission-received', createdPurpose: null },
      { name: 'submission-received-v2', createdPurpose: 'submission-received' },
    ],
    (key, params) => translate(locale, key, params),
  ),
});

const linesOf = (locale: 'zh-CN' | 'en') =>
  Object.fromEntries(definitionChanges(BEFORE, secondVersion(), locale, namesIn(locale)).map((group) => [group.title, group.lines]));

describe('the changes of a version in words', () => {
  it.each([
    [
      'zh-CN',
      {
        字段: [
          '「问题类别」新增选项「核酸检测」',
          '「涉及项目」改为必填',
          '新增「急需说明」（文本，仅在「影响开复工，需紧急处理」为「是」时显示）',
          '新增「返岗人数」（整数，最小 0）',
        ],
        办理流程: [
          '第 2 级「企业服务专班办理」 › 办理时限 1 个工作日 → 2 个工作日',
          '受理回执邮件模板 受理回执 → 受理回执 · 自建：submission-received-v2',
        ],
        规则: ['新增规则 2：资金 → 包挂干部办理时限 4 小时（条件：问题类别 等于 资金）'],
      },
    ],
    [
      'en',
      {
        Fields: [
          '"Category": added option "Testing"',
          '"Project concerned" is now required',
          'Added "Why urgent" (text, shown only when "Holds up work: urgent" is "yes")',
          'Added "Workers back" (whole number, min 0)',
        ],
        Process: [
          'Rung 2 "Enterprise service class" › Time limit 1 working day → 2 working days',
          'Receipt email template Receipt → Receipt · created: submission-received-v2',
        ],
        Rules: ['Added Rule 2: Funds → Assigned cadre deadline 4 hours (when Category equals Funds)'],
      },
    ],
  ] as const)('groups a field, an option, a condition, a time limit, a template and a rule in %s', (locale, expected) => {
    expect(linesOf(locale)).toEqual(expected);
  });

  it.each(['zh-CN', 'en'] as const)('never shows the key of a titled field or option in %s', (locale) => {
    const text = JSON.stringify(linesOf(locale));
    for (const key of ['field7', 'field4', 'option9', 'allOf', '/then/', 'stages', 'sla ', 'receiptTemplate', '"submission-received"'])
      expect(text).not.toContain(key);
  });

  it('says nothing when nothing an admin edits changed', () => {
    expect(definitionChanges(BEFORE, structuredClone(BEFORE), 'zh-CN')).toEqual([]);
  });
});

/** A small form of two versions: `edit` turns a copy of the first into the second. */
function changesOf(edit: (definition: FormDefinition) => void, locale: 'zh-CN' | 'en' = 'zh-CN'): string[] {
  const before = {
    ...structuredClone(BEFORE),
    schema: {
      type: 'object',
      required: ['count'],
      properties: {
        count: { type: 'integer', title: '返岗人数（人）', minimum: 0 },
        kind: {
          type: 'string',
          title: '类别',
          oneOf: [
            { const: 'a', title: '甲' },
            { const: 'b', title: '乙' },
          ],
        },
        note: { type: 'string', title: '备注', maxLength: 200 },
      },
    } as RJSFSchema,
    uiSchema: {},
    i18n: {},
  };
  const after = structuredClone(before);
  edit(after);
  return definitionChanges(before, after, locale).flatMap((group) => group.lines.map((line) => `${group.title}: ${line}`));
}

const props = (definition: FormDefinition) => definition.schema.properties as Record<string, RJSFSchema & Record<string, unknown>>;

describe('each kind of field change', () => {
  it.each<[string, (d: FormDefinition) => void, string[]]>([
    ['a field removed', (d) => void delete props(d).note, ['字段: 删除「备注」']],
    ['a field renamed', (d) => void (props(d).note!.title = '情况说明'), ['字段: 「备注」改名为「情况说明」']],
    ['a field made optional', (d) => void (d.schema.required = []), ['字段: 「返岗人数」改为选填']],
    ['an option removed', (d) => void (props(d).kind!.oneOf = [{ const: 'a', title: '甲' }]), ['字段: 「类别」删除选项「乙」']],
    [
      'an option renamed',
      (d) => void ((props(d).kind!.oneOf as RJSFSchema[])[1]!.title = '丙'),
      ['字段: 「类别」的选项「乙」改名为「丙」'],
    ],
    ['a range changed', (d) => void (props(d).count!.maximum = 500), ['字段: 「返岗人数」范围：最小 0 → 最小 0，最大 500']],
    ['a unit changed', (d) => void (props(d).count!.title = '返岗人数（名）'), ['字段: 「返岗人数」单位：人 → 名']],
    ['a field moved', (d) => void (d.uiSchema = { 'ui:order': ['note', 'count', 'kind'] }), ['字段: 「备注」调整了位置']],
    [
      'another setting, by the field title and its name',
      (d) => void (props(d).note!.pattern = '\\S'),
      ['字段: 「备注」 › 格式要求：（空） → 「\\S」'],
    ],
    [
      'the personal-data mark, by the kind the builder names',
      (d) => void (props(d).note!['x-personal'] = 'free-text'),
      ['字段: 「备注」 › 个人信息标记：不是个人信息 → 可能含个人信息的文字'],
    ],
    [
      'a display setting, by its name and the input the builder calls it',
      (d) => void (d.uiSchema = { note: { 'ui:widget': 'textarea', 'ui:placeholder': '请简要说明' } }),
      ['其他: 「备注」的显示方式 › 输入方式：默认 → 多行文字', '其他: 「备注」的显示方式 › 输入框提示：（空） → 「请简要说明」'],
    ],
    [
      "a field's English help, by the field title and 填写说明",
      (d) => void (d.i18n = { en: { '/note/description': 'Briefly' } }),
      ['其他: 英文文字 「备注」 › 填写说明：（空） → 「Briefly」'],
    ],
    ["the form's own texts", (d) => void (d.schema.description = '请如实填写'), ['其他: 表单整体 › 填写说明：（空） → 「请如实填写」']],
    [
      'the form title',
      (d) => void (d.title = { 'zh-CN': '返岗统计', en: 'Return count' }),
      [`其他: 表单名称：「${BEFORE.title['zh-CN']}」 → 「返岗统计」`],
    ],
  ])('words %s', (_what, edit, expected) => {
    expect(changesOf(edit)).toEqual(expected);
  });

  // A text whose reader's side is unchanged used to read 「企业服务专班办理」 → 「企业服务专班办理」: no change at all.
  it('words a text whose other language alone changed by that language, marked as such', () => {
    const retitled = (d: FormDefinition) => void (d.title = { ...d.title, en: 'Hardship report' });
    expect(changesOf(retitled)).toEqual([`其他: 表单名称：英文：「${BEFORE.title.en}」 → 「Hardship report」`]);
    expect(changesOf(retitled, 'en')).toEqual([`Other: Form title: "${BEFORE.title.en}" → "Hardship report"`]);
    const renamedStage = (d: FormDefinition) => {
      const stage = (d.process.params as { stages: { title: { 'zh-CN': string; en: string } }[] }).stages[1]!;
      stage.title = { ...stage.title, en: 'Service class' };
    };
    const [line] = changesOf(renamedStage);
    expect(line).toMatch(/^办理流程: .*英文：「[^」]+」 → 「Service class」$/);
    expect(line).not.toMatch(/「([^」]+)」 → 「\1」/);
  });

  it("words a display setting in English by the field's English title", () => {
    const edit = (d: FormDefinition) => {
      d.i18n = { en: { '/note': 'Note' } };
      d.uiSchema = { note: { 'ui:widget': 'textarea' } };
    };
    expect(changesOf(edit, 'en')).toContain('Other: How "Note" is shown › input: default → long text');
  });

  it("words a decision form's fields by their titles and each decision's required fields by their names", () => {
    const edit = (d: FormDefinition) => {
      const completion = (d.process.params as { completion: { schema: RJSFSchema; requiredByAction: Record<string, string[]> } })
        .completion;
      (completion.schema.properties!.resolution as RJSFSchema).maxLength = 99;
      completion.schema.properties!.extra = { type: 'string', title: '附加说明' };
      completion.requiredByAction = { ...completion.requiredByAction, resolve: ['resolution', 'extra'] };
    };
    const lines = changesOf(edit);
    expect(lines).toEqual([
      '办理流程: 办理表单 › 「办理结果」范围：最多 2000 个字 → 最多 99 个字',
      '办理流程: 新增办理表单 › 「附加说明」（文本）',
      '办理流程: 办理表单 › 决定「已解决」时必填：「办理结果」、「办结方式」 → 「办理结果」、「附加说明」',
    ]);
    // A field added without an English title reads by its Chinese one, as the page shows it.
    expect(changesOf(edit, 'en')).toContain(
      'Process: Decision form › required to decide "Resolve": "Resolution", "How it was solved" → "Resolution", "附加说明"',
    );
  });

  it('words a rule changed and a rule removed by their sentences', () => {
    const changed = structuredClone(BEFORE);
    (changed.process.params as { rules: { then: object }[] }).rules[0]!.then = { priority: 3 };
    expect(definitionChanges(BEFORE, changed, 'en').flatMap((group) => group.lines)).toEqual([
      'Changed Rule 1: Urgent → marked urgent (when Holds up work: urgent equals Yes); now: Rule 1: Urgent → marked critical (when Holds up work: urgent equals Yes)',
    ]);
    const removed = structuredClone(BEFORE);
    (removed.process.params as { rules: unknown[] }).rules = [];
    expect(definitionChanges(BEFORE, removed, 'zh-CN').flatMap((group) => group.lines)).toEqual([
      '删除规则 1：紧急 → 定为紧急（条件：影响开复工，需紧急处理 等于 是）',
    ]);
  });
});

/** The small form with a yes/no 「是否紧急」 and a text 「急需原因」 always shown. */
function urgentForm(): FormDefinition {
  return {
    ...structuredClone(BEFORE),
    schema: {
      type: 'object',
      properties: {
        urgent: { type: 'boolean', title: '是否紧急' },
        level: {
          type: 'string',
          title: '紧急程度',
          oneOf: [
            { const: 'high', title: '高' },
            { const: 'low', title: '低' },
          ],
        },
        reason: { type: 'string', title: '急需原因' },
      },
    } as RJSFSchema,
    uiSchema: {},
    i18n: { en: { '/urgent': 'Urgent', '/level': 'Urgency', '/level/oneOf/0': 'High', '/level/oneOf/1': 'Low', '/reason': 'Why urgent' } },
  };
}

describe('a field required only under a condition', () => {
  const changed = (edit: (schema: RJSFSchema) => void, locale: 'zh-CN' | 'en') => {
    const before = urgentForm();
    const after = structuredClone(before);
    edit(after.schema);
    return definitionChanges(before, after, locale).flatMap((group) => group.lines.map((line) => `${group.title}: ${line}`));
  };

  it.each<[string, (schema: RJSFSchema) => void, string, string]>([
    [
      'an if/then requiring it',
      (schema) =>
        void (schema.allOf = [{ if: { properties: { urgent: { const: true } }, required: ['urgent'] }, then: { required: ['reason'] } }]),
      '字段: 「急需原因」改为在「是否紧急」为「是」时必填',
      'Fields: "Why urgent" is now required when "Urgent" is "yes"',
    ],
    [
      'the schema’s own if/then on a choice',
      (schema) => {
        schema.if = { properties: { level: { const: 'high' } } };
        schema.then = { required: ['reason'] };
      },
      '字段: 「急需原因」改为在「紧急程度」为「高」时必填',
      'Fields: "Why urgent" is now required when "Urgency" is "High"',
    ],
    [
      'a property dependency',
      (schema) => void (schema.dependencies = { urgent: ['reason'] }),
      '字段: 「急需原因」改为在「是否紧急」已填写时必填',
      'Fields: "Why urgent" is now required when "Urgent" has a value',
    ],
    [
      'a dependency on a value',
      (schema) =>
        void (schema.dependencies = {
          level: {
            oneOf: [{ properties: { level: { const: 'high' } }, required: ['reason'] }, { properties: { level: { const: 'low' } } }],
          },
        }),
      '字段: 「急需原因」改为在「紧急程度」为「高」时必填',
      'Fields: "Why urgent" is now required when "Urgency" is "High"',
    ],
  ])('words %s', (_what, edit, zh, en) => {
    expect(changed(edit, 'zh-CN')).toEqual([zh]);
    expect(changed(edit, 'en')).toEqual([en]);
  });

  it('words a field added with its condition, and the condition dropped again', () => {
    const before = urgentForm();
    delete (before.schema.properties as Record<string, unknown>).reason;
    const after = urgentForm();
    after.schema.dependencies = { urgent: ['reason'] };
    expect(definitionChanges(before, after, 'zh-CN').flatMap((group) => group.lines)).toEqual([
      '新增「急需原因」（文本，在「是否紧急」已填写时必填）',
    ]);
    expect(definitionChanges(after, urgentForm(), 'zh-CN').flatMap((group) => group.lines)).toEqual(['「急需原因」改为选填']);
  });
});

describe('names instead of keys in the process group', () => {
  it.each([
    ['zh-CN', '流程类型：逐级办理 → 限时报送'],
    ['en', 'Process type: Escalation ladder → Timed collection'],
  ] as const)('names the process types in %s', (locale, expected) => {
    const after = structuredClone(BEFORE);
    after.process = { ...after.process, processType: 'collection' };
    expect(definitionChanges(BEFORE, after, locale)[0]!.lines[0]).toBe(expected);
  });
});
