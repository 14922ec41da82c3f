// Picks an email template for a `…Template` parameter: the shipped ones and those admins created (the email-templates
// page creates them), each by its short name ("受理回执"), its long description as the option's tooltip and under the
// select for the chosen one. Templates of the slot's purpose come first (template-fit.ts). Left unset, it says what
// happens: nothing is sent, or the code's own default template (named). A name that exists nowhere stays visible,
// marked, until replaced.
import type { WidgetProps } from '@rjsf/utils';
import { useI18n } from '../../../i18n/use-i18n';
import type { ParamsEditorContext } from './params-editor-context';
import { splitByFit } from './template-fit';
import { templateShortName } from './template-short-name';

type Template = ParamsEditorContext['templates'][number];

/** The template select, and what the chosen template is for. */
export function TemplateWidget({ id, value, onChange, disabled, readonly, required, registry, options, rawErrors }: WidgetProps) {
  const { t, pick } = useI18n();
  const { templates } = registry.formContext as ParamsEditorContext;
  const purposes = Array.isArray(options.purposes) ? (options.purposes as string[]) : [];
  const whenUnset = typeof options.whenUnset === 'string' ? options.whenUnset : undefined;
  const fallback = whenUnset && templates.find((template) => template.name === whenUnset);
  const unsetWords = whenUnset
    ? t('params.templateWhenUnset', { name: fallback ? templateShortName(fallback, t) : whenUnset })
    : t('params.templateNotSent');
  const { fitting, other } = splitByFit(templates, purposes);
  const current = typeof value === 'string' ? value : '';
  const chosen = templates.find((template) => template.name === current);
  const missing = current !== '' && !chosen;
  const optionOf = (template: Template) => (
    <option key={template.name} value={template.name} title={pick(template.purpose)}>
      {templateShortName(template, t)}
    </option>
  );
  return (
    <>
      <select
        id={id}
        value={current}
        disabled={disabled || readonly}
        aria-invalid={rawErrors?.length ? true : undefined}
        aria-describedby={chosen ? `${id}__purpose` : undefined}
        onChange={(event) => onChange(event.target.value || undefined)}
      >
        {!required && <option value="">{unsetWords}</option>}
        {missing && <option value={current}>{t('params.missingTemplate', { name: current })}</option>}
        {fitting.length > 0 && other.length > 0 ? (
          <>
            <optgroup label={t('params.fittingTemplates')}>{fitting.map(optionOf)}</optgroup>
            <optgroup label={t('params.otherTemplates')}>{other.map(optionOf)}</optgroup>
          </>
        ) : (
          [...fitting, ...other].map(optionOf)
        )}
      </select>
      {chosen && (
        <p id={`${id}__purpose`} className="field__hint template-select__purpose">
          {pick(chosen.purpose)}
        </p>
      )}
    </>
  );
}
