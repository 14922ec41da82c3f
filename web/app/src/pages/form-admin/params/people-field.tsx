// The people an overdue alert goes to, picked by name (with their role and unit) instead of typed user ids; the ids
// are stored as before. When the alert names a role, the list starts narrowed to the people of that role.
import type { FieldProps } from '@rjsf/utils';
import { useMemo, useState } from 'react';
import { ROLE_NAMES } from '#core/domain/glossary';
import type { Role } from '#core/org/org-types';
import { useI18n } from '../../../i18n/use-i18n';
import { MultiPick } from './multi-pick';
import type { ParamsEditorContext } from './params-editor-context';
import { valueAt } from './pick-choices';
import { personChoices } from './pick-lists';
import { pickedList } from './picked-list';

/** The people picker of `overdue.alert.userIds`. */
export function PeopleField(props: FieldProps) {
  const { fieldPathId, onChange, disabled, readonly, schema, registry } = props;
  const { t, locale } = useI18n();
  const { people, params } = registry.formContext as ParamsEditorContext;
  const { values, itemErrors } = pickedList<number>(props);
  const role = valueAt(params, [...fieldPathId.path.slice(0, -1), 'role']) as Role | undefined;
  const [narrowed, setNarrowed] = useState(true);
  const lists = useMemo(() => (people ? personChoices(people, locale) : undefined), [people, locale]);
  const roleName = role && ROLE_NAMES[role] ? ROLE_NAMES[role][locale] : undefined;
  const listed = lists && roleName && narrowed ? lists.offered.filter((person) => person.role === role) : lists?.offered;
  return (
    <MultiPick
      id={fieldPathId.$id}
      title={schema.title ?? ''}
      hint={t('params.people.hint')}
      values={values}
      offered={lists?.offered}
      listed={listed}
      retired={lists?.retired}
      empty={<p className="muted">{t('params.people.none')}</p>}
      above={
        roleName && (
          <label className="multi-pick__narrow">
            <input type="checkbox" checked={narrowed} onChange={(event) => setNarrowed(event.target.checked)} />
            {t('params.people.onlyRole', { role: roleName })}
          </label>
        )
      }
      onChange={(next) => onChange(next, fieldPathId.path)}
      disabled={disabled || readonly}
      itemErrors={itemErrors}
    />
  );
}
