// The gate check's params name which group robots hear a quarantine and whether the worker gets texts
// (params.quarantineAlerts); absent, the shipped definition keeps working with the defaults. A robot key is checked
// against the registry at publish, at its pointer, like a bulletin's robots.
import { describe, expect, it } from 'vitest';
import { createTemplateRenderer } from '#core/mail/template-renderer';
import { DIFFICULTY_CATEGORIES, WORKING_GROUPS } from '#core/org/org-types';
import { checkDefinition } from '#forms/check-definition';
import { readShippedForms } from '#forms/shipped-forms';
import { titledParamsSchema } from '#forms/process-type-texts';
import { PROCESS_TYPES } from '#forms/process-types';
import { checkReferences } from '#forms/references/reference-check';
import { REFERENCE_CHECKERS } from '#forms/references/reference-checkers';

const gate = () => structuredClone(readShippedForms().find((form) => form.key === 'gate-check')!);
const paramsOf = (form: ReturnType<typeof gate>) => form.process.params as Record<string, unknown>;
const CONTEXT = {
  templateNames: new Set(createTemplateRenderer('Asia/Shanghai').names()),
  workingGroupKeys: new Set(WORKING_GROUPS.map((group) => group.key)),
  categoryKeys: new Set(DIFFICULTY_CATEGORIES.map((category) => category.key)),
  activeUserIds: new Set([1]),
  robotKeys: new Set(['hq-class']),
  enterpriseIds: new Set<number>(),
};

describe('quarantine alerts in the gate check’s params', () => {
  it('leaves the shipped gate check without them (the defaults apply) and accepts robots and the texts switch', () => {
    expect(paramsOf(gate()).quarantineAlerts).toBeUndefined();
    const form = gate();
    paramsOf(form).quarantineAlerts = { started: { robots: ['hq-class'] }, missed: { robots: [] }, workerSms: false };
    expect(checkDefinition(form)).toEqual([]);
  });

  it.each([
    ['an unknown moment', { released: { robots: ['hq-class'] } }],
    ['a robot key with capitals', { started: { robots: ['HQ'] } }],
    ['texts as a word', { workerSms: 'yes' }],
    ['a moment without its robots', { missed: {} }],
  ])('refuses %s', (_name, alerts) => {
    const form = gate();
    paramsOf(form).quarantineAlerts = alerts;
    expect(checkDefinition(form).some((problem) => problem.path.startsWith('/process/params/quarantineAlerts'))).toBe(true);
  });

  it('refuses at publish a robot that is not registered, at its pointer', () => {
    const form = gate();
    paramsOf(form).quarantineAlerts = { started: { robots: ['hq-class'] }, missed: { robots: ['cadre-team'] } };
    expect(checkReferences(form, CONTEXT, REFERENCE_CHECKERS).map((problem) => problem.path)).toEqual([
      '/process/params/quarantineAlerts/missed/robots/0',
    ]);
  });

  it('names each new field in both languages in the params editor', () => {
    const schema = titledParamsSchema(PROCESS_TYPES.monitoring!.paramsSchema, 'zh-CN');
    const alerts = (schema.properties as Record<string, any>).quarantineAlerts;
    expect(alerts.title).toBe('隔离提醒（短信与群机器人）');
    expect(alerts.properties.started.title).toBe('隔离开始、测温发热或门岗发热劝返时');
    expect(alerts.properties.missed.properties.robots.title).toBe('群机器人');
    expect(alerts.properties.workerSms.title).toBe('给隔离人员发短信');
    const en = titledParamsSchema(PROCESS_TYPES.monitoring!.paramsSchema, 'en');
    expect((en.properties as Record<string, any>).quarantineAlerts.properties.workerSms.title).toBe('Text the worker');
  });
});
