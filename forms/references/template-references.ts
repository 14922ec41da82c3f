// Email templates named in params (`receiptTemplate`, `publicity.noticeTemplate`, `overdue.template`, …) must exist:
// a typo otherwise publishes and every new instance fails at its first email (TemplateMissing).
import type { ReferenceChecker } from './reference-check';
import { walkParams } from './walk-params';

/** The param names whose value names an email template. */
export const NAMES_A_TEMPLATE = /^(template|[A-Za-z]+Template)$/;

/** Each template name in the params that is neither shipped nor created by an admin. */
export const templateReferences: ReferenceChecker = (definition, { templateNames }) =>
  walkParams(definition.process.params)
    .filter(({ key, value }) => NAMES_A_TEMPLATE.test(key) && typeof value === 'string' && !templateNames.has(value))
    .map(({ value, path }) => ({
      path,
      message: {
        'zh-CN': `邮件模板「${String(value)}」不存在，请在“邮件模板”中新建或选择已有模板`,
        en: `There is no email template "${String(value)}"; create it under Email templates or pick an existing one`,
      },
    }));
