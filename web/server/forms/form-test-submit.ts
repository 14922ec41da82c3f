// POST /api/admin/forms/:key/test-submit: validates sample data exactly as a real submission would be; starts nothing.
// The editor may send the definition it is editing (checked first), so a preview is tested before it is saved;
// otherwise the draft or published version is used.
import type { Request, Response } from 'express';
import type { Locale } from '#core/domain/locale';
import { notFound } from '#core/errors';
import type { Db } from '#core/stores/db-types';
import { draftOf } from '#core/stores/forms/form-admin-store';
import { latestPublishedForm } from '#core/stores/forms/form-store';
import { checkDefinition } from '#forms/check-definition';
import { localizeSchema, type FormDefinition } from '#forms/form-definition';
import { validateFormData } from '#forms/form-validator';
import { requireRole } from '../access';
import { describedBodyOf, invalidBody, unknownFieldProblems, type DescribedBody } from '../route-contract';
import { refuseForeignKey } from './definition-key';
import { DEFINITION_BODY, FORM, refuse } from './form-admin-bodies';
import { refuseStoredFields } from './stored-version-fields';

/** The test-submit's body: an edited definition (optional) and the sample data. */
export const TEST_SUBMIT_BODY: DescribedBody = {
  mediaTypes: ['application/json'],
  schema: { type: 'object', properties: { definition: { type: 'object' }, data: { type: 'object' } }, additionalProperties: false },
  description:
    'An edited `definition` (optional, checked first) and sample `data`, validated as a submission would be; answered 200 with `errors`; ' +
    'any other top-level field is answered 422 at its name, as is one of `definition` the draft save would refuse',
};

/** The form the sample is tested against: the `edited` definition when sent (refused as its draft save would be),
 * else the draft, else the newest published version of `key`. */
async function formUnderTest(db: Db, edited: unknown, key: string, locale: Locale) {
  // The edit is refused as its draft save would be: a misspelt `guidence` or a changed `status` at its path.
  const unknown = unknownFieldProblems(DEFINITION_BODY('').schema!, edited, locale);
  if (unknown.length) throw invalidBody(unknown.map((problem) => ({ ...problem, path: `/definition${problem.path}` })));
  refuseForeignKey(edited, key, locale, '/definition');
  await refuseStoredFields(db, edited, key, locale, '/definition');
  const form =
    edited === undefined
      ? ((await draftOf(db, key)) ?? (await latestPublishedForm(db, key)))
      : { ...(edited as FormDefinition), key, status: 'unsaved' as const };
  if (!form) throw notFound(FORM);
  if (edited !== undefined) {
    const problems = checkDefinition(form, locale);
    if (problems.length) throw refuse(problems);
  }
  return form;
}

/** The test-submit handler: answers the version tested, its status and the sample's `errors`. */
export function formTestSubmit(db: Db) {
  return async (req: Request<{ key: string }>, res: Response): Promise<void> => {
    requireRole(req, ['admin']);
    // A misspelt `definiton` was dropped and the sample checked against the stored version instead of the edit.
    const body = describedBodyOf<{ definition?: unknown; data?: unknown }>(req);
    const form = await formUnderTest(db, body.definition, String(req.params.key), req.locale);
    const schema = req.locale === 'en' ? localizeSchema(form.schema, form.i18n?.en) : form.schema;
    res.json({ version: form.version ?? null, status: form.status, errors: validateFormData(schema, body.data ?? {}, req.locale) });
  };
}
