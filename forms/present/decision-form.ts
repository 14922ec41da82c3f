// Each action of a task gets its own small form, derived from the step's completion schema and `requiredByAction`:
// the fields that action needs (marked required), the optional fields that describe a settlement (resolve/approve),
// and titles that name the action as its button does ("上报理由" under the 上报 button). The app renders it, the server
// validates the decision with it, so both speak of the same fields in the same words.
import type { RJSFSchema } from '@rjsf/utils';
import type { TaskAction } from '#core/domain/human-task';
import type { Locale } from '#core/domain/locale';
import { choiceTitleOf, fieldLabel } from './present-value';

/** The button words of the actions, as the app's dictionary has them (test/forms/decision-form.unit.test.ts keeps them equal). */
export const ACTION_WORDS: Record<TaskAction, Record<Locale, string>> = {
  approve: { 'zh-CN': '批准', en: 'Approve' },
  resolve: { 'zh-CN': '已解决', en: 'Resolved' },
  escalate: { 'zh-CN': '上报', en: 'Escalate' },
  return: { 'zh-CN': '退回修改', en: 'Return for rework' },
  reject: { 'zh-CN': '不予受理', en: 'Reject' },
  acknowledge: { 'zh-CN': '知悉', en: 'Acknowledge' },
  uphold: { 'zh-CN': '异议成立（退回审核）', en: 'Uphold (back to review)' },
  dismiss: { 'zh-CN': '异议不成立（继续公示）', en: 'Dismiss (publicity continues)' },
};

/** What a decision's free-text `note` is for, per action, naming the action as its button does. */
const NOTE_TITLES: Partial<Record<TaskAction, Record<Locale, string>>> = {
  return: { 'zh-CN': '退回修改：需企业补充的内容', en: 'Return for rework: what the enterprise must add' },
  escalate: { 'zh-CN': '上报理由', en: 'Why escalate' },
  reject: { 'zh-CN': '不予受理的理由', en: 'Why reject' },
  dismiss: { 'zh-CN': '异议不成立的理由', en: 'Why dismiss the objection' },
  uphold: { 'zh-CN': '异议成立的理由', en: 'Why uphold the objection' },
};

/** Actions whose optional fields describe how the case ended (a coordinating department with a resolution). */
const SETTLING: readonly TaskAction[] = ['resolve', 'approve'];

export type RequiredByAction = Partial<Record<TaskAction, string[]>>;

function titled(field: RJSFSchema, key: string, action: TaskAction, locale: Locale): RJSFSchema {
  const title = key === 'note' && NOTE_TITLES[action] ? NOTE_TITLES[action]![locale] : fieldLabel(field, key, { locale });
  const options = Array.isArray(field.oneOf)
    ? field.oneOf.map((o) => {
        const option = o as RJSFSchema;
        return { ...option, title: choiceTitleOf(field, option.const, locale) ?? option.title };
      })
    : undefined;
  return { ...field, title, ...(options ? { oneOf: options } : {}) };
}

/** The form of one action: its fields in the schema's order, those it needs in `required`. */
export function actionForm(
  schema: RJSFSchema,
  requiredByAction: RequiredByAction | undefined,
  action: TaskAction,
  locale: Locale,
): RJSFSchema {
  const properties = (schema.properties ?? {}) as Record<string, RJSFSchema>;
  const byAction = requiredByAction ?? {};
  const claimed = new Set(Object.values(byAction).flat());
  const required = new Set([...((schema.required as string[] | undefined) ?? []), ...(byAction[action] ?? [])]);
  const keep = (key: string) =>
    required.has(key) || (!claimed.has(key) && (Object.keys(byAction).length === 0 || SETTLING.includes(action)));
  const fields = Object.entries(properties).filter(([key, field]) => typeof field === 'object' && keep(key));
  const conditions = conditionsOver(schema, new Set(fields.map(([key]) => key)));
  return {
    type: 'object',
    properties: Object.fromEntries(fields.map(([key, field]) => [key, titled(field, key, action, locale)])),
    required: fields.map(([key]) => key).filter((key) => required.has(key)),
    ...(conditions.length ? { allOf: conditions } : {}),
  };
}

/** The schema's conditions (`allOf: [{ if, then }]`, e.g. 协调解决 needs 协调部门) that speak only of fields the action's
 * form shows: the form marks the field required once the answer calls for it, as the server's check does. */
function conditionsOver(schema: RJSFSchema, shown: ReadonlySet<string>): RJSFSchema[] {
  const named = (node: unknown): string[] => {
    if (!node || typeof node !== 'object') return [];
    const part = node as RJSFSchema;
    return [...Object.keys(part.properties ?? {}), ...((part.required as string[] | undefined) ?? [])];
  };
  return ((schema.allOf ?? []) as RJSFSchema[]).filter(
    (condition) => condition.if && [condition.if, condition.then, condition.else].flatMap(named).every((key) => shown.has(key)),
  );
}

/** True when the action's form has a free-text field of its own (审核意见, 核查意见, 上报理由…, required or not): that field
 * is where the decider's opinion goes, so the page offers no second, generic comment box beside it (which would go where?). */
export function hasOwnOpinion(form: RJSFSchema): boolean {
  return Object.values((form.properties ?? {}) as Record<string, RJSFSchema>).some(
    (field) =>
      typeof field === 'object' &&
      field.type === 'string' &&
      field.enum === undefined &&
      field.oneOf === undefined &&
      field.const === undefined &&
      field.format === undefined,
  );
}
