// Reading the published forms a user may fill in.
import { Router } from 'express';
import { apiRouter } from '../api-router';
import { notFound } from '../../../core/errors';
import { localizeSchema } from '../../../forms/form-definition';
import { latestPublishedForm, listPublishedForms, type StoredForm } from '../../../forms/form-store';
import { requireUser } from '../access';
import type { AppDeps } from '../app-deps';

const FORM = { 'zh-CN': '表单', en: 'Form' };

function summary(form: StoredForm) {
  return { key: form.key, version: form.version, title: form.title, description: form.description, processType: form.process.processType };
}

/** Routes under /api/forms. */
export function formRoutes({ db }: AppDeps): Router {
  const router = apiRouter();

  router.get('/api/forms', async (req, res) => {
    const user = requireUser(req);
    res.json({ forms: (await listPublishedForms(db, user.role)).map(summary) });
  });

  router.get('/api/forms/:key', async (req, res) => {
    const user = requireUser(req);
    const form = await latestPublishedForm(db, req.params.key);
    if (!form || !form.audience.includes(user.role)) throw notFound(FORM);
    res.json({
      form: {
        ...summary(form),
        schema: form.schema,
        uiSchema: form.uiSchema,
        schemaEn: localizeSchema(form.schema, form.i18n.en),
        uiSchemaEn: form.uiSchema,
      },
    });
  });

  return router;
}
