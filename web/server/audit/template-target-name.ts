// An email, SMS or group-robot template as the audit log names it: by what the templates page titles it (the purpose it
// serves), a created one also by the name the admin gave it (as the params editor does: "… · 自建：name"), with the
// language of the text when the entry names one — never as its stored `name/locale`.
import type { Locale } from '#core/domain/locale';
import { hasTemplatePurpose, templatePurpose } from '#core/mail/template-purposes';
import type { AuditNames } from '#core/stores/audit-names';

const TEMPLATE_TARGETS = new Set(['email_template', 'sms_template', 'robot_template']);
/** Each language by its own name, as the templates page heads its columns. */
const LANGUAGES: Record<string, string> = { 'zh-CN': '中文', en: 'English' };

/** The name of a template target, or undefined for another target or a name neither shipped nor created. */
export function templateTargetName(
  { targetType, targetId }: { targetType: string; targetId: string },
  names: Pick<AuditNames, 'templatePurposes'>,
  locale: Locale,
): string | undefined {
  if (!TEMPLATE_TARGETS.has(targetType)) return undefined;
  const [name = '', language] = targetId.split('/');
  const created = names.templatePurposes.get(name);
  const purpose = created ?? name;
  if (!hasTemplatePurpose(purpose)) return undefined;
  const title = templatePurpose(purpose)[locale];
  const named = created ? (locale === 'en' ? `${title} · created: ${name}` : `${title} · 自建：${name}`) : title;
  const tongue = language ? LANGUAGES[language] : undefined;
  if (!tongue) return named;
  return locale === 'en' ? `${named} (${tongue})` : `${named}（${tongue}）`;
}
