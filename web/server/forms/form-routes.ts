// Reading the published forms a user may fill in.
import type { RJSFSchema } from '@rjsf/utils';
import { Router } from 'express';
import { apiRouter } from '../api-router';
import { localizeSchema } from '#forms/form-definition';
import { withParams } from '#forms/param-text';
import { latestPublishedForm, listPublishedForms, type StoredForm } from '#core/stores/forms/form-store';
import { requireUser } from '../access';
import { formToFile } from './form-to-file';
import type { AppDeps } from '../app-deps';
import type { SessionUser } from '../request-context';
import { pageOfList, pageQuery } from '../paging';
import { accepts, PAGE_QUERY_PROPERTIES, queryOf } from '../route-contract';
import { FORM_ANSWER, FORM_LIST_ANSWER } from '../openapi/answer-schemas';

/** The published forms' filter and paging. */
const LIST_QUERY: RJSFSchema = {
  type: 'object',
  properties: { ...PAGE_QUERY_PROPERTIES, processType: { type: 'string', maxLength: 64, title: 'The kind of process the form starts' } },
  additionalProperties: false,
};

/** A form as `user` may read it: the filler's guidance (null when the form has none), and the description only to an
 * admin — it is written for administrators (follow-up tasks, alerts to leaders, clauses), never for the one filling.
 * Both say the version's own parameters where they name one (`{checkInTimes}`, forms/param-text.ts). */
function summary(form: StoredForm, user: SessionUser) {
  const params = form.process.params as Record<string, unknown>;
  return {
    key: form.key,
    version: form.version,
    title: form.title,
    guidance: form.guidance ? withParams(form.guidance, params) : null,
    ...(user.role === 'admin' ? { description: withParams(form.description, params) } : {}),
    processType: form.process.processType,
  };
}

/** Routes under /api/forms. */
export function formRoutes({ db }: AppDeps): Router {
  const router = apiRouter();

  router.get(
    '/api/forms',
    accepts({
      summary: 'A page of the published forms the caller may fill in',
      query: LIST_QUERY,
      answers: { 200: { description: 'A page of forms', schema: FORM_LIST_ANSWER } },
    }),
    async (req, res) => {
      const user = requireUser(req);
      const filter = queryOf<{ processType?: string; limit?: number; offset?: number }>(req);
      const forms = (await listPublishedForms(db, user)).map((form) => summary(form, user));
      const { rows, page } = pageOfList(
        forms.filter((form) => !filter.processType || form.processType === filter.processType),
        pageQuery(filter),
      );
      res.json({ forms: rows, page });
    },
  );

  const form = accepts({
    summary: 'The latest published version of a form, with the schema its submissions are checked against',
    answers: { 200: { description: 'The form', schema: FORM_ANSWER } },
  });
  router.get('/api/forms/:key', form, async (req, res) => {
    const user = requireUser(req);
    const form = formToFile(await latestPublishedForm(db, String(req.params.key)), user);
    res.json({
      form: {
        ...summary(form, user),
        schema: form.schema,
        uiSchema: form.uiSchema,
        schemaEn: localizeSchema(form.schema, form.i18n.en),
        uiSchemaEn: form.uiSchema,
      },
    });
  });

  return router;
}
