// Managing the user's named filters inside the filter panel: save the current filter under a name, or delete one.
// Applying one is a click on its tab (inbox-tabs.tsx).
import { useState, type FormEvent } from 'react';
import { inboxApi } from '../../api/inbox-api';
import type { SavedFilter } from '../../api/inbox-types';
import { BusyButton } from '../../components/busy-button';
import { ErrorNotice } from '../../components/error-notice';
import { SuccessNotice } from '../../components/success-notice';
import { TextField } from '../../components/text-field';
import { fieldErrors } from '../../api/field-errors';
import { useI18n } from '../../i18n/use-i18n';
import { filterToParams, type InboxFilter } from './inbox-filter';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { inboxListZhCn } from '../../i18n/messages/inbox-list-messages';
import { inboxZhCn } from '../../i18n/messages/inbox-messages';
import { useAction } from '../../hooks/use-action';
import { useChanged } from '../../hooks/use-changed';

// The inbox list's words come with its chunk, not with the first scripts.
addZhCnMessages(inboxListZhCn);
addZhCnMessages(inboxZhCn);

/** Props of SavedFilters: the list is loaded by the inbox page, which also shows it as tabs. */
export interface SavedFiltersProps {
  current: InboxFilter;
  filters: readonly SavedFilter[] | undefined;
  error: unknown;
  reload: () => void;
}

/** The saved filters with their delete buttons, and the "save as" form. */
export function SavedFilters({ current, filters, error, reload }: SavedFiltersProps) {
  const { t } = useI18n();
  const changed = useChanged();
  const [name, setName] = useState('');
  const action = useAction();
  const { busy, error: actionError, message } = action;

  const run = (work: () => Promise<string>) =>
    action.run(async () => {
      const done = await work();
      void changed('saved-filters');
      return done;
    });
  const save = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    void run(async () => {
      await inboxApi.saveFilter(trimmed, filterToParams(current));
      setName('');
      return t('inbox.saved.savedNamed', { name: trimmed });
    });
  };
  const remove = (filter: SavedFilter) =>
    void run(async () => {
      await inboxApi.deleteFilter(filter.id);
      return t('inbox.saved.deletedNamed', { name: filter.name });
    });

  return (
    <section className="saved-filters-panel" aria-labelledby="saved-filters-title">
      <h2 id="saved-filters-title">{t('inboxList.manageSaved')}</h2>
      {error !== null && <ErrorNotice error={error} onRetry={reload} />}
      {filters && filters.length === 0 && <p className="muted">{t('inbox.saved.empty')}</p>}
      {filters && filters.length > 0 && (
        <ul className="saved-filters">
          {filters.map((filter) => (
            <li key={filter.id}>
              <span>{filter.name}</span>
              <button
                type="button"
                className="button button--quiet saved-filters__delete"
                disabled={busy}
                onClick={() => remove(filter)}
                aria-label={t('inbox.saved.deleteNamed', { name: filter.name })}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="saved-filter-form" onSubmit={save}>
        <TextField
          label={t('inbox.saved.name')}
          value={name}
          onChange={setName}
          hint={t('inbox.saved.nameHint')}
          error={fieldErrors(actionError).name}
        />
        <div className="field">
          <BusyButton busy={busy} label={t('inbox.saved.save')} busyLabel={t('common.saving')} variant="quiet" disabled={!name.trim()} />
        </div>
      </form>
      {actionError !== null && !fieldErrors(actionError).name && <ErrorNotice error={actionError} />}
      <SuccessNotice message={message} />
    </section>
  );
}
