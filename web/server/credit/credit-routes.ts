// An enterprise's credit record: its ledger and total, for everyone who may see the enterprise. Entries are never
// edited: there is no route to change or delete one; an admin reverses an entry by a compensating entry with a reason.
import type { RJSFSchema } from '@rjsf/utils';
import { Router } from 'express';
import { apiRouter } from '../api-router';
import { AppError, notFound } from '#core/errors';
import { appendCreditEntry, creditLedger, findCreditEntry } from '#core/stores/credit/credit-ledger';
import { enterpriseName } from '#core/stores/org/enterprise-store';
import { requireRole, requireUser, visibleEnterprises } from '../access';
import type { AppDeps } from '../app-deps';
import { auditRequest } from '../audit/audit-request';
import { idParam } from '../validate-body';
import { pageQuery, type PageQuery } from '../paging';
import { PAGE_ONLY_QUERY, RECORD_ID } from '../query-formats';
import { accepts, bodyOf, queryOf } from '../route-contract';

const ENTERPRISE = { 'zh-CN': '企业', en: 'Enterprise' };
const ENTRY = { 'zh-CN': '信用记录', en: 'Credit entry' };
const REVERSAL: RJSFSchema = {
  type: 'object',
  required: ['entryId', 'reason'],
  properties: { entryId: RECORD_ID, reason: { type: 'string', minLength: 2, maxLength: 500 } },
  additionalProperties: false,
};

/** Routes under /api/enterprises/:id/credit. */
export function creditRoutes(deps: AppDeps): Router {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());
  const router = apiRouter();

  async function visibleEnterprise(user: Parameters<typeof visibleEnterprises>[1], id: number) {
    const scope = await visibleEnterprises(db, user);
    const name = scope === 'all' || scope.includes(id) ? await enterpriseName(db, id) : undefined;
    if (name === undefined) throw notFound(ENTERPRISE);
    return { id, name };
  }

  router.get(
    '/api/enterprises/:id/credit',
    accepts({ summary: "A page of an enterprise's credit entries, newest first, with the sum of all of them", query: PAGE_ONLY_QUERY }),
    async (req, res) => {
      const enterprise = await visibleEnterprise(requireUser(req), idParam(req));
      const paging = pageQuery(queryOf<PageQuery>(req));
      const { entries, total, count } = await creditLedger(db, enterprise.id, paging);
      res.json({ enterprise, entries, total, page: { ...paging, total: count } });
    },
  );

  router.post('/api/enterprises/:id/credit/reversals', accepts({ summary: 'Reverse a credit entry', body: REVERSAL }), async (req, res) => {
    const enterprise = await visibleEnterprise(requireRole(req, ['admin']), idParam(req));
    const body = bodyOf<{ entryId: number; reason: string }>(req);
    const original = await findCreditEntry(db, body.entryId);
    if (!original || original.enterpriseId !== enterprise.id) throw notFound(ENTRY);
    if (original.reversesId !== null)
      throw new AppError(409, 'reversal_of_reversal', {
        'zh-CN': '这条记录本身是撤销记录，不能再撤销；如需更正，请另行登记一条记录',
        en: 'A reversal cannot itself be reversed; record a new entry instead',
      });
    if (original.reversedById !== null)
      throw new AppError(409, 'already_reversed', { 'zh-CN': '这条记录已经撤销过了', en: 'This entry has already been reversed' });
    const user = req.user!;
    const entry = await db.transaction(async (trx) => {
      const written = await appendCreditEntry(trx, {
        key: `reversal/${original.id}`,
        enterpriseId: enterprise.id,
        points: -original.points,
        reason: body.reason,
        basis: `#${original.id}`,
        approverId: user.id,
        submissionId: original.submissionId,
        reversesId: original.id,
        at: now().toISOString(),
      });
      await auditRequest(
        trx,
        req,
        'credit.reverse',
        { type: 'credit_entry', id: written.id },
        { reverses: original.id, points: written.points, reason: body.reason },
      );
      return written;
    });
    res.status(201).json({ entry });
  });

  return router;
}
