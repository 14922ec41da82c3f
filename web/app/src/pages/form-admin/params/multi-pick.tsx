// Several things picked by name instead of typed ids or keys: what is chosen, as removable chips (a value the list does
// not hold stays there, marked, until removed), then a checkbox per choice, with a filter box above a long list. The
// whole is one fieldset whose id is the parameter's, so a problem at the list or one of its items focuses it.
import { useId, useState, type ReactNode } from 'react';
import { useI18n } from '../../../i18n/use-i18n';
import { matchingChoices, pickedValues, toggledValues, type PickChoice, type PickedValue } from './pick-choices';

// A filter box from this many choices on; at most SHOWN checkboxes at once (a city has hundreds of enterprises).
const FILTER_FROM = 8;
const SHOWN = 100;

/** Props of MultiPick. */
export interface MultiPickProps<V extends string | number> {
  id: string;
  title: string;
  /** Help under the title. */
  hint?: ReactNode;
  values: readonly V[];
  /** What may be picked; undefined until read. */
  offered: readonly PickChoice<V>[] | undefined;
  /** The part of `offered` listed as checkboxes now (a narrowing); all of it when absent. */
  listed?: readonly PickChoice<V>[];
  /** Known but not offered (deactivated, switched off): they name a stored value, marked. */
  retired?: readonly PickChoice<V>[];
  /** Shown instead of the checkboxes when nothing may be picked. */
  empty: ReactNode;
  /** Controls above the checkboxes (a narrowing). */
  above?: ReactNode;
  onChange: (values: V[] | undefined) => void;
  disabled?: boolean;
  /** The server's problems with each item, by its place (those with the list as a whole show under the field). */
  itemErrors?: readonly (readonly string[] | undefined)[];
}

/** The chips, the filter and the checkboxes. */
export function MultiPick<V extends string | number>(props: MultiPickProps<V>) {
  const { id, title, hint, values, offered, listed = offered, retired, empty, above, onChange, disabled, itemErrors = [] } = props;
  const { t } = useI18n();
  const own = useId();
  const [filter, setFilter] = useState('');
  // Until the list is read, nothing is called unknown: the stored values show as they are.
  const picked: PickedValue<V>[] = offered
    ? pickedValues(values, offered, retired)
    : values.map((value) => ({ value, label: String(value), state: 'offered' }));
  const matching = matchingChoices(listed ?? [], filter, SHOWN);
  const marks: Record<PickedValue<V>['state'], string> = {
    offered: '',
    off: t('params.pick.offMark'),
    unknown: t('params.pick.unknownMark'),
  };
  return (
    <fieldset id={id} className="multi-pick">
      <legend>{title}</legend>
      {hint && <p className="hint">{hint}</p>}
      {picked.length === 0 ? (
        <p className="muted multi-pick__none">{t('params.pick.noneChosen')}</p>
      ) : (
        <ul className="multi-pick__chosen" aria-label={t('params.pick.chosen', { title })}>
          {picked.map((item, index) => (
            <li key={String(item.value)} className={`multi-pick__chip multi-pick__chip--${item.state}`}>
              <ChoiceText choice={item} mark={marks[item.state]} />
              <button
                type="button"
                className="multi-pick__remove"
                aria-label={t('params.pick.remove', { name: `${item.label}${marks[item.state]}` })}
                disabled={disabled}
                onClick={() => onChange(toggledValues(values, item.value, false))}
              >
                ×
              </button>
              {itemErrors[index]?.map((message) => (
                <span key={message} className="field__error multi-pick__error">
                  {message}
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}
      {offered === undefined && <p className="muted">{t('params.pick.notRead')}</p>}
      {offered && above}
      {listed?.length === 0 && empty}
      {listed && listed.length > 0 && (
        <>
          {listed.length >= FILTER_FROM && (
            <input
              type="search"
              className="multi-pick__filter"
              aria-label={t('params.pick.filter', { title })}
              aria-controls={`${own}-options`}
              placeholder={t('params.pick.placeholder')}
              value={filter}
              disabled={disabled}
              onChange={(event) => setFilter(event.target.value)}
            />
          )}
          <div id={`${own}-options`} className="multi-pick__options" role="group" aria-label={t('params.pick.options', { title })}>
            {matching.shown.map((choice) => (
              <label key={String(choice.value)} className="multi-pick__option">
                <input
                  type="checkbox"
                  checked={values.includes(choice.value)}
                  disabled={disabled}
                  onChange={(event) => onChange(toggledValues(values, choice.value, event.target.checked))}
                />
                <ChoiceText choice={choice} />
              </label>
            ))}
            {matching.shown.length === 0 && <p className="muted">{t('params.pick.noMatch')}</p>}
          </div>
          {listed.length >= FILTER_FROM && (
            <p className="field__hint" aria-live="polite">
              {matching.more > 0
                ? t('params.pick.more', { count: matching.more })
                : t('params.pick.count', { count: matching.shown.length })}
            </p>
          )}
        </>
      )}
    </fieldset>
  );
}

// A name and an owner are as registered (user data, in whatever language they were typed); the detail and the mark
// are the app's words.
function ChoiceText<V extends string | number>({ choice, mark = '' }: { choice: PickChoice<V>; mark?: string }) {
  return (
    <span>
      <span data-user-data>{choice.label}</span>
      {mark}
      {choice.detail && <span className="multi-pick__detail"> · {choice.detail}</span>}
      {choice.owner && (
        <span className="multi-pick__detail">
          {' · '}
          <span data-user-data>{choice.owner}</span>
        </span>
      )}
    </span>
  );
}
