// CSV import of enterprises, projects and cadre assignments: a dry run lists each bad row; nothing is written while any row is bad.
import type { RJSFSchema } from '@rjsf/utils';
import express, { Router } from 'express';
import { apiRouter } from '../api-router';
import { AppError } from '#core/errors';
import { requireRole } from '../access';
import type { AppDeps } from '../app-deps';
import { auditRequest } from '../audit/audit-request';
import { assignCadre } from '../org/assign-cadre';
import { handOverCadreTasks } from '../org/hand-over-tasks';
import { parseCsv } from './csv-rows';
import { planAssignments, planEnterprises, planProjects, type ImportPlan } from './import-plans';
import { accepts, queryOf } from '../route-contract';

const KINDS = ['enterprises', 'projects', 'assignments'] as const;
const MAX_ROWS = 20_000;

/** The query of POST /api/import/:kind: a dry run or the import itself. */
const IMPORT_QUERY: RJSFSchema = {
  type: 'object',
  properties: {
    dryRun: { type: 'boolean', title: 'Check the file and list each bad row, writing nothing (true); import it unless given' },
  },
  additionalProperties: false,
};

/** Routes under /api/import. */
export function importRoutes(deps: AppDeps): Router {
  const { db } = deps;
  const router = apiRouter();
  router.post(
    '/api/import/:kind',
    accepts({
      summary: 'Import enterprises, projects or assignments from CSV',
      query: IMPORT_QUERY,
      describedBody: {
        mediaTypes: ['text/csv', 'application/csv'],
        description:
          'The CSV text as the body; `?dryRun=1` lists each bad row and writes nothing, and nothing is written while any row is bad',
      },
    }),
    // Not text/plain: that is what a cross-site <form> can send without a preflight.
    express.text({ type: ['text/csv', 'application/csv'], limit: '10mb' }),
    async (req, res) => {
      const admin = requireRole(req, ['admin']);
      const kind = req.params.kind as (typeof KINDS)[number];
      if (!KINDS.includes(kind)) throw new AppError(404, 'not_found', { 'zh-CN': '不支持的导入类型', en: 'Unknown import kind' });
      if (typeof req.body !== 'string' || !req.body.trim()) {
        throw new AppError(400, 'empty_csv', {
          'zh-CN': '请上传 CSV 文件内容（Content-Type: text/csv）',
          en: 'Send the CSV file as the body with Content-Type: text/csv',
        });
      }
      let parsed;
      try {
        parsed = parseCsv(req.body);
      } catch (error) {
        throw new AppError(400, 'bad_csv', {
          'zh-CN': `无法解析 CSV：${(error as Error).message}`,
          en: `Cannot read the CSV: ${(error as Error).message}`,
        });
      }
      if (parsed.rows.length > MAX_ROWS)
        throw new AppError(413, 'too_many_rows', { 'zh-CN': `一次最多导入 ${MAX_ROWS} 行`, en: `At most ${MAX_ROWS} rows per import` });
      const dryRun = queryOf<{ dryRun?: boolean }>(req).dryRun === true;
      // Enterprises whose cadre the import changes: their open tasks follow them once it is committed.
      const reassigned = new Set<number>();
      const plan: ImportPlan =
        kind === 'enterprises'
          ? await planEnterprises(db, parsed, req.locale)
          : kind === 'projects'
            ? await planProjects(db, parsed, req.locale)
            : await planAssignments(db, parsed, req.locale, async (trx, cadreId, enterpriseId, actorId) => {
                const made = await assignCadre(trx, cadreId, enterpriseId, actorId, new Date().toISOString(), 'reassigned by import');
                if (made.previousCadreId !== null && made.previousCadreId !== cadreId) reassigned.add(enterpriseId);
              });
      const report = { kind, dryRun, total: parsed.rows.length, errors: plan.problems.sort((a, b) => a.line - b.line) };
      if (plan.problems.length) {
        res.status(dryRun ? 200 : 422).json({ ...report, written: false, created: 0, updated: 0 });
        return;
      }
      if (dryRun) {
        res.json({ ...report, written: false, created: 0, updated: 0 });
        return;
      }
      const counts = await db.transaction(async (trx) => {
        const result = await plan.apply(trx, admin.id);
        await auditRequest(trx, req, `import.${kind}`, { type: 'import', id: kind }, { rows: parsed.rows.length, ...result });
        return result;
      });
      let handedOver = 0;
      for (const enterpriseId of reassigned) handedOver += await handOverCadreTasks(deps, req, enterpriseId);
      res.json({ ...report, written: true, ...counts, ...(kind === 'assignments' ? { handedOver } : {}) });
    },
  );
  return router;
}
