// Each action of a task has its own small form: the fields it needs marked required, titled with the words of its
// button, in the reader's language.
import { describe, expect, it } from 'vitest';
import type { RJSFSchema } from '@rjsf/utils';
import { readFileSync } from 'node:fs';
import { TASK_ACTIONS } from '#core/domain/human-task';
import type { FormDefinition } from '#forms/form-definition';
import { validateFormData } from '#forms/form-validator';
import { ACTION_WORDS, actionForm, type RequiredByAction } from '#forms/present/decision-form';
import { inboxEn, inboxZhCn } from '#web/app/src/i18n/messages/inbox-messages';

const definition = (key: string) =>
  JSON.parse(readFileSync(new URL(`../../forms/definitions/${key}.json`, import.meta.url), 'utf8')) as FormDefinition;
const completion = (key: string) =>
  (definition(key).process.params as { completion: { schema: RJSFSchema; requiredByAction: RequiredByAction } }).completion;

describe('a decision form per action', () => {
  const { schema, requiredByAction } = completion('difficulty-report');

  it('asks a resolution and how it was resolved to resolve, with the coordinating department as an option', () => {
    const form = actionForm(schema, requiredByAction, 'resolve', 'zh-CN');
    expect(Object.keys(form.properties!)).toEqual(['resolution', 'outcome', 'department']);
    expect(form.required).toEqual(['resolution', 'outcome']);
  });

  it('asks only a reason to escalate, return or reject, titled with the button’s words', () => {
    for (const [action, title] of [
      ['escalate', '上报理由'],
      ['return', '退回修改：需企业补充的内容'],
      ['reject', '不予受理的理由'],
    ] as const) {
      const form = actionForm(schema, requiredByAction, action, 'zh-CN');
      expect(Object.keys(form.properties!)).toEqual(['note']);
      expect(form.required).toEqual(['note']);
      expect((form.properties!.note as RJSFSchema).title).toBe(title);
      expect(title).toContain(ACTION_WORDS[action]['zh-CN']);
    }
  });

  it('speaks English to a reader of English, choices included', () => {
    const form = actionForm(schema, requiredByAction, 'resolve', 'en');
    const outcome = form.properties!.outcome as RJSFSchema;
    expect((form.properties!.resolution as RJSFSchema).title).toBe('Resolution');
    expect(outcome.title).toBe('How it was resolved');
    expect(outcome.oneOf!.map((o) => (o as RJSFSchema).title)).toEqual(['resolved on site', 'resolved by coordination']);
    expect(JSON.stringify(actionForm(schema, requiredByAction, 'return', 'en'))).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('names a missing field in words at its path', () => {
    const problems = validateFormData(actionForm(schema, requiredByAction, 'return', 'zh-CN'), {}, 'zh-CN');
    expect(problems).toEqual([{ path: '/note', message: '请填写「退回修改：需企业补充的内容」' }]);
    const en = validateFormData(actionForm(schema, requiredByAction, 'resolve', 'en'), { resolution: 'done' }, 'en');
    expect(en).toEqual([{ path: '/outcome', message: 'Choose “How it was resolved”' }]);
  });

  it('asks the coordinating department once the case was resolved by coordination, in both languages (v5)', () => {
    const zh = actionForm(schema, requiredByAction, 'resolve', 'zh-CN');
    expect(validateFormData(zh, { resolution: '已协调供货', outcome: 'coordinated' }, 'zh-CN')).toEqual([
      { path: '/department', message: '请填写「协调部门」' },
    ]);
    expect(validateFormData(zh, { resolution: '已协调供货', outcome: 'coordinated', department: '市住建局' }, 'zh-CN')).toEqual([]);
    expect(validateFormData(zh, { resolution: '现场已解决', outcome: 'solved-on-site' }, 'zh-CN')).toEqual([]);
    const en = actionForm(schema, requiredByAction, 'resolve', 'en');
    expect(validateFormData(en, { resolution: 'done', outcome: 'coordinated' }, 'en')).toEqual([
      { path: '/department', message: 'Enter “Department coordinated”' },
    ]);
    // Blank text is no answer: a resolution or department of spaces is refused, as an empty one is.
    expect(validateFormData(zh, { resolution: ' ', outcome: 'coordinated', department: '  ' }, 'zh-CN')).toEqual([
      { path: '/resolution', message: '请填写「办理结果」' },
      { path: '/department', message: '请填写「协调部门」' },
    ]);
    // The condition names fields only resolving shows: a reason to escalate is asked alone, without it.
    expect(actionForm(schema, requiredByAction, 'escalate', 'zh-CN').allOf).toBeUndefined();
  });

  it('offers a plain optional note to every action when the step says nothing about required fields', () => {
    const noteOnly = { type: 'object', properties: { note: { type: 'string', maxLength: 2000 } } } as RJSFSchema;
    const form = actionForm(noteOnly, undefined, 'acknowledge', 'zh-CN');
    expect(form.required).toEqual([]);
    expect((form.properties!.note as RJSFSchema).title).toBe('说明');
  });

  it('uses the same action words as the app’s buttons', () => {
    for (const action of TASK_ACTIONS) {
      expect(ACTION_WORDS[action]['zh-CN']).toBe(inboxZhCn[`taskAction.${action}`]);
      expect(ACTION_WORDS[action].en).toBe(inboxEn[`taskAction.${action}`]);
    }
  });
});
