// What each input of the evaluation is called, per language: the ranking's CSV columns and the audit log's account of a
// change of weights name them alike (the app's dictionary has the same words under `evaluation.input.*` and `evaluation.sources.*`).
import type { LocalizedText } from '../domain/locale';
import type { EvaluationInput } from './evaluation-weights';

/** The title of each input of a score. */
export const EVALUATION_INPUT_TITLES: Record<EvaluationInput, LocalizedText> = {
  creditPoint: { 'zh-CN': '信用积分', en: 'Credit points' },
  onTimeReport: { 'zh-CN': '按时日报', en: 'On-time reports' },
  lateReport: { 'zh-CN': '逾期日报', en: 'Late reports' },
  missedReport: { 'zh-CN': '未报日报', en: 'Missed reports' },
  resolvedDifficulty: { 'zh-CN': '已办结困难', en: 'Difficulties settled' },
  inspectionPassed: { 'zh-CN': '核查通过', en: 'Inspections passed' },
  inspectionFailed: { 'zh-CN': '核查未通过', en: 'Inspections failed' },
  objectionUpheld: { 'zh-CN': '异议成立', en: 'Objections upheld' },
};

/** The title of each list of forms a score counts from. */
export const EVALUATION_SOURCE_TITLES: Record<'reportForms' | 'difficultyForms' | 'inspectionForms', LocalizedText> = {
  reportForms: { 'zh-CN': '计入日报的表单', en: 'Forms counted as daily reports' },
  difficultyForms: { 'zh-CN': '计入困难办结的表单', en: 'Forms counted as difficulties' },
  inspectionForms: { 'zh-CN': '计入核查结果的表单', en: 'Forms counted as inspections' },
};
