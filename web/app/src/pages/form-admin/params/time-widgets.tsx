// rjsf widgets for time values in params: a time limit ("4 hours", "end of day", "2 working days"), a duration, an
// offset from a deadline, or either a time of day or an offset ("15:00", "2 hours").
import type { FieldProps, WidgetProps } from '@rjsf/utils';
import { useI18n } from '../../../i18n/use-i18n';
import { ChoiceOrText } from './choice-or-text';
import { TIME_CHOICES, timeWords, type TimeKind } from './duration-words';

function TimeSelect({
  kind,
  id,
  value,
  onChange,
  disabled,
  optional,
  invalid,
}: {
  kind: TimeKind;
  id: string;
  value: unknown;
  onChange: (v: string | undefined) => void;
  disabled?: boolean;
  optional?: boolean;
  invalid?: boolean;
}) {
  const { locale } = useI18n();
  const choices = TIME_CHOICES[kind].map((choice) => ({ value: choice, label: timeWords(choice, locale) }));
  return (
    <ChoiceOrText
      id={id}
      value={typeof value === 'string' ? value : undefined}
      choices={choices}
      onChange={onChange}
      disabled={disabled}
      optional={optional}
      invalid={invalid}
    />
  );
}

const widgetOf = (kind: TimeKind) =>
  function TimeWidget({ id, value, onChange, disabled, readonly, required, rawErrors }: WidgetProps) {
    return (
      <TimeSelect
        kind={kind}
        id={id}
        value={value}
        onChange={onChange}
        disabled={disabled || readonly}
        optional={!required}
        invalid={Boolean(rawErrors?.length)}
      />
    );
  };

/** The time limit of a rung or task. */
export const SlaWidget = widgetOf('sla');
/** A positive duration. */
export const DurationWidget = widgetOf('duration');
/** How long before or after a deadline. */
export const OffsetWidget = widgetOf('offset');

/** A field for `anyOf` of a time of day and an offset (a reminder, an escalation's "after"). */
export function WhenTextField({ fieldPathId, formData, onChange, disabled, readonly, required, schema, rawErrors }: FieldProps) {
  const { t } = useI18n();
  const position = fieldPathId.path.at(-1);
  return (
    <div className="field">
      {schema.title && <label htmlFor={fieldPathId.$id}>{schema.title}</label>}
      {/* An item of a list (a reminder) has no title of its own: it is named by its place, for screen readers. */}
      {!schema.title && typeof position === 'number' && (
        <label htmlFor={fieldPathId.$id} className="visually-hidden">
          {t('params.item', { n: position + 1 })}
        </label>
      )}
      {schema.description && <p className="hint">{schema.description}</p>}
      <TimeSelect
        kind="when"
        id={fieldPathId.$id}
        value={formData}
        onChange={(value) => onChange(value, fieldPathId.path)}
        disabled={disabled || readonly}
        optional={!required}
        invalid={Boolean(rawErrors?.length)}
      />
    </div>
  );
}
