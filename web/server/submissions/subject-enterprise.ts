// Which enterprise a submission concerns. An enterprise user always files for its own; a nominator without an
// enterprise (a cadre, a working group member) names one in the form's `enterpriseCreditCode` field, and must be
// allowed to see it. Forms without that field concern the submitter's enterprise, if any, as before.
import type { Locale } from '#core/domain/locale';
import { AppError } from '#core/errors';
import { SUBJECT_FIELD } from '#forms/subject-field';
import type { Db } from '#core/stores/db-types';
import { enterpriseIdByCreditCode } from '#core/stores/org/enterprise-store';
import { creditCodeOf } from '#core/stores/submissions/submission-enterprises';
import { visibleEnterprises } from '../access';
import type { SessionUser } from '../request-context';

const refuse = (message: Record<Locale, string>, locale: Locale) =>
  new AppError(422, 'invalid_form', { 'zh-CN': '表单填写有误，请按提示修改', en: 'Some fields need attention' }, [
    { path: `/data/${SUBJECT_FIELD}`, message: message[locale] },
  ]);

/** The enterprise id to file the submission under, or a 422 naming the field when the choice is not allowed. */
export async function subjectEnterprise(
  db: Db,
  user: SessionUser,
  schema: Record<string, unknown>,
  data: unknown,
  locale: Locale,
): Promise<number | null> {
  const named = (data as Record<string, unknown> | null)?.[SUBJECT_FIELD];
  const hasField = SUBJECT_FIELD in ((schema.properties as Record<string, unknown> | undefined) ?? {});
  if (!hasField) return user.enterpriseId;
  if (user.enterpriseId !== null) {
    if (named === undefined || named === '') return user.enterpriseId;
    if ((await creditCodeOf(db, user.enterpriseId)) === named) return user.enterpriseId;
    throw refuse({ 'zh-CN': '企业只能为本企业申报，请清空此项', en: 'An enterprise can only apply for itself: leave this empty' }, locale);
  }
  if (typeof named !== 'string' || !named)
    throw refuse({ 'zh-CN': '请填写被推荐企业的统一社会信用代码', en: 'Enter the credit code of the enterprise you nominate' }, locale);
  const enterpriseId = await enterpriseIdByCreditCode(db, named.toUpperCase());
  const scope = await visibleEnterprises(db, user);
  if (enterpriseId === undefined || (scope !== 'all' && !scope.includes(enterpriseId))) {
    throw refuse({ 'zh-CN': '没有找到您可推荐的该企业', en: 'No enterprise you may nominate has this credit code' }, locale);
  }
  return enterpriseId;
}
