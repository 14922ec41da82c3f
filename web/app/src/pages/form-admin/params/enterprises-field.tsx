// The enterprises a collection's list names (`target.enterpriseIds`, used when its scope is "listed enterprises"),
// ticked by name from every enterprise, with a filter box over the list, instead of typed ids; the ids are stored as before.
import type { FieldProps } from '@rjsf/utils';
import { useMemo } from 'react';
import { useI18n } from '../../../i18n/use-i18n';
import { MultiPick } from './multi-pick';
import type { ParamsEditorContext } from './params-editor-context';
import { valueAt } from './pick-choices';
import { enterpriseChoices } from './pick-lists';
import { pickedList } from './picked-list';

/** The enterprise picker of a collection's target. */
export function EnterprisesField(props: FieldProps) {
  const { fieldPathId, onChange, disabled, readonly, schema, registry } = props;
  const { t, locale } = useI18n();
  const { enterprises, params } = registry.formContext as ParamsEditorContext;
  const { values, itemErrors } = pickedList<number>(props);
  const offered = useMemo(() => (enterprises ? enterpriseChoices(enterprises, locale) : undefined), [enterprises, locale]);
  const listed = valueAt(params, [...fieldPathId.path.slice(0, -1), 'kind']) === 'list';
  return (
    <MultiPick
      id={fieldPathId.$id}
      title={schema.title ?? ''}
      hint={listed ? undefined : t('params.enterprises.onlyForList')}
      values={values}
      offered={offered}
      empty={<p className="muted">{t('params.enterprises.none')}</p>}
      onChange={(next) => onChange(next, fieldPathId.path)}
      disabled={disabled || readonly}
      itemErrors={itemErrors}
    />
  );
}
