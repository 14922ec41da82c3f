// The SMS channel of a template purpose: admins edit the text a mobile receives (templates/email/<purpose>/
// <locale>.sms.hbs) the way they edit the email parts; edited copies live in sms_templates. Beyond the strict check, a
// copy whose sample text does not fit one SMS (70 characters with the signature) is refused; the preview shows such a
// text with its length, so the admin sees how much to cut.
import type { Router } from 'express';
import { createSmsRenderer, smsBudget, smsLength } from '#core/notify/sms-renderer';
import { SMS_TEMPLATES } from '#core/stores/email-templates/channel-template-store';
import type { AppDeps } from '../app-deps';
import { channelTemplateRoutes } from './channel-template-routes';

/** Routes under /api/admin/email-templates/:name/:locale/sms. */
export function smsTemplateRoutes(deps: AppDeps): Router {
  const renderer = createSmsRenderer(deps.config.timeZone, smsBudget(deps.config.sms?.signName));
  return channelTemplateRoutes(deps, {
    segment: 'sms',
    channel: 'sms',
    copies: SMS_TEMPLATES,
    maxLength: 1000,
    auditType: 'sms_template',
    noun: { 'zh-CN': '短信模板', en: 'SMS template' },
    summaryNoun: 'SMS text',
    has: renderer.has,
    shipped: renderer.shipped,
    check: renderer.check,
    previewCheck: renderer.checkStrict,
    preview: (name, locale, data, text) => {
      const full = renderer.full(name, locale, data, text);
      const length = smsLength(full);
      return { text: full, length, budget: renderer.budget, fits: length <= renderer.budget };
    },
    extra: { budget: renderer.budget },
  });
}
