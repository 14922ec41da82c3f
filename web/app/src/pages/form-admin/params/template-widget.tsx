// Picks an email template by its purpose and name for a `…Template` parameter: the shipped ones and those admins
// created (the email-templates page creates them). A name that exists nowhere stays visible, marked, until replaced.
import type { WidgetProps } from '@rjsf/utils';
import { useI18n } from '../../../i18n/use-i18n';
import type { ParamsEditorContext } from './params-editor-context';

/** The template select. */
export function TemplateWidget({ id, value, onChange, disabled, readonly, required, registry }: WidgetProps) {
  const { t, pick } = useI18n();
  const { templates } = registry.formContext as ParamsEditorContext;
  const current = typeof value === 'string' ? value : '';
  const missing = current !== '' && !templates.some((template) => template.name === current);
  return (
    <select id={id} value={current} disabled={disabled || readonly} onChange={(event) => onChange(event.target.value || undefined)}>
      {!required && <option value="">{t('params.defaultTemplate')}</option>}
      {missing && <option value={current}>{t('params.missingTemplate', { name: current })}</option>}
      {templates.map((template) => (
        <option key={template.name} value={template.name}>
          {/* A shipped template is known by its purpose; one an admin created, by the name they gave it. */}
          {template.createdPurpose
            ? t('params.createdTemplate', { purpose: pick(template.purpose), name: template.name })
            : pick(template.purpose)}
        </option>
      ))}
    </select>
  );
}
