// An admin creates an email template under a new name for one purpose (the shipped template whose role it plays and
// whose sample data it offers as variables). It starts as that purpose's shipped text in every language, so it renders
// and may be picked in a definition's params at once; the admin then edits it like any other.
import type { RJSFSchema } from '@rjsf/utils';
import type { Request } from 'express';
import { LOCALES } from '#core/domain/locale';
import { AppError } from '#core/errors';
import type { TemplateRenderer } from '#core/mail/template-renderer';
import { requireRole } from '../access';
import type { AppDeps } from '../app-deps';
import { auditRequest } from '../audit/audit-request';
import { bodyOf } from '../route-contract';
import { findCreatedTemplate, insertCreatedTemplate } from '#core/stores/email-templates/created-template-store';
import { saveEditedCopy } from '#core/stores/email-templates/email-template-store';
import type { TemplateTarget } from './template-target';

/** What creating a template takes: its new name and the shipped template whose purpose it serves. */
export const CREATE_SCHEMA: RJSFSchema = {
  type: 'object',
  required: ['name', 'purpose'],
  properties: {
    name: { type: 'string', pattern: '^[a-z][a-z0-9-]{1,63}$' },
    purpose: { type: 'string', minLength: 1, maxLength: 64 },
  },
  additionalProperties: false,
};

function refuse(status: number, code: string, path: string, message: { 'zh-CN': string; en: string }, req: Request): AppError {
  return new AppError(status, code, message, [{ path, message: message[req.locale] }]);
}

/** Creates the template the body (checked against CREATE_SCHEMA by the route) names and answers the target in the admin's language. */
export async function createTemplate(deps: AppDeps, renderer: TemplateRenderer, req: Request): Promise<TemplateTarget> {
  const admin = requireRole(req, ['admin']);
  const body = bodyOf<{ name: string; purpose: string }>(req);
  const shippedNames = renderer.names();
  if (!shippedNames.includes(body.purpose)) {
    throw refuse(422, 'unknown_purpose', '/purpose', { 'zh-CN': '请选择一种用途', en: 'Choose one of the purposes' }, req);
  }
  const taken = { 'zh-CN': '该模板名称已被使用，请换一个', en: 'A template with this name exists already; choose another name' };
  if (shippedNames.includes(body.name) || (await findCreatedTemplate(deps.db, body.name))) {
    throw refuse(409, 'template_exists', '/name', taken, req);
  }
  const at = (deps.now ?? (() => new Date()))();
  await deps.db.transaction(async (trx) => {
    await insertCreatedTemplate(trx, body, admin.id, at);
    for (const locale of LOCALES) await saveEditedCopy(trx, body.name, locale, renderer.shipped(body.purpose, locale), admin.id, at);
    await auditRequest(trx, req, 'email_template.create', { type: 'email_template', id: body.name }, { purpose: body.purpose });
  });
  const locale = req.locale;
  return {
    name: body.name,
    locale,
    shipped: renderer.shipped(body.purpose, locale),
    sampleName: body.purpose,
    createdPurpose: body.purpose,
  };
}
