// The user's named filters: apply one with a click, delete it, or save the current filter under a name.
import { useState, type FormEvent } from 'react';
import { inboxApi } from '../../api/inbox-api';
import type { SavedFilter } from '../../api/inbox-types';
import { BusyButton } from '../../components/busy-button';
import { ErrorNotice } from '../../components/error-notice';
import { SuccessNotice } from '../../components/success-notice';
import { TextField } from '../../components/text-field';
import { fieldErrors } from '../../api/field-errors';
import { useApiData } from '../../hooks/use-api-data';
import { useI18n } from '../../i18n/use-i18n';
import { filterFromParams, filterToParams, type InboxFilter } from './inbox-filter';

/** Props of SavedFilters. */
export interface SavedFiltersProps {
  current: InboxFilter;
  onApply: (filter: InboxFilter) => void;
}

/** The saved-filter chips and the "save as" form. */
export function SavedFilters({ current, onApply }: SavedFiltersProps) {
  const { t } = useI18n();
  const { data, error, reload } = useApiData((signal) => inboxApi.savedFilters(signal), []);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(null);

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setActionError(null);
    setMessage(null);
    try {
      setMessage(await work());
      reload();
    } catch (reason) {
      setActionError(reason);
    } finally {
      setBusy(false);
    }
  };
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
  const apply = (filter: SavedFilter) => {
    onApply(filterFromParams(filter.query));
    setMessage(t('inbox.saved.appliedNamed', { name: filter.name }));
  };

  return (
    <section className="card section" aria-labelledby="saved-filters-title">
      <h2 id="saved-filters-title">{t('inbox.saved.title')}</h2>
      {error !== null && <ErrorNotice error={error} onRetry={reload} />}
      {data && data.filters.length === 0 && <p className="muted">{t('inbox.saved.empty')}</p>}
      {data && data.filters.length > 0 && (
        <ul className="saved-filters">
          {data.filters.map((filter) => (
            <li key={filter.id}>
              <button type="button" className="link-button" onClick={() => apply(filter)}>
                {filter.name}
              </button>
              <button
                type="button"
                className="button button--quiet saved-filters__delete"
                disabled={busy}
                onClick={() => remove(filter)}
                aria-label={t('inbox.saved.deleteNamed', { name: filter.name })}
              >
                ×
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
