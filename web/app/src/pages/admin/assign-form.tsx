// An administrator gives an enterprise to a cadre; a cadre at the limit is refused by the server (409 `cadre_full`).
import { useState, type FormEvent } from 'react';
import { adminApi } from '../../api/admin-api';
import { ApiError } from '../../api/api-error';
import type { UserAccount } from '../../api/admin-types';
import { fieldErrors } from '../../api/field-errors';
import type { Enterprise } from '../../api/org-types';
import { BusyButton } from '../../components/busy-button';
import { ErrorNotice } from '../../components/error-notice';
import { SearchSelect } from '../../components/search-select';
import { SelectField } from '../../components/select-field';
import { useI18n } from '../../i18n/use-i18n';
import { asyncHandler } from '../../events/async-handler';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { orgPagesZhCn } from '../../i18n/messages/org-pages-messages';
import { orgOwnZhCn } from '../../i18n/messages/org-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(orgPagesZhCn);
addZhCnMessages(orgOwnZhCn);

/** Props of AssignForm: `load` counts each cadre's current enterprises; `limit` is the per-cadre maximum. */
export interface AssignFormProps {
  cadres: UserAccount[];
  enterprises: Enterprise[];
  load: ReadonlyMap<number, number>;
  limit: number | undefined;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/** The assign form; it names the current cadre of the chosen enterprise, whose assignment the new one ends. */
export function AssignForm({ cadres, enterprises, load, limit, onSaved, onCancel }: AssignFormProps) {
  const { t } = useI18n();
  const [cadreId, setCadreId] = useState('');
  const [enterpriseId, setEnterpriseId] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const errors = fieldErrors(error);
  const enterprise = enterprises.find((e) => String(e.id) === enterpriseId);
  const cadreOptions = cadres.map((cadre) => {
    const count = load.get(cadre.id) ?? 0;
    const full = limit !== undefined && count >= limit;
    return {
      value: String(cadre.id),
      label: t(full ? 'assignments.cadreOptionFull' : 'assignments.cadreOption', {
        name: cadre.displayName,
        username: cadre.username,
        count,
        limit: limit ?? '?',
      }),
    };
  });
  const enterpriseOptions = enterprises.map((e) => ({
    value: String(e.id),
    label: e.cadre ? t('assignments.enterpriseOption', { name: e.name, cadre: e.cadre.displayName }) : e.name,
  }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    const missing = [
      !cadreId && { path: '/cadreId', message: t('common.fieldRequired') },
      !enterpriseId && { path: '/enterpriseId', message: t('common.fieldRequired') },
    ].filter((d) => d !== false);
    if (missing.length) return setError(new ApiError(422, 'local', t('assignments.chooseBoth'), missing));
    setSending(true);
    setError(null);
    try {
      await adminApi.assign(Number(cadreId), Number(enterpriseId));
      const cadre = cadres.find((c) => String(c.id) === cadreId);
      onSaved(t('assignments.assigned', { enterprise: enterprise?.name ?? '', cadre: cadre?.displayName ?? '' }));
    } catch (reason) {
      setError(reason);
      setSending(false);
    }
  };

  const full = error instanceof ApiError && error.code === 'cadre_full';
  return (
    <form onSubmit={asyncHandler(submit)} noValidate aria-busy={sending}>
      {error !== null &&
        (full ? (
          <p className="notice notice--error" role="alert">
            {t('assignments.fullExplained', { message: error.message })}
          </p>
        ) : (
          <ErrorNotice error={error} />
        ))}
      <SelectField
        label={t('assignment.cadre')}
        required
        placeholder={t('picker.choose')}
        hint={limit !== undefined ? t('assignments.limitHint', { limit }) : undefined}
        options={cadreOptions}
        value={cadreId}
        onChange={setCadreId}
        error={errors.cadreId}
      />
      <SearchSelect
        label={t('table.enterprise')}
        required
        options={enterpriseOptions}
        value={enterpriseId}
        onChange={setEnterpriseId}
        error={errors.enterpriseId}
      />
      {enterprise?.cadre && String(enterprise.cadre.id) !== cadreId && (
        <p className="hint" aria-live="polite">
          {t('assignments.replaces', { cadre: enterprise.cadre.displayName })}
        </p>
      )}
      <div className="actions">
        <BusyButton busy={sending} label={t('assignments.assign')} busyLabel={t('common.saving')} />
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
