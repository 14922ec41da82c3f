// A task priority picked by its word (普通 / 优先 / 紧急, as the inbox and the rules table say it) instead of a typed
// number; the params keep the number, within the schema's own bounds.
import type { WidgetProps } from '@rjsf/utils';
import { PRIORITY_NAMES, PRIORITY_LEVELS } from '#core/domain/glossary';
import { useI18n } from '../../../i18n/use-i18n';

/** The priority select. */
export function PriorityWidget({ id, value, onChange, disabled, readonly, required, schema, rawErrors }: WidgetProps) {
  const { t, locale } = useI18n();
  const lowest = typeof schema.minimum === 'number' ? schema.minimum : 0;
  const highest = typeof schema.maximum === 'number' ? schema.maximum : 3;
  const levels = PRIORITY_LEVELS.filter((level) => level >= lowest && level <= highest);
  const current = typeof value === 'number' ? String(value) : '';
  const known = current === '' || levels.some((level) => String(level) === current);
  return (
    <select
      id={id}
      value={current}
      disabled={disabled || readonly}
      aria-invalid={rawErrors?.length ? true : undefined}
      onChange={(event) => onChange(event.target.value === '' ? undefined : Number(event.target.value))}
    >
      {(!required || current === '') && <option value="">{t('params.notSet')}</option>}
      {!known && <option value={current}>{current}</option>}
      {levels.map((level) => (
        <option key={level} value={String(level)}>
          {PRIORITY_NAMES[level][locale]}
        </option>
      ))}
    </select>
  );
}
