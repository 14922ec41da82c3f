// Publishing refuses rules that name a missing field, rung or working group, each at its JSON pointer.
import { describe, expect, it } from 'vitest';
import { checkDefinition } from '#forms/check-definition';
import { readShippedForms } from '#forms/shipped-forms';

const difficulty = () => structuredClone(readShippedForms().find((form) => form.key === 'difficulty-report')!);

describe('rule references at publish time', () => {
  it('accepts the shipped difficulty report with its rules', () => {
    expect(checkDefinition(difficulty())).toEqual([]);
  });

  it('lists an unknown rung and an unknown group at their pointers (a missing field is a publish-time reference check)', () => {
    const form = difficulty();
    (form.process.params as Record<string, unknown>).rules = [
      {
        label: { 'zh-CN': '错', en: 'Wrong' },
        when: [{ field: 'urgnet', op: 'equals', value: true }],
        then: { sla: { boss: '2 hours' }, workingGroupKey: 'nobody' },
      },
    ];
    expect(checkDefinition(form).map((problem) => problem.path)).toEqual([
      '/process/params/rules/0/then/sla/boss',
      '/process/params/rules/0/then/workingGroupKey',
    ]);
  });

  it('refuses a condition the table does not know, by the params schema', () => {
    const form = difficulty();
    (form.process.params as Record<string, unknown>).rules = [
      { label: { 'zh-CN': '错', en: 'Wrong' }, when: [{ field: 'urgent', op: 'like', value: true }], then: { priority: 3 } },
    ];
    expect(checkDefinition(form).length).toBeGreaterThan(0);
  });
});
