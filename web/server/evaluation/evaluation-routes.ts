// The enterprise evaluation (000 §III.4: commended units are "tilted in the evaluation"): the ranking within the
// reader's scope, one enterprise's breakdown, a CSV export, and the weights an admin sets.
import { Router, type Request } from 'express';
import { apiRouter } from '../api-router';
import { AppError, notFound, type ErrorDetail } from '#core/errors';
import { currentYear, evaluateEnterprises, type EvaluationRow } from '#core/evaluation/enterprise-evaluation';
import {
  EVALUATION_INPUTS,
  WEIGHTS_SCHEMA,
  readEvaluationWeights,
  writeEvaluationWeights,
  type EvaluationWeights,
} from '#core/evaluation/evaluation-weights';
import { weightFormChoices, weightFormProblems } from '#core/evaluation/weight-form-fit';
import { listFormSummaries } from '#core/stores/forms/form-admin-store';
import type { Locale } from '#core/domain/locale';
import { spreadsheetCsv } from '#core/spreadsheet-csv';
import { EVALUATION_INPUT_TITLES as INPUT_TITLES } from '#core/evaluation/evaluation-input-titles';
import { requireRole, visibleEnterprises } from '../access';
import type { AppDeps } from '../app-deps';
import { auditRequest } from '../audit/audit-request';
import { figureRange } from '../dashboard/figure-range';
import { idParam } from '../validate-body';
import { pageOfList, pageQuery } from '../paging';
import { accepts, bodyOf, queryOf } from '../route-contract';
import { BREAKDOWN_QUERY, EXPORT_QUERY, RANKING_QUERY, type EvaluationQuery } from './evaluation-query';

/** Who reads the evaluation, each within their scope (gate officers have no part in it). */
export const EVALUATION_ROLES = ['admin', 'hq', 'special_class', 'cadre', 'enterprise'] as const;

const ENTERPRISE = { 'zh-CN': '企业', en: 'Enterprise' };

// A key of no form, or of a form whose records the list's count does not read, would count nothing without a word.
function unfitForms(problems: ErrorDetail[]): AppError {
  return new AppError(
    422,
    'unfit_forms',
    { 'zh-CN': '所选的计分来源表单有误，请按提示修改', en: 'Some of the forms to count from cannot count; see each one' },
    problems,
  );
}

/** True when something was recorded for `row` in the period: without any, every score is 0 and a rank says nothing. */
function hasRecords(row: EvaluationRow): boolean {
  return EVALUATION_INPUTS.some((input) => row.counts[input] !== 0);
}

/** Routes under /api/evaluation. */
export function evaluationRoutes({ db, config, now = () => new Date() }: AppDeps): Router {
  const router = apiRouter();

  async function evaluation(req: Request) {
    const user = requireRole(req, EVALUATION_ROLES);
    const year = currentYear(now(), config.timeZone);
    const asked = queryOf<EvaluationQuery>(req);
    const query = { from: asked.from || (asked.to ? undefined : year.from), to: asked.to || year.to };
    const range = figureRange(query, now(), config.timeZone, 0, req.locale);
    const period = { from: range.from, to: range.to };
    const weights = await readEvaluationWeights(db);
    const rows = await evaluateEnterprises(db, await visibleEnterprises(db, user), period, weights, config.timeZone);
    return { period, weights, rows };
  }

  router.get(
    '/api/evaluation',
    accepts({ summary: 'A page of the ranking of the enterprises in scope for a period, best first', query: RANKING_QUERY }),
    async (req, res) => {
      const { period, weights, rows } = await evaluation(req);
      const filter = queryOf<EvaluationQuery>(req);
      const shown = filter.focus === undefined ? rows : rows.filter((row) => row.focus === filter.focus);
      const { rows: paged, page } = pageOfList(shown, pageQuery(filter));
      res.json({ period, weights, inputs: EVALUATION_INPUTS, rows: paged, page, scored: shown.some(hasRecords) });
    },
  );

  const csv = accepts({ summary: 'The ranking of the enterprises in scope for a period as CSV (UTF-8 with a BOM)', query: EXPORT_QUERY });
  router.get('/api/evaluation/export.csv', csv, async (req, res) => {
    const { period, rows } = await evaluation(req);
    res.attachment(`evaluation-${period.from}-${period.to}.csv`).type('text/csv; charset=utf-8').send(evaluationCsv(rows, req.locale));
  });

  const breakdown = accepts({ summary: "One enterprise's scores and rank for a period", query: BREAKDOWN_QUERY });
  router.get('/api/evaluation/enterprises/:id', breakdown, async (req, res) => {
    const { period, weights, rows } = await evaluation(req);
    const id = idParam(req);
    const row = rows.find((candidate) => candidate.enterpriseId === id);
    if (!row) throw notFound(ENTERPRISE);
    res.json({ period, weights, inputs: EVALUATION_INPUTS, row, of: rows.length });
  });

  // The weights with the forms each list may name, so the editor offers them by title instead of asking for keys.
  async function weightsAnswer() {
    return { weights: await readEvaluationWeights(db), schema: WEIGHTS_SCHEMA, choices: weightFormChoices(await listFormSummaries(db)) };
  }

  router.get('/api/evaluation/weights', async (req, res) => {
    requireRole(req, ['admin', 'hq']);
    res.json(await weightsAnswer());
  });

  router.put(
    '/api/evaluation/weights',
    accepts({ summary: 'Set the evaluation weights', body: WEIGHTS_SCHEMA as never }),
    async (req, res) => {
      requireRole(req, ['admin']);
      const weights = bodyOf<EvaluationWeights>(req);
      if (!weights.reportForms.length && !weights.difficultyForms.length && !weights.inspectionForms.length)
        throw new AppError(422, 'no_sources', { 'zh-CN': '至少要指定一种计分来源表单', en: 'Name at least one form to count from' });
      const problems = weightFormProblems(weights, await listFormSummaries(db), req.locale);
      if (problems.length) throw unfitForms(problems);
      const before = await readEvaluationWeights(db);
      await db.transaction(async (trx) => {
        await writeEvaluationWeights(trx, weights, now());
        await auditRequest(trx, req, 'evaluation.weights', { type: 'settings', id: 'evaluationWeights' }, { before, after: weights });
      });
      res.json(await weightsAnswer());
    },
  );

  return router;
}

/** The ranking as CSV (spreadsheetCsv: a BOM, an enterprise name that starts like a formula kept as text): counts and
 * points per input. */
export function evaluationCsv(rows: EvaluationRow[], locale: Locale): string {
  const header = [
    locale === 'en' ? 'Rank' : '排名',
    locale === 'en' ? 'Enterprise' : '企业',
    locale === 'en' ? 'Focus enterprise' : '重点企业',
    locale === 'en' ? 'Score' : '得分',
    ...EVALUATION_INPUTS.flatMap((input) => [
      INPUT_TITLES[input][locale],
      `${INPUT_TITLES[input][locale]}${locale === 'en' ? ' (points)' : '（分）'}`,
    ]),
  ];
  const yes = locale === 'en' ? 'Yes' : '是';
  const body = rows.map((row) => [
    row.rank,
    row.enterpriseName,
    row.focus ? yes : '',
    row.score,
    ...EVALUATION_INPUTS.flatMap((input) => [row.counts[input], row.points[input]]),
  ]);
  return spreadsheetCsv([header, ...body]);
}
