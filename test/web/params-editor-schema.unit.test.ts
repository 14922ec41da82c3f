// The generated parameter editor's pieces: every offered time value is in the one duration grammar and reads in words
// in both languages; every parameter of every process type has a title in both; widgets follow the schema; what the
// editor writes back drops what nobody filled.
import { describe, expect, it } from 'vitest';
import { DURATION_PATTERN, OFFSET_PATTERN, SLA_PATTERN } from '#core/domain/duration';
import { PROCESS_TYPES } from '#forms/process-types';
import { CHOICE_TEXTS, titledParamsSchema } from '#forms/process-type-texts';
import { TIME_CHOICES, timeWords } from '#web/app/src/pages/form-admin/params/duration-words';
import { paramsUiSchema } from '#web/app/src/pages/form-admin/params/params-ui-schema';
import { pruneEmpty } from '#web/app/src/pages/form-admin/params/prune-empty';

const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function untitled(node: unknown, path: string, found: string[]): string[] {
  if (!node || typeof node !== 'object') return found;
  const schema = node as Record<string, any>;
  for (const [key, child] of Object.entries((schema.properties ?? {}) as Record<string, any>)) {
    if (!child.title) found.push(`${path}/${key}`);
    // The decision form is edited as one JSON block, so its inner parts are never fields of their own.
    if (key !== 'completion') untitled(child, `${path}/${key}`, found);
  }
  if (schema.items) untitled(schema.items, `${path}/items`, found);
  return found;
}

// Parts the generated form does not draw as choices: a rung's actor has its own field, a decision table's conditions
// have the rules table, and figure names are keys of an object.
const OWN_EDITOR = new Set(['actor', 'when', 'propertyNames']);

/** Every string an `enum` of the schema offers as a choice in the generated form (items, alternatives, branches). */
function enumValues(node: unknown, found: Set<string>): Set<string> {
  if (!node || typeof node !== 'object') return found;
  if (Array.isArray(node)) {
    for (const item of node) enumValues(item, found);
    return found;
  }
  const schema = node as Record<string, unknown>;
  if (Array.isArray(schema.enum)) for (const value of schema.enum) if (typeof value === 'string') found.add(value);
  for (const [key, child] of Object.entries(schema)) {
    if (key === 'enum' || key === 'const') continue;
    if (key === 'properties' && child && typeof child === 'object') {
      for (const [name, property] of Object.entries(child)) if (!OWN_EDITOR.has(name)) enumValues(property, found);
    } else if (!OWN_EDITOR.has(key)) enumValues(child, found);
  }
  return found;
}

describe('parameter editor', () => {
  it.each([
    ['sla', SLA_PATTERN],
    ['duration', DURATION_PATTERN],
    ['offset', OFFSET_PATTERN],
  ] as const)('offers %s choices that the runtime grammar accepts', (kind, pattern) => {
    for (const choice of TIME_CHOICES[kind]) expect(choice).toMatch(new RegExp(pattern));
  });

  it('offers reminder and escalation times that are local times or offsets', () => {
    for (const choice of TIME_CHOICES.when) expect(LOCAL_TIME.test(choice) || new RegExp(OFFSET_PATTERN).test(choice)).toBe(true);
  });

  it('words the three kinds of time limit in Chinese and English', () => {
    expect(['4 hours', 'end-of-day', '2 working days'].map((v) => timeWords(v, 'zh-CN'))).toEqual([
      '4 小时',
      '当天结束前（当地 24:00）',
      '2 个工作日',
    ]);
    expect(['4 hours', 'end-of-day', '1 working day'].map((v) => timeWords(v, 'en'))).toEqual([
      '4 hours',
      'end of day (local 24:00)',
      '1 working day',
    ]);
  });

  it.each(Object.keys(PROCESS_TYPES))('titles every parameter of the %s type in both languages', (name) => {
    for (const locale of ['zh-CN', 'en'] as const) {
      expect(untitled(titledParamsSchema(PROCESS_TYPES[name]!.paramsSchema, locale), '', [])).toEqual([]);
    }
    expect(titledParamsSchema(PROCESS_TYPES.ladder!.paramsSchema, 'zh-CN').properties!.stages).toMatchObject({ title: '办理层级' });
  });

  it.each(Object.keys(PROCESS_TYPES))('words every choice of the %s type in both languages, never its stored value', (name) => {
    const values = enumValues(PROCESS_TYPES[name]!.paramsSchema, new Set());
    expect([...values].filter((value) => !CHOICE_TEXTS[value]?.['zh-CN'] || !CHOICE_TEXTS[value]?.en)).toEqual([]);
  });

  it('gives a rung its actor field, its time limit as choices, its actions as checkboxes, and templates a picker', () => {
    const ui = paramsUiSchema(titledParamsSchema(PROCESS_TYPES.ladder!.paramsSchema, 'zh-CN'), 'zh-CN') as Record<string, any>;
    expect(ui.stages.items.actor).toMatchObject({ 'ui:field': 'actor' });
    expect(ui.stages.items.sla).toEqual({ 'ui:widget': 'sla' });
    expect(ui.stages.items.actions['ui:widget']).toBe('checkboxes');
    expect(ui.stages.items.onBreach['ui:enumNames']).toMatchObject({ escalate: '上报', 'stay-open': '保持办理并提醒' });
    expect(ui.receiptTemplate).toEqual({ 'ui:widget': 'template', 'ui:options': { purposes: ['submission-received'] } });
    expect(ui.stages.items.overdue.template['ui:options'].purposes).toEqual(['case-overdue-alert']);
    // An overdue alert's unit is picked from the working groups and inspection bodies, as the rung's actor is.
    expect(ui.stages.items.overdue.alert.workingGroupKey).toEqual({ 'ui:widget': 'orgUnit' });
    expect(ui.overdue.alert.workingGroupKey).toEqual({ 'ui:widget': 'orgUnit' });
    expect(ui.confirmWithin).toEqual({ 'ui:widget': 'duration' });
    const collection = paramsUiSchema(PROCESS_TYPES.collection!.paramsSchema, 'en') as Record<string, any>;
    expect(collection.reminders.items).toMatchObject({ 'ui:field': 'whenText' });
    expect(collection.escalation.items.after).toMatchObject({ 'ui:field': 'whenText' });
    expect(collection.escalation.items.workingGroupKey).toHaveProperty('ui:enumNames');
  });

  it('writes back without undefined values, objects left empty or placeholder list items, but keeps an emptied list', () => {
    expect(
      pruneEmpty({
        stages: [{ sla: '4 hours', priority: undefined }],
        publicity: {},
        overdue: { alert: { userIds: [null] } },
        reminders: [],
      }),
    ).toEqual({
      stages: [{ sla: '4 hours' }],
      reminders: [],
    });
  });
});
