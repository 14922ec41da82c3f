// The one check of who may start a form, for every route that opens, drafts or submits one (forms/form-audience.ts): a
// form not for the caller's role answers 404 as if it did not exist; one whose audience leaves the caller's kind of
// account out (an inspection body's member, for the service class's nominations) answers 403 saying so.
import { AppError, notFound } from '#core/errors';
import type { StoredForm } from '#core/stores/forms/form-store';
import { inAudience, leftOutOfAudience } from '#forms/form-audience';
import type { SessionUser } from '../request-context';

const FORM = { 'zh-CN': '表单', en: 'Form' };

function notForInspectionBodies(form: StoredForm): AppError {
  return new AppError(403, 'not_for_inspection_bodies', {
    'zh-CN': `检查组成员不填报「${form.title['zh-CN']}」，请由该表单的填报对象填写`,
    en: `Inspection team members do not file “${form.title.en}”; it is filed by the accounts its audience names`,
  });
}

/** `form` when `user` may start it; else 404 (no such form, or not for their role) or 403 (left out of its audience). */
export function formToFile(form: StoredForm | undefined, user: SessionUser): StoredForm {
  if (!form) throw notFound(FORM);
  if (leftOutOfAudience(form, user)) throw notForInspectionBodies(form);
  if (!inAudience(form, user)) throw notFound(FORM);
  return form;
}
