// The server's problems with the params where the generated editor shows them: at their field (rjsf extraErrors), in
// the list above the form by place — a rung by its number — and as the element brought into view.
import { beforeAll, describe, expect, it } from 'vitest';
import { PROCESS_TYPES } from '#forms/process-types';
import { titledParamsSchema } from '#forms/process-type-texts';
import { pointerSegments } from '#web/app/src/form/pointer-segments';
import type { I18n } from '#web/app/src/i18n/i18n-context';
import { addZhCnMessages, loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';
import { paramsEditorZhCn } from '#web/app/src/i18n/messages/params-editor-messages';
import { translate } from '#web/app/src/i18n/translate';
import { paramsExtraErrors, problemElement, problemPlace } from '#web/app/src/pages/form-admin/params/params-problems';

const SLA_WORDS = '时限的写法不对：请写如“4 小时”“30 分钟”“当天办结”“2 个工作日”';

describe('params problems at their fields', () => {
  it.each([
    ['a rung’s time limit', '/stages/0/sla', { stages: { 0: { sla: { __errors: [SLA_WORDS] } } } }],
    [
      'a rung’s overdue alert unit',
      '/stages/2/overdue/alert/workingGroupKey',
      { stages: { 2: { overdue: { alert: { workingGroupKey: { __errors: [SLA_WORDS] } } } } } },
    ],
    ['a key with an escaped slash', '/figures/a~1b', { figures: { 'a/b': { __errors: [SLA_WORDS] } } }],
    ['the params as a whole', '', { __errors: [SLA_WORDS] }],
  ])('puts a problem with %s at that field', (_, path, errors) => {
    expect(paramsExtraErrors([{ path, message: SLA_WORDS }])).toEqual(errors);
  });

  it('keeps every problem of one field and those of other rungs apart', () => {
    const errors = paramsExtraErrors([
      { path: '/reminders/0', message: 'a' },
      { path: '/reminders/0', message: 'b' },
      { path: '/stages/1/sla', message: 'c' },
    ]);
    expect(errors).toEqual({ reminders: { 0: { __errors: ['a', 'b'] } }, stages: { 1: { sla: { __errors: ['c'] } } } });
  });
});

describe('params problems by place', () => {
  const ladder = (locale: 'zh-CN' | 'en') => titledParamsSchema(PROCESS_TYPES.ladder!.paramsSchema, locale);
  const words =
    (locale: 'zh-CN' | 'en'): I18n['t'] =>
    (key, params) =>
      translate(locale, key, params);

  beforeAll(async () => {
    addZhCnMessages(paramsEditorZhCn);
    await loadDictionary('en');
  });

  it.each([
    ['zh-CN', '/stages/0/sla', '第 1 级 › 办理时限'],
    ['en', '/stages/2/sla', 'Rung 3 › Time limit'],
    ['zh-CN', '/stages/1/overdue/alert/workingGroupKey', '第 2 级 › 最后一级超时提醒 › 提醒对象 › 工作专班'],
    ['zh-CN', '/overdue/every', '最后一级超时提醒 › 重复间隔'],
    ['zh-CN', '/rework/reminders/1', '退回整改 › 提醒（第 2 项）'],
    ['en', '/unknownPart', 'unknownPart'],
    ['zh-CN', '', ''],
  ] as const)('names %s %s as “%s”', (locale, path, place) => {
    expect(problemPlace(pointerSegments(path), ladder(locale), words(locale))).toBe(place);
  });
});

describe('the element of a problem', () => {
  const root = (ids: string[]) => ({ getElementById: (id: string) => (ids.includes(id) ? ({ id } as unknown as HTMLElement) : null) });

  it.each([
    ['the field itself when drawn', ['params_stages_0_sla', 'params_stages_0'], '/stages/0/sla', 'params_stages_0_sla'],
    ['the nearest enclosing field otherwise', ['params_stages_0', 'params'], '/stages/0/actions/1', 'params_stages_0'],
    ['nothing when no part is drawn', [], '/stages/0/sla', undefined],
  ])('is %s', (_, ids, path, found) => {
    expect(problemElement(pointerSegments(path), root(ids))?.id).toBe(found);
  });
});
