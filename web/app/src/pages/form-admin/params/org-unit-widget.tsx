// Picks the organisation unit an overdue alert narrows its role to (a working group or an inspection body) from the
// same list as a rung's actor, instead of a key typed by hand. A key that is in neither list stays visible until replaced.
import type { WidgetProps } from '@rjsf/utils';
import { useI18n } from '../../../i18n/use-i18n';
import { orgUnitChoices } from './org-unit-choices';

/** The working-group select. */
export function OrgUnitWidget({ id, value, onChange, disabled, readonly, rawErrors }: WidgetProps) {
  const { t, locale } = useI18n();
  const { groups, bodies } = orgUnitChoices(locale);
  const current = typeof value === 'string' ? value : '';
  const known = current === '' || [...groups, ...bodies].some((unit) => unit.key === current);
  return (
    <select
      id={id}
      value={current}
      disabled={disabled || readonly}
      aria-invalid={rawErrors?.length ? true : undefined}
      onChange={(event) => onChange(event.target.value || undefined)}
    >
      <option value="">{t('params.notSet')}</option>
      {!known && <option value={current}>{current}</option>}
      <optgroup label={t('params.orgUnit.groups')}>
        {groups.map((unit) => (
          <option key={unit.key} value={unit.key}>
            {unit.name}
          </option>
        ))}
      </optgroup>
      <optgroup label={t('params.orgUnit.bodies')}>
        {bodies.map((unit) => (
          <option key={unit.key} value={unit.key}>
            {unit.name}
          </option>
        ))}
      </optgroup>
    </select>
  );
}
