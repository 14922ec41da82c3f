// The grid's filters: which form, which dates, and (for city-wide roles) which cadre's enterprises.
import { useState, type FormEvent } from 'react';
import type { ComplianceAnswer, ComplianceFilter } from '../../api/collection-api';
import { SelectField } from '../../components/select-field';
import { DateField } from '../../components/date-field';
import { useI18n } from '../../i18n/use-i18n';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { collectionZhCn } from '../../i18n/messages/collection-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(collectionZhCn);

/** Props of ComplianceFilters. */
export interface ComplianceFiltersProps {
  value: ComplianceFilter;
  data: ComplianceAnswer | undefined;
  onApply: (next: ComplianceFilter) => void;
}

/** A small form; the grid reloads when it is applied. */
export function ComplianceFilters({ value, data, onApply }: ComplianceFiltersProps) {
  const { t, locale } = useI18n();
  const [draft, setDraft] = useState(value);
  const set = (change: Partial<ComplianceFilter>) => setDraft((current) => ({ ...current, ...change }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ ...draft, offset: 0 });
  };
  const forms = (data?.forms ?? []).map((form) => ({ value: form.key, label: form.title[locale] }));
  const cadres = (data?.cadres ?? []).map((cadre) => ({ value: String(cadre.id), label: cadre.name }));
  return (
    <form className="toolbar compliance-filters" onSubmit={submit}>
      {forms.length > 1 && (
        <SelectField
          label={t('compliance.form')}
          value={draft.formKey || data?.formKey || ''}
          options={forms}
          onChange={(formKey) => set({ formKey })}
        />
      )}
      <DateField label={t('compliance.from')} value={draft.from || data?.from || ''} onChange={(from) => set({ from })} />
      <DateField label={t('compliance.to')} value={draft.to || data?.to || ''} onChange={(to) => set({ to })} />
      {cadres.length > 0 && (
        <SelectField
          label={t('compliance.cadre')}
          value={draft.cadreId}
          options={cadres}
          placeholder={t('compliance.allCadres')}
          onChange={(cadreId) => set({ cadreId })}
        />
      )}
      <button type="submit" className="button button--primary">
        {t('compliance.apply')}
      </button>
    </form>
  );
}
