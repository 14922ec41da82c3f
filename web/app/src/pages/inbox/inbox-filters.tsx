// The filter form inside the filter bar's panel: enterprise, category, status, overdue, focus enterprises, due date,
// free text and sort,
// applied together.
import { useState, type FormEvent } from 'react';
import { CheckboxField } from '../../components/checkbox-field';
import { SelectField, type SelectOption } from '../../components/select-field';
import { DateField } from '../../components/date-field';
import { TextField } from '../../components/text-field';
import { useI18n } from '../../i18n/use-i18n';
import { DEFAULT_FILTER, isNarrowed, type InboxFilter } from './inbox-filter';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { inboxZhCn } from '../../i18n/messages/inbox-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(inboxZhCn);

const STATUSES = ['open', 'claimed', 'done', 'escalated', 'expired', 'cancelled'] as const;

/** Props of InboxFilters; the parent remounts it (by key) when the applied filter changes from elsewhere. */
export interface InboxFiltersProps {
  filter: InboxFilter;
  enterprises: readonly SelectOption[];
  categories: readonly SelectOption[];
  onApply: (filter: InboxFilter) => void;
}

/** A form whose fields edit a draft; "apply" makes it the inbox's filter. */
export function InboxFilters({ filter, enterprises, categories, onApply }: InboxFiltersProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(filter);
  const set =
    <K extends keyof InboxFilter>(name: K) =>
    (value: InboxFilter[K]) =>
      setDraft((current) => ({ ...current, [name]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const clear = () => {
    const cleared = { ...DEFAULT_FILTER, box: filter.box, sort: draft.sort };
    setDraft(cleared);
    onApply(cleared);
  };
  return (
    <form className="inbox-filters-form" onSubmit={submit} aria-labelledby="inbox-filters-title">
      <h2 id="inbox-filters-title">{t('inbox.filters')}</h2>
      <div className="inbox-filters">
        <TextField label={t('inbox.filter.q')} type="search" value={draft.q} onChange={set('q')} hint={t('inbox.filter.qHint')} />
        <SelectField
          label={t('inbox.filter.enterprise')}
          value={draft.enterpriseId}
          options={enterprises}
          onChange={set('enterpriseId')}
          placeholder={t('inbox.filter.any')}
        />
        <SelectField
          label={t('field.category')}
          value={draft.category}
          options={categories}
          onChange={set('category')}
          placeholder={t('inbox.filter.any')}
        />
        <SelectField
          label={t('inbox.filter.status')}
          value={draft.status}
          options={STATUSES.map((status) => ({ value: status, label: t(`taskStatus.${status}`) }))}
          onChange={set('status')}
          placeholder={t('inbox.filter.any')}
        />
        <DateField label={t('inbox.filter.dueBefore')} value={draft.dueBefore} onChange={set('dueBefore')} />
        <SelectField
          label={t('inbox.filter.sort')}
          value={draft.sort}
          options={[
            // The done tab's default order is the most recently handled first (core/stores/task-inbox.ts).
            { value: 'due', label: t(filter.box === 'done' ? 'inbox.sort.doneRecent' : 'inbox.sort.due') },
            { value: 'priority', label: t('inbox.sort.priority') },
          ]}
          onChange={(value) => set('sort')(value === 'priority' ? 'priority' : 'due')}
        />
        <CheckboxField label={t('inbox.filter.overdue')} checked={draft.overdue} onChange={set('overdue')} />
        <CheckboxField label={t('inbox.filter.focus')} checked={draft.focus} onChange={set('focus')} />
      </div>
      <div className="inbox-filters__actions">
        <button type="submit" className="button button--primary">
          {t('inbox.filter.apply')}
        </button>
        {(isNarrowed(filter) || isNarrowed(draft)) && (
          <button type="button" className="button button--quiet" onClick={clear}>
            {t('inbox.filter.clear')}
          </button>
        )}
      </div>
    </form>
  );
}
