// Picks the rung of the ladder a parameter names (the rung that reviews an objection) by its title, from the same
// params' rungs; a key no rung has stays visible, marked, until replaced.
import type { WidgetProps } from '@rjsf/utils';
import { useI18n } from '../../../i18n/use-i18n';
import type { ParamsEditorContext } from './params-editor-context';
import { rungOptions } from './rung-choices';

/** The rung select. */
export function RungWidget({ id, value, onChange, disabled, readonly, required, registry, rawErrors }: WidgetProps) {
  const { t, locale } = useI18n();
  const { params } = registry.formContext as ParamsEditorContext;
  const current = typeof value === 'string' && value !== '' ? value : undefined;
  const rungs = rungOptions(params, locale, current);
  return (
    <select
      id={id}
      value={current ?? ''}
      disabled={disabled || readonly}
      aria-invalid={rawErrors?.length || rungs.some((rung) => rung.position === undefined) ? true : undefined}
      onChange={(event) => onChange(event.target.value || undefined)}
    >
      {(!required || current === undefined) && <option value="">{t('params.notSet')}</option>}
      {rungs.map((rung) => (
        <option key={rung.value} value={rung.value}>
          {rung.position === undefined
            ? `${rung.label}${t('params.rungUnknownMark')}`
            : t('params.rungChoice', { n: rung.position, title: rung.label })}
        </option>
      ))}
    </select>
  );
}
