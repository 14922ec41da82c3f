// Admins edit forms without code: one draft per form, checked on every save, published as immutable versions.
import { Router } from 'express';
import { apiRouter } from '../api-router';
import { AppError, notFound } from '#core/errors';
import { readerOf } from '#core/privacy/reader-of';
import { checkDefinition } from '#forms/check-definition';
import type { FormDefinition } from '#forms/form-definition';
import type { Database } from '#core/stores/db-types';
import { ensureCollectionSchedules } from '#core/collection-schedules';
import {
  discardDraft,
  draftOf,
  formVersions,
  listFormSummaries,
  publishDraft,
  runningByVersion,
  saveDraft,
} from '#core/stores/forms/form-admin-store';
import { processTypeOffers, resolveStarter, starterDefinition, starterOffers } from '#forms/process-templates';
import { requireRole } from '../access';
import type { AppDeps } from '../app-deps';
import { auditRequest } from '../audit/audit-request';
import { refuseForeignAuditedRead } from '../session/request-origin';
import { pageOfList, pageQuery } from '../paging';
import { accepts, bodyOf, describedBodyOf, queryOf } from '../route-contract';
import { exportSubmissionsCsv } from './export-submissions';
import { ADMIN_LIST_QUERY, DEFINITION_BODY, DRAFT, FORM, NEW_FORM, refuse, refuseReferences } from './form-admin-bodies';
import { FORM_EXPORT_QUERY, type FormExportQuery } from './form-export-query';
import { formTestSubmit, TEST_SUBMIT_BODY } from './form-test-submit';
import { brokenReferences } from './publish-references';
import { refuseForeignKey } from './definition-key';
import { retireAudited } from './retire-audited';
import { refuseStoredFields, sentStoredFields } from './stored-version-fields';
import { createTemplateRenderer, type TemplateRenderer } from '#core/mail/template-renderer';

const needsReason = (en: boolean) =>
  new AppError(
    422,
    'full_export_reason',
    { 'zh-CN': '完整导出（含未遮蔽的个人信息）须说明理由', en: 'A full export (personal data unmasked) needs a reason' },
    [{ path: '?reason', message: en ? 'give a reason of 4 to 500 characters' : '请填写 4 至 500 字的理由' }],
  );

/** Routes under /api/admin/forms, registered in this order: the list and new forms, drafts, publishing, samples and exports. */
export function formAdminRoutes(deps: AppDeps): Router {
  const router = apiRouter();
  const renderer = deps.renderer ?? createTemplateRenderer(deps.config.timeZone);
  formListRoutes(router, deps.db);
  draftRoutes(router, deps.db, renderer);
  publishRoutes(router, deps, renderer);
  sampleAndExportRoutes(router, deps);
  return router;
}

/** The list of forms, a new form, and one form's versions. */
function formListRoutes(router: Router, db: Database): void {
  router.get(
    '/api/admin/forms',
    accepts({
      summary: 'A page of every form (drafts, published and retired) by key, with the process types and starters offered',
      query: ADMIN_LIST_QUERY,
    }),
    async (req, res) => {
      requireRole(req, ['admin']);
      const filter = queryOf<{ status?: string; processType?: string; limit?: number; offset?: number }>(req);
      const forms = (await listFormSummaries(db)).filter(
        (form) => (!filter.status || form.status === filter.status) && (!filter.processType || form.processType === filter.processType),
      );
      const { rows, page } = pageOfList(forms, pageQuery(filter));
      res.json({ forms: rows, page, processTypes: processTypeOffers(), starters: starterOffers() });
    },
  );

  // A new form starts as a draft made from a starter definition; the key must be new.
  router.post('/api/admin/forms', accepts({ summary: 'Create a form', body: NEW_FORM }), async (req, res) => {
    const admin = requireRole(req, ['admin']);
    const body = bodyOf<{ key: string; title: FormDefinition['title']; processType: string; starter?: string }>(req);
    const starter = chosenStarter(body, req.locale === 'en');
    await refuseTakenKey(db, body.key, req.locale === 'en');
    const definition = starterDefinition(body.key, body.title, starter);
    const problems = checkDefinition(definition, req.locale);
    if (problems.length) throw refuse(problems);
    const draft = await saveDraft(db, definition, admin.username);
    await auditRequest(
      db,
      req,
      'form.create',
      { type: 'form', id: `${draft.key}@${draft.version}` },
      { processType: body.processType, starter },
    );
    res.status(201).json({ draft });
  });

  router.get('/api/admin/forms/:key', async (req, res) => {
    requireRole(req, ['admin']);
    const versions = await formVersions(db, req.params.key);
    if (!versions.length) throw notFound(FORM);
    res.json({ versions, running: await runningByVersion(db, req.params.key) });
  });
}

/** The starter a new form is made from: the one named, or the process type's; refused 422 unless it is one offered for
 * that process type. */
function chosenStarter(body: { processType: string; starter?: string }, en: boolean): string {
  const starter = resolveStarter(body.starter, body.processType);
  if (!starter || starterOffers().find((offer) => offer.name === starter)?.processType !== body.processType) {
    const known = starterOffers()
      .map((offer) => offer.name)
      .join(', ');
    throw new AppError(422, 'unknown_starter', { 'zh-CN': '请选择一种流程类型', en: 'Choose one of the process types' }, [
      { path: body.starter ? '/starter' : '/processType', message: en ? `choose one of ${known}` : '请从列表中选择' },
    ]);
  }
  return starter;
}

/** Refuses 409 a new form's key that a form has already. */
async function refuseTakenKey(db: Database, key: string, en: boolean): Promise<void> {
  if ((await formVersions(db, key)).length) {
    throw new AppError(
      409,
      'form_exists',
      { 'zh-CN': '该表单标识已被使用，请换一个', en: 'A form with this key exists already; choose another key' },
      [{ path: '/key', message: en ? 'is taken' : '已被使用' }],
    );
  }
}

/** A definition checked, a form's draft saved, and its draft discarded. */
function draftRoutes(router: Router, db: Database, renderer: TemplateRenderer): void {
  // The editor's "check" says what a publish would: shape first, then (once the shape is right) broken references.
  router.post(
    '/api/admin/forms/check',
    accepts({
      summary: 'Check a form definition',
      describedBody: DEFINITION_BODY('Answered 200 with `problems`: each shape problem or broken reference at its pointer'),
    }),
    async (req, res) => {
      requireRole(req, ['admin']);
      const definition = describedBodyOf<unknown>(req);
      await refuseStoredFields(db, definition, sentStoredFields(definition).key, req.locale);
      const problems = checkDefinition(definition, req.locale);
      res.json({ problems: problems.length ? problems : await brokenReferences(db, renderer, definition as FormDefinition, req.locale) });
    },
  );

  router.put(
    '/api/admin/forms/:key/draft',
    accepts({
      summary: 'Save the draft of a form',
      describedBody: DEFINITION_BODY(
        "Checked like a publish; a wrong shape is answered 422 with each problem at its pointer, a `key` other than the path's at /key",
      ),
    }),
    async (req, res) => {
      const admin = requireRole(req, ['admin']);
      const body = describedBodyOf<object>(req);
      refuseForeignKey(body, String(req.params.key), req.locale);
      await refuseStoredFields(db, body, String(req.params.key), req.locale);
      const definition = { ...body, key: req.params.key } as FormDefinition;
      const problems = checkDefinition(definition, req.locale);
      if (problems.length) throw refuse(problems);
      const draft = await saveDraft(db, definition, admin.username);
      await auditRequest(db, req, 'form.save_draft', { type: 'form', id: `${draft.key}@${draft.version}` }, { version: draft.version });
      res.json({ draft });
    },
  );

  router.delete('/api/admin/forms/:key/draft', async (req, res) => {
    requireRole(req, ['admin']);
    if (!(await discardDraft(db, req.params.key))) throw notFound(DRAFT);
    await auditRequest(db, req, 'form.discard_draft', { type: 'form', id: req.params.key });
    res.status(204).end();
  });
}

/** Publishing a form's draft, and retiring a form. */
function publishRoutes(router: Router, { db, temporal, config, now = () => new Date() }: AppDeps, renderer: TemplateRenderer): void {
  router.post('/api/admin/forms/:key/publish', async (req, res) => {
    requireRole(req, ['admin']);
    const draft = await draftOf(db, req.params.key);
    if (!draft) throw notFound(DRAFT);
    const problems = checkDefinition(draft, req.locale);
    if (problems.length) throw refuse(problems);
    const broken = await brokenReferences(db, renderer, draft, req.locale);
    if (broken.length) throw refuseReferences(broken);
    const version = await db.transaction(async (trx) => {
      const published = await publishDraft(trx, draft.key);
      await auditRequest(trx, req, 'form.publish', { type: 'form', id: `${draft.key}@${published}` }, { version: published });
      return published;
    });
    // A daily collection runs from its Schedule: publishing one starts (or moves) it now, not at the next worker start;
    // published during the day, before its deadline, it opens today's round at once.
    if (draft.process.processType === 'collection') await ensureCollectionSchedules(temporal, config, db, now());
    res.json({ key: draft.key, version, running: await runningByVersion(db, draft.key) });
  });

  router.post('/api/admin/forms/:key/retire', async (req, res) => {
    requireRole(req, ['admin']);
    await retireAudited(db, temporal, req, String(req.params.key));
    res.status(204).end();
  });
}

/** Sample data tested against a form, and a form's submissions exported as CSV. */
function sampleAndExportRoutes(router: Router, { db, config }: AppDeps): void {
  // Validates sample data as a real submission would be, against the edited definition, the draft or the published form.
  router.post(
    '/api/admin/forms/:key/test-submit',
    accepts({ summary: 'Test sample data against a form', describedBody: TEST_SUBMIT_BODY }),
    formTestSubmit(db),
  );

  // `?full=1&reason=…` is the audited full export: personal fields in clear, one audit row naming who, why and how many.
  const submissionsCsv = accepts({
    summary: "A form's submissions as CSV, personal fields masked unless the audited full export",
    query: FORM_EXPORT_QUERY,
  });
  router.get('/api/admin/forms/:key/export.csv', submissionsCsv, async (req, res) => {
    const key = String(req.params.key);
    const user = requireRole(req, ['admin', 'hq']);
    const asked = queryOf<FormExportQuery>(req);
    const full = asked.full === true;
    const reason = asked.reason?.trim() ?? '';
    if (full && (reason.length < 4 || reason.length > 500)) throw needsReason(req.locale === 'en');
    if (full) refuseForeignAuditedRead(req, config.publicUrl);
    const versions = (await formVersions(db, key)).filter((v) => v.status !== 'draft');
    if (!versions.length) throw notFound(FORM);
    const { csv, rows } = await exportSubmissionsCsv(db, key, versions, readerOf(user, req.locale), full, config.timeZone);
    if (full) await auditRequest(db, req, 'submissions.full-export', { type: 'form', id: key }, { reason, rows });
    res.type('text/csv; charset=utf-8').attachment(`${key}-submissions${full ? '-full' : ''}.csv`);
    res.send(csv);
  });
}
