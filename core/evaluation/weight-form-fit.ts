// Which forms each of the weights' form lists may name. The lists are read by different counts
// (enterprise-evaluation.ts): reports are counted from collection rounds, so only a collection form has any; settled
// difficulties and passed or failed inspections are counted from decided cases, which only a ladder settles or
// rejects. A key of another kind, or of no form at all, would count nothing without a word, so the route refuses it.
// A retired form still fits: its past records are in the period an admin may evaluate. A form never published has
// no records and may still change its kind, so it does not.
import type { Locale, LocalizedText } from '../domain/locale';
import type { ErrorDetail } from '../errors';
import type { EvaluationWeights } from './evaluation-weights';

/** The weights' lists of form keys. */
export const WEIGHT_FORM_LISTS = ['reportForms', 'difficultyForms', 'inspectionForms'] as const;

/** One of the weights' lists of form keys. */
export type WeightFormList = (typeof WEIGHT_FORM_LISTS)[number];

/** The process type whose records each list's count reads. */
export const LIST_PROCESS_TYPE: Readonly<Record<WeightFormList, string>> = {
  reportForms: 'collection',
  difficultyForms: 'ladder',
  inspectionForms: 'ladder',
};

/** A form as the fit rules see it (a line of the admin's form list has these fields). */
export interface KnownForm {
  key: string;
  title: LocalizedText;
  processType: string;
  status: 'published' | 'retired' | 'draft-only';
}

/** A form a list may name, as the weights editor offers it. */
export interface WeightFormChoice {
  key: string;
  title: LocalizedText;
  /** Takes no new submissions; its past records still count. */
  retired: boolean;
}

/** The forms each list may name, in the order given. */
export type WeightFormChoices = Record<WeightFormList, WeightFormChoice[]>;

/** True when `list` may name `form`. */
export function fitsList(list: WeightFormList, form: KnownForm): boolean {
  return form.status !== 'draft-only' && form.processType === LIST_PROCESS_TYPE[list];
}

/** The forms each list may name. */
export function weightFormChoices(forms: readonly KnownForm[]): WeightFormChoices {
  const choices = (list: WeightFormList) =>
    forms.filter((form) => fitsList(list, form)).map((form) => ({ key: form.key, title: form.title, retired: form.status === 'retired' }));
  return { reportForms: choices('reportForms'), difficultyForms: choices('difficultyForms'), inspectionForms: choices('inspectionForms') };
}

// What each list takes, said in the refusal of a form of another kind.
const TAKES: Record<WeightFormList, LocalizedText> = {
  reportForms: { 'zh-CN': '计入日报的只能是定期填报类表单', en: 'only collection (periodic report) forms count as daily reports' },
  difficultyForms: { 'zh-CN': '计入困难办结的只能是逐级办理类表单', en: 'only ladder (case) forms count as difficulties' },
  inspectionForms: { 'zh-CN': '计入核查结果的只能是逐级办理类表单', en: 'only ladder (case) forms count as inspections' },
};

function problem(list: WeightFormList, key: string, form: KnownForm | undefined, locale: Locale): string | undefined {
  const en = locale === 'en';
  if (!form) return en ? `No form has the key "${key}"; pick the form from the list` : `没有标识为“${key}”的表单，请从列表中选择`;
  const named = en ? `The form "${form.title.en}" (${key})` : `表单“${form.title['zh-CN']}”（${key}）`;
  if (form.status === 'draft-only')
    return en ? `${named} is not published yet, so it has nothing to count` : `${named}尚未发布，没有可计分的记录`;
  if (!fitsList(list, form)) return en ? `${named} cannot count here: ${TAKES[list].en}` : `${named}不能计入此项：${TAKES[list]['zh-CN']}`;
  return undefined;
}

/** Each key of the weights' lists that names no form, or one that does not fit its list, at its path. */
export function weightFormProblems(
  weights: Pick<EvaluationWeights, WeightFormList>,
  forms: readonly KnownForm[],
  locale: Locale,
): ErrorDetail[] {
  const byKey = new Map(forms.map((form) => [form.key, form]));
  return WEIGHT_FORM_LISTS.flatMap((list) =>
    weights[list].flatMap((key, index) => {
      const message = problem(list, key, byKey.get(key), locale);
      return message ? [{ path: `/${list}/${index}`, message }] : [];
    }),
  );
}
