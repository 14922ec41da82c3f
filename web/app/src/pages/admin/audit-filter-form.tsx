// The audit log's filters: who (username), what (an action, chosen by its name), on what, and when.
import { useId, useState, type FormEvent } from 'react';
import type { AuditFilter } from '../../api/admin-types';
import { SelectField } from '../../components/select-field';
import { DateField } from '../../components/date-field';
import { TextField } from '../../components/text-field';
import { useI18n } from '../../i18n/use-i18n';
import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES } from './audit-vocabulary';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { orgAdminZhCn } from '../../i18n/messages/org-admin-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(orgAdminZhCn);

/** No filter: every entry. */
export const NO_AUDIT_FILTER: AuditFilter = { actor: '', action: '', targetType: '', targetId: '', from: '', to: '' };

/** Props of AuditFilterForm: `usernames` feed the actor suggestions. */
export interface AuditFilterFormProps {
  initial: AuditFilter;
  usernames: readonly string[];
  onApply: (filter: AuditFilter) => void;
}

/** The filter form; nothing is fetched until it is applied, so typing does not flood the server. */
export function AuditFilterForm({ initial, usernames, onApply }: AuditFilterFormProps) {
  const { t, locale } = useI18n();
  const id = useId();
  const collator = new Intl.Collator(locale);
  const actionOptions = AUDIT_ACTIONS.map((action) => ({ value: action, label: t(`audit.action.${action}`) })).sort((a, b) =>
    collator.compare(a.label, b.label),
  );
  const [filter, setFilter] = useState(initial);
  const set = (field: keyof AuditFilter, value: string) => setFilter((old) => ({ ...old, [field]: value }));
  const badRange = Boolean(filter.from && filter.to && filter.from > filter.to);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!badRange) onApply(filter);
  };
  const clear = () => {
    setFilter(NO_AUDIT_FILTER);
    onApply(NO_AUDIT_FILTER);
  };

  return (
    <form className="card section" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('audit.filters')}</h2>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-actor`}>{t('audit.actor')}</label>
          <p id={`${id}-actor-hint`} className="field__hint">
            {t('audit.actorHint')}
          </p>
          <input
            id={`${id}-actor`}
            list={`${id}-users`}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${id}-actor-hint`}
            value={filter.actor}
            onChange={(event) => set('actor', event.target.value)}
          />
          <datalist id={`${id}-users`}>
            {usernames.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </div>
        {/* A choice of actions by name: the log's action keys (`user.create`) are the server's, not the reader's words. */}
        <SelectField
          label={t('audit.action')}
          placeholder={t('audit.anyAction')}
          options={actionOptions}
          value={filter.action}
          onChange={(v) => set('action', v)}
        />
        <SelectField
          label={t('audit.targetType')}
          placeholder={t('audit.anyTarget')}
          options={AUDIT_TARGET_TYPES.map((type) => ({ value: type, label: t(`audit.target.${type}`) }))}
          value={filter.targetType}
          onChange={(v) => set('targetType', v)}
        />
        <TextField
          label={t('audit.targetId')}
          hint={t('audit.targetIdHint')}
          value={filter.targetId}
          onChange={(v) => set('targetId', v)}
          spellCheck={false}
        />
        <DateField label={t('audit.from')} value={filter.from} onChange={(v) => set('from', v)} />
        <DateField
          label={t('audit.to')}
          value={filter.to}
          onChange={(v) => set('to', v)}
          error={badRange ? t('audit.badRange') : undefined}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={badRange}>
          {t('audit.apply')}
        </button>
        <button type="button" className="button button--quiet" onClick={clear}>
          {t('audit.clear')}
        </button>
      </div>
    </form>
  );
}
