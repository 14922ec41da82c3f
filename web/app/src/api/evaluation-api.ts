// The enterprise evaluation: the ranking within the reader's scope, its CSV, and the weights (read by HQ, set by admins).
import type { RJSFSchema } from '@rjsf/utils';
import type { EvaluationPeriod, EvaluationRow } from '#core/evaluation/enterprise-evaluation';
import type { EvaluationInput, EvaluationWeights } from '#core/evaluation/evaluation-weights';
import type { WeightFormChoices } from '#core/evaluation/weight-form-fit';
import type { Locale } from '#core/domain/locale';
import { apiRequest } from './api-request';
import { listPath, type Page, type PageRequest } from './paging';
import { unsafeRequest } from './unsafe-request';

export type { EvaluationInput, EvaluationPeriod, EvaluationRow, EvaluationWeights, WeightFormChoices };

/** GET /api/evaluation. */
export interface Evaluation {
  period: EvaluationPeriod;
  weights: EvaluationWeights;
  inputs: EvaluationInput[];
  /** A page of the ranking, best first (`rank` counts in the whole ranking). */
  rows: EvaluationRow[];
  page: Page;
  /** False while nothing was recorded for any enterprise of the ranking in the period (every score 0, no order). */
  scored: boolean;
}

/** GET and PUT /api/evaluation/weights. */
export interface WeightsAnswer {
  weights: EvaluationWeights;
  schema: RJSFSchema;
  /** The forms each list of the weights may name (the editor offers them by title). */
  choices: WeightFormChoices;
}

function query(period?: EvaluationPeriod, locale?: Locale): string {
  const params = new URLSearchParams({ ...(period ?? {}), ...(locale ? { lang: locale } : {}) });
  return params.size ? `?${params}` : '';
}

/** Calls of the evaluation page. */
export const evaluationApi = {
  /** A page of the ranking for a period (the current year when none is given; the server's 50 when no page is asked for). */
  ranking: (period: EvaluationPeriod | undefined, signal?: AbortSignal, page: PageRequest = {}) =>
    apiRequest<Evaluation>(evaluationApi.rankingPath(period, page), { signal }),
  /** The address `ranking` asks (the server's tests replay it against the route's query contract). */
  rankingPath: (period: EvaluationPeriod | undefined, page: PageRequest = {}) => listPath('/api/evaluation', { ...period }, page),
  /** Where the CSV of the same ranking downloads from. */
  exportHref: (period: EvaluationPeriod, locale: Locale) => `/api/evaluation/export.csv${query(period, locale)}`,
  /** The weights and their schema (the editor is generated from it). */
  weights: (signal?: AbortSignal) => apiRequest<WeightsAnswer>('/api/evaluation/weights', { signal }),
  /** Saves the weights (administrators only). */
  saveWeights: (weights: EvaluationWeights) => unsafeRequest<WeightsAnswer>('/api/evaluation/weights', { method: 'PUT', body: weights }),
};
