import { describe, expect, it } from 'vitest';
import { checkDefinition } from '#forms/check-definition';
import { readShippedForms } from '#forms/shipped-forms';
import { formValidator } from '#forms/form-validator';
import { withParams } from '#forms/param-text';
import type { FormDefinition } from '#forms/form-definition';

function textsAsRead(form: FormDefinition) {
  const params = form.process.params as Record<string, unknown>;
  return { description: withParams(form.description, params), guidance: withParams(form.guidance!, params) };
}

// Its texts as read (the parameters they name filled in), so a variant with other params is checked on its own.
const liaison = readShippedForms().find((form) => form.key === 'liaison-designation')!;
const base = { ...liaison, ...textsAsRead(liaison) };
const variant = (change: (copy: Record<string, any>) => void) => {
  const copy = structuredClone(base) as unknown as Record<string, any>;
  change(copy);
  return copy;
};

describe('form definition checks', () => {
  it('accepts every kind of personal data mark, also in nested fields, and compiles it with the shared AJV', () => {
    const marked = variant((d) => {
      d.schema.properties.note['x-personal'] = 'free-text';
      d.schema.properties.people = {
        type: 'array',
        items: {
          type: 'object',
          properties: { id: { type: 'string', 'x-personal': 'id-number' }, t: { type: 'number', 'x-personal': 'health' } },
        },
      };
    });
    expect(checkDefinition(marked)).toEqual([]);
  });

  it('refuses an unknown kind even where the definition check is skipped: the shared AJV does not compile it', () => {
    const schema = { type: 'object', properties: { mobile: { type: 'string', 'x-personal': 'phone' } } };
    expect(() => formValidator().ajv.compile(schema)).toThrow(/x-personal/);
  });

  it('accepts every shipped definition', () => {
    for (const form of readShippedForms()) expect(checkDefinition(form), form.key).toEqual([]);
  });

  it.each([
    [
      'a schema that does not compile',
      (d: Record<string, any>) => (d.schema.properties.mobile.type = 'strin'),
      '/schema/properties/mobile/type',
      /"type" of field "Mobile number" is not one of the types/,
    ],
    [
      'a schema with a broken pattern',
      (d: Record<string, any>) => (d.schema.properties.mobile.pattern = '(['),
      '/schema/properties/mobile/pattern',
      /not a valid regular expression/,
    ],
    [
      'a uiSchema naming a missing field',
      (d: Record<string, any>) => (d.uiSchema.phone = { 'ui:widget': 'text' }),
      '/uiSchema/phone',
      /not a field/,
    ],
    [
      'an unknown kind of personal data',
      (d: Record<string, any>) => (d.schema.properties.mobile['x-personal'] = 'phone'),
      '/schema/properties/mobile/x-personal',
      /"phone" is not a kind of personal data; use one of id-number, mobile, health, free-text/,
    ],
    [
      'a personal mark that is not a string',
      (d: Record<string, any>) => (d.schema.properties.note['x-personal'] = true),
      '/schema/properties/note/x-personal',
      /not a kind of personal data/,
    ],
    ['a ui:order naming a missing field', (d: Record<string, any>) => d.uiSchema['ui:order'].push('fax'), '/uiSchema/ui:order', /"fax"/],
    [
      'params that do not fit the process type',
      (d: Record<string, any>) => (d.process.params.deadline = '5pm'),
      '/process/params/deadline',
      /pattern/,
    ],
    [
      'an unknown process type',
      (d: Record<string, any>) => (d.process.processType = 'lottery'),
      '/process/processType',
      /unknown process type/,
    ],
    ['a missing English title', (d: Record<string, any>) => delete d.title.en, '/title/en', /required/],
    ['an unknown audience role', (d: Record<string, any>) => (d.audience = ['mayor']), '/audience/0', /allowed values/],
  ])('refuses %s, naming the path', (_what, change, path, message) => {
    const problems = checkDefinition(variant(change));
    expect(problems.map((p) => p.path)).toContain(path);
    expect(problems.find((p) => p.path === path)!.message).toMatch(message);
  });

  it.each([
    [
      'a ladder rung with an SLA that is no duration, end-of-day or working days',
      'ladder',
      {
        stages: [
          {
            name: 'cadre',
            title: { 'zh-CN': '干部', en: 'Cadre' },
            actor: 'cadre-of-enterprise',
            sla: 'tomorrow-ish',
            actions: ['resolve'],
            onBreach: 'expire',
          },
        ],
      },
      '/process/params/stages/0/sla',
    ],
    ['a collection without a deadline', 'collection', { target: { kind: 'all' }, recurrence: 'daily' }, '/process/params/deadline'],
    [
      'a collection that escalates to nobody known',
      'collection',
      { target: { kind: 'all' }, recurrence: 'daily', deadline: '17:00', escalation: [{ after: '09:00', to: 'mayor' }] },
      '/process/params/escalation/0/to',
    ],
    [
      'a monitoring plan with check-ins at 25:00',
      'monitoring',
      { days: 14, checkInTimes: ['08:00', '25:00'], rules: [] },
      '/process/params/checkInTimes/1',
    ],
    [
      'a monitoring rule with an unknown operator',
      'monitoring',
      { days: 14, checkInTimes: ['08:00'], rules: [{ field: 'temperature', op: '~', value: 37.3, then: 'alert' }] },
      '/process/params/rules/0/op',
    ],
  ])('checks the params of each process type: refuses %s', (_what, processType, params, path) => {
    const problems = checkDefinition(variant((d) => (d.process = { processType, params })));
    expect(problems.map((p) => p.path)).toContain(path);
  });

  it('accepts valid collection params, which the collection workflows run', () => {
    const params = {
      target: { kind: 'focus' },
      recurrence: 'daily',
      deadline: '17:00',
      reminders: ['2 hours', '15:00'],
      escalation: [
        { after: '0 minutes', to: 'cadre' },
        { after: '09:00', to: 'working-group', workingGroupKey: 'coordination' },
      ],
      bulletin: { after: '30 minutes', to: ['admin', 'hq'] },
    };
    expect(checkDefinition(variant((d) => (d.process = { processType: 'collection', params })))).toEqual([]);
  });

  it('accepts valid monitoring params, which the monitoring workflow runs', () => {
    const params = {
      days: 14,
      checkInTimes: ['08:00', '16:00'],
      missedAfter: '2 hours',
      rules: [{ field: 'temperature', op: '>=', value: 37.3, then: 'refer-hq' }],
      entryRules: [{ field: 'certificate', op: '==', value: 'none', then: 'turn-back' }],
      commitment: { 'zh-CN': '本人承诺如实申报健康状况。', en: 'I declare my health truthfully.' },
    };
    expect(checkDefinition(variant((d) => (d.process = { processType: 'monitoring', params })))).toEqual([]);
  });

  it('refuses check-in rules that turn a worker back, and a gate without entry rules', () => {
    const params = {
      days: 14,
      checkInTimes: ['08:00'],
      rules: [{ field: 'temperature', op: '>=', value: 37.3, then: 'turn-back' }],
      entryRules: [],
      commitment: { 'zh-CN': '承诺', en: 'Commitment' },
    };
    const paths = checkDefinition(variant((d) => (d.process = { processType: 'monitoring', params }))).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['/process/params/rules/0/then', '/process/params/entryRules']));
  });

  it('refuses a publicity window that sends objections to a rung the ladder does not have', () => {
    const commendation = structuredClone(readShippedForms().find((form) => form.key === 'commendation')!) as unknown as Record<string, any>;
    commendation.process.params.publicity.onObjection = 'nobody';
    expect(checkDefinition(commendation)).toEqual([
      { path: '/process/params/publicity/onObjection', message: expect.stringMatching(/not a rung/) },
    ]);
  });
});
