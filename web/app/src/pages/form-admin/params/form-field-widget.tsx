// Picks the field of the form a parameter names (the urgent field, a liaison field, a figure, a subject's name field)
// by its title instead of a typed key, offering only fields of a kind the parameter can use (form-field-choices.ts).
// A monitoring rule on readings picks one of the process's readings instead; a record's problem fields pick from the
// list field the params name. A stored key the form lacks stays visible, marked, until replaced.
import type { WidgetProps } from '@rjsf/utils';
import type { Locale } from '#core/domain/locale';
import { useI18n } from '../../../i18n/use-i18n';
import { computedFactChoices, fieldOptions, type FieldKind, type FieldOption, type FormFieldChoice } from './form-field-choices';
import type { ParamsEditorContext } from './params-editor-context';
import { valueAt } from './pick-choices';

// A subject's readings, as the fields its rules test (forms/references/field-references.ts: rules on readings).
function readingFields(params: unknown, locale: Locale): FormFieldChoice[] | undefined {
  const readings = valueAt(params, ['readings']);
  if (!Array.isArray(readings)) return undefined;
  return readings.flatMap((reading): FormFieldChoice[] => {
    const { key, title } = (reading ?? {}) as { key?: unknown; title?: Record<string, unknown> };
    if (typeof key !== 'string' || key === '') return [];
    const words = title?.[locale];
    return [{ key, title: typeof words === 'string' && words !== '' ? words : key, kind: 'number' }];
  });
}

function fieldsToOffer(
  context: ParamsEditorContext,
  options: WidgetProps['options'],
  locale: Locale,
): readonly FormFieldChoice[] | undefined {
  if (options.onReadings) {
    const readings = readingFields(context.params, locale);
    if (readings) return readings;
  }
  if (Array.isArray(options.itemsOf)) {
    const list = valueAt(context.params, options.itemsOf as string[]);
    return context.formFields?.find((field) => field.key === list)?.items ?? (context.formFields ? [] : undefined);
  }
  if (options.computedFacts && context.formFields) return [...context.formFields, ...computedFactChoices(locale)];
  return context.formFields;
}

/** The field select of a field-naming parameter. */
export function FormFieldWidget({ id, value, onChange, disabled, readonly, required, registry, options, rawErrors }: WidgetProps) {
  const { t, locale } = useI18n();
  const context = registry.formContext as ParamsEditorContext;
  const kinds = (Array.isArray(options.kinds) ? options.kinds : []) as FieldKind[];
  const current = typeof value === 'string' && value !== '' ? value : undefined;
  const fields = fieldsToOffer(context, options, locale);
  // Until the form's schema is read (or while it does not parse), the stored key shows as it is.
  const choices: FieldOption[] = fields
    ? fieldOptions(fields, options.onReadings ? ['number'] : kinds, current)
    : current
      ? [{ value: current, label: current, state: 'offered' }]
      : [];
  const marks: Record<FieldOption['state'], string> = {
    offered: '',
    unknown: t('params.field.unknownMark'),
    unfit: t('params.field.unfitMark'),
  };
  return (
    <>
      <select
        id={id}
        value={current ?? ''}
        disabled={disabled || readonly}
        aria-invalid={rawErrors?.length || choices.some((choice) => choice.state !== 'offered') ? true : undefined}
        onChange={(event) => onChange(event.target.value || undefined)}
      >
        {(!required || current === undefined) && <option value="">{t('params.notSet')}</option>}
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {`${choice.label}${marks[choice.state]}`}
          </option>
        ))}
      </select>
      {fields && !choices.some((choice) => choice.state === 'offered') && (
        <p className="field__hint">
          {t('params.field.noneFits', { kinds: kinds.map((kind) => t(`params.fieldKind.${kind}`)).join(t('params.listJoin')) })}
        </p>
      )}
    </>
  );
}
