// Which working group of the service class receives each difficulty category; changed rows are saved one by one.
import { useState, type FormEvent } from 'react';
import { adminApi } from '../../api/admin-api';
import type { DifficultyCategory, WorkingGroup } from '../../api/org-types';
import { BusyButton } from '../../components/busy-button';
import { ErrorNotice } from '../../components/error-notice';
import { SelectField } from '../../components/select-field';
import { SuccessNotice } from '../../components/success-notice';
import { useI18n } from '../../i18n/use-i18n';
import { asyncHandler } from '../../events/async-handler';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { orgAdminZhCn } from '../../i18n/messages/org-admin-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(orgAdminZhCn);

/** Props of CategoryRoutingForm. */
export interface CategoryRoutingFormProps {
  categories: DifficultyCategory[];
  workingGroups: WorkingGroup[];
  onSaved: () => void;
}

/** One select per category; saving sends only the categories whose group changed. */
export function CategoryRoutingForm({ categories, workingGroups, onSaved }: CategoryRoutingFormProps) {
  const { t, pick } = useI18n();
  const [routes, setRoutes] = useState<Record<string, string>>(() =>
    Object.fromEntries(categories.map((c) => [c.key, String(c.workingGroupId)])),
  );
  const [error, setError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  // Difficulties go to the service class's working groups, never to an inspection body.
  const options = workingGroups
    .filter((group) => group.kind === 'service')
    .map((group) => ({ value: String(group.id), label: pick(group.name) }));
  const changed = categories.filter((c) => routes[c.key] !== String(c.workingGroupId));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setMessage(null);
    if (sending) return;
    if (changed.length === 0) return setMessage(t('common.noChanges'));
    setSending(true);
    try {
      for (const category of changed) await adminApi.routeCategory(category.key, Number(routes[category.key]));
      setMessage(t('settings.routesSaved', { count: changed.length }));
    } catch (reason) {
      setError(reason);
    } finally {
      setSending(false);
      // Reload either way: after a failure midway, the rows still differing from the server are the ones left to save.
      onSaved();
    }
  };

  return (
    <form onSubmit={asyncHandler(submit)} noValidate aria-busy={sending}>
      {error !== null && <ErrorNotice error={error} />}
      <div className="form-grid">
        {categories.map((category) => (
          <SelectField
            key={category.key}
            label={pick(category.name)}
            options={options}
            value={routes[category.key] ?? ''}
            onChange={(next) => setRoutes((old) => ({ ...old, [category.key]: next }))}
          />
        ))}
      </div>
      <BusyButton
        busy={sending}
        label={changed.length ? t('settings.saveRoutes', { count: changed.length }) : t('common.save')}
        busyLabel={t('common.saving')}
      />
      <SuccessNotice message={message} />
    </form>
  );
}
