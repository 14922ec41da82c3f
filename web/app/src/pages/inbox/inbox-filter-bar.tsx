// The inbox's filter bar: one "filters" toggle (closed by default, so the list comes first) and a chip for every
// active filter, each removable on its own; the toggle opens the filter form and the saved-filter management.
import { useState } from 'react';
import type { SavedFilter } from '../../api/inbox-types';
import type { SelectOption } from '../../components/select-field';
import { useI18n } from '../../i18n/use-i18n';
import { filterChips, withoutChip, type FilterChip } from './filter-chips';
import { filterToParams, paramsToQueryString, type InboxFilter } from './inbox-filter';
import { InboxFilters } from './inbox-filters';
import { SavedFilters } from './saved-filters';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { inboxListZhCn } from '../../i18n/messages/inbox-list-messages';
import { inboxZhCn } from '../../i18n/messages/inbox-messages';

// The inbox list's words come with its chunk, not with the first scripts.
addZhCnMessages(inboxListZhCn);
addZhCnMessages(inboxZhCn);

/** Props of InboxFilterBar. */
export interface InboxFilterBarProps {
  filter: InboxFilter;
  enterprises: readonly SelectOption[];
  categories: readonly SelectOption[];
  saved: { filters: readonly SavedFilter[] | undefined; error: unknown; reload: () => void };
  onApply: (filter: InboxFilter) => void;
}

function useChipLabel(enterprises: readonly SelectOption[], categories: readonly SelectOption[]) {
  const { t } = useI18n();
  const labelOf = (options: readonly SelectOption[], value: string) => options.find((o) => o.value === value)?.label ?? value;
  return (chip: FilterChip): string => {
    switch (chip.field) {
      case 'q':
        return t('inboxList.chip.q', { value: chip.value });
      case 'enterpriseId':
        return t('inboxList.chip.enterprise', { value: labelOf(enterprises, chip.value) });
      case 'category':
        return t('inboxList.chip.category', { value: labelOf(categories, chip.value) });
      case 'status':
        return t('inboxList.chip.status', { value: t(`taskStatus.${chip.value as 'open'}`) });
      case 'dueBefore':
        return t('inboxList.chip.dueBefore', { value: chip.value });
      case 'overdue':
        return t('inboxList.chip.overdue');
      case 'focus':
        return t('inboxList.chip.focus');
      case 'sort':
        return t('inboxList.chip.sort');
    }
  };
}

/** The toggle, the chips, and (when open) the filter form with the saved filters. */
export function InboxFilterBar({ filter, enterprises, categories, saved, onApply }: InboxFilterBarProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const chips = filterChips(filter);
  const chipLabel = useChipLabel(enterprises, categories);
  return (
    <div className="inbox-filterbar">
      <div className="inbox-filterbar__row">
        <button
          type="button"
          className="button button--quiet"
          aria-expanded={open}
          aria-controls="inbox-filter-panel"
          onClick={() => setOpen(!open)}
        >
          {chips.length > 0 ? t('inboxList.filtersActive', { count: chips.length }) : t('inboxList.filters')}
        </button>
        {chips.length > 0 && (
          <ul className="filter-chips" aria-label={t('inboxList.activeFilters')}>
            {chips.map((chip) => {
              const label = chipLabel(chip);
              return (
                <li key={chip.field} className="filter-chip">
                  <span>{label}</span>
                  <button
                    type="button"
                    className="filter-chip__remove"
                    aria-label={t('inboxList.removeChip', { chip: label })}
                    onClick={() => onApply(withoutChip(filter, chip))}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </div>
      {open && (
        <div id="inbox-filter-panel" className="card inbox-filterbar__panel">
          <InboxFilters
            key={paramsToQueryString(filterToParams(filter))}
            filter={filter}
            enterprises={enterprises}
            categories={categories}
            onApply={(next) => {
              onApply(next);
              setOpen(false);
            }}
          />
          <SavedFilters current={filter} filters={saved.filters} error={saved.error} reload={saved.reload} />
        </div>
      )}
    </div>
  );
}
