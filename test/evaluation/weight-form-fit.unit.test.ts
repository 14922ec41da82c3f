// Which forms the weights' lists may name: reports come from collection rounds, difficulties and inspections from
// cases a ladder decides; a retired form still counts its past records, a form never published has none. A key of
// no form, or of the wrong kind, is refused at its place in the list, in the reader's language, naming the key.
import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS } from '#core/evaluation/evaluation-weights';
import { fitsList, weightFormChoices, weightFormProblems, type KnownForm, type WeightFormList } from '#core/evaluation/weight-form-fit';

const form = (key: string, processType: string, status: KnownForm['status'] = 'published'): KnownForm => ({
  key,
  title: { 'zh-CN': `${key}（中文）`, en: `${key} (English)` },
  processType,
  status,
});

const FORMS: readonly KnownForm[] = [
  form('daily-report', 'collection'),
  form('difficulty-report', 'ladder'),
  form('resumption-readiness', 'ladder'),
  form('old-supplies', 'ladder', 'retired'),
  form('old-census', 'collection', 'retired'),
  form('draft-case', 'ladder', 'draft-only'),
  form('visit-log', 'record'),
  form('gate-check', 'monitoring'),
];

describe('forms the evaluation weights may count from', () => {
  it.each<[WeightFormList, string, boolean]>([
    ['reportForms', 'daily-report', true],
    ['reportForms', 'old-census', true],
    ['reportForms', 'difficulty-report', false],
    ['reportForms', 'visit-log', false],
    ['difficultyForms', 'difficulty-report', true],
    ['difficultyForms', 'old-supplies', true],
    ['difficultyForms', 'daily-report', false],
    ['difficultyForms', 'draft-case', false],
    ['difficultyForms', 'gate-check', false],
    ['inspectionForms', 'resumption-readiness', true],
    ['inspectionForms', 'daily-report', false],
    ['inspectionForms', 'visit-log', false],
  ])('%s %s fits: %s', (list, key, fits) => {
    expect(
      fitsList(
        list,
        FORMS.find((candidate) => candidate.key === key)!,
      ),
    ).toBe(fits);
  });

  it('offers each list only the forms that fit it, retired ones marked', () => {
    const choices = weightFormChoices(FORMS);
    expect(choices.reportForms.map((choice) => [choice.key, choice.retired])).toEqual([
      ['daily-report', false],
      ['old-census', true],
    ]);
    expect(choices.difficultyForms.map((choice) => choice.key)).toEqual(['difficulty-report', 'resumption-readiness', 'old-supplies']);
    expect(choices.inspectionForms).toEqual(choices.difficultyForms);
    expect(choices.difficultyForms[0]!.title).toEqual(FORMS[1]!.title);
  });

  it('finds nothing wrong with the default weights', () => {
    expect(weightFormProblems(DEFAULT_WEIGHTS, FORMS, 'zh-CN')).toEqual([]);
  });

  it('refuses a misspelt key at its place, naming it in Chinese and in English', () => {
    const weights = { ...DEFAULT_WEIGHTS, difficultyForms: ['difficulty-report', 'epidemic-suplies'] };
    expect(weightFormProblems(weights, FORMS, 'zh-CN')).toEqual([
      { path: '/difficultyForms/1', message: '没有标识为“epidemic-suplies”的表单，请从列表中选择' },
    ]);
    expect(weightFormProblems(weights, FORMS, 'en')).toEqual([
      { path: '/difficultyForms/1', message: 'No form has the key "epidemic-suplies"; pick the form from the list' },
    ]);
  });

  it('refuses a form of the wrong kind and one never published, saying what the list takes', () => {
    const weights = { ...DEFAULT_WEIGHTS, reportForms: ['difficulty-report'], inspectionForms: ['draft-case', 'daily-report'] };
    expect(weightFormProblems(weights, FORMS, 'zh-CN')).toEqual([
      {
        path: '/reportForms/0',
        message: '表单“difficulty-report（中文）”（difficulty-report）不能计入此项：计入日报的只能是定期填报类表单',
      },
      { path: '/inspectionForms/0', message: '表单“draft-case（中文）”（draft-case）尚未发布，没有可计分的记录' },
      {
        path: '/inspectionForms/1',
        message: '表单“daily-report（中文）”（daily-report）不能计入此项：计入核查结果的只能是逐级办理类表单',
      },
    ]);
    expect(weightFormProblems(weights, FORMS, 'en')[0]).toEqual({
      path: '/reportForms/0',
      message:
        'The form "difficulty-report (English)" (difficulty-report) cannot count here: only collection (periodic report) forms count as daily reports',
    });
  });
});
