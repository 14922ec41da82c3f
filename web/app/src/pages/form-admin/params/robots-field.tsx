// The group robots a message also goes to, ticked by name and channel from the registered ones instead of typed keys;
// the keys are stored as before. With none registered it says so and links to the page where robots are registered.
import type { FieldProps } from '@rjsf/utils';
import { useMemo } from 'react';
import { routeHref } from '../../../routing/route-href';
import { useI18n } from '../../../i18n/use-i18n';
import { MultiPick } from './multi-pick';
import type { ParamsEditorContext } from './params-editor-context';
import { robotChoices } from './pick-lists';
import { pickedList } from './picked-list';

/** The robot checkboxes of a `robots` parameter. */
export function RobotsField(props: FieldProps) {
  const { fieldPathId, onChange, disabled, readonly, schema, registry } = props;
  const { t } = useI18n();
  const { robots } = registry.formContext as ParamsEditorContext;
  const { values, itemErrors } = pickedList<string>(props);
  const lists = useMemo(() => (robots ? robotChoices(robots, (channel) => t(`params.robots.${channel}`)) : undefined), [robots, t]);
  const robotsPage = routeHref({ name: 'robots' });
  return (
    <MultiPick
      id={fieldPathId.$id}
      title={schema.title ?? ''}
      hint={schema.description}
      values={values}
      offered={lists?.offered}
      retired={lists?.retired}
      empty={
        <p className="muted">
          {t('params.robots.none')} <a href={robotsPage}>{t('params.robots.register')}</a>
        </p>
      }
      onChange={(next) => onChange(next, fieldPathId.path)}
      disabled={disabled || readonly}
      itemErrors={itemErrors}
    />
  );
}
