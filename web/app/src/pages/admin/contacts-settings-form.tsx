// The campaign office's contacts (000: 联系人、电话、邮箱), edited as a short list: a name or office, a phone and/or an
// email, and what for (and, optionally, what for in English, for English readers). Saved whole through PUT /api/settings, which checks each row (core/org/settings.ts).
import { useState, type FormEvent } from 'react';
import { adminApi } from '../../api/admin-api';
import type { CampaignContact, Settings } from '../../api/admin-types';
import { ApiError } from '../../api/api-error';
import { BusyButton } from '../../components/busy-button';
import { CheckboxField } from '../../components/checkbox-field';
import { ErrorNotice } from '../../components/error-notice';
import { SuccessNotice } from '../../components/success-notice';
import { TextField } from '../../components/text-field';
import { asyncHandler } from '../../events/async-handler';
import { useI18n } from '../../i18n/use-i18n';

/** As many as the server accepts. */
const MAX = 10;

type Row = Required<Omit<CampaignContact, 'liaisonList'>> & { liaisonList: boolean };
type TextKey = Exclude<keyof Row, 'liaisonList'>;
const blank: Row = { name: '', phone: '', email: '', purpose: '', purposeEn: '', liaisonList: false };
const toRow = (contact: CampaignContact): Row => ({ ...blank, ...contact, liaisonList: contact.liaisonList === true });
/** A row as saved: trimmed, its empty fields left out; the liaison-list mark only when ticked. */
const toContact = ({ liaisonList, ...texts }: Row): CampaignContact =>
  ({
    ...Object.fromEntries(Object.entries(texts).flatMap(([key, value]) => (value.trim() ? [[key, value.trim()]] : []))),
    ...(liaisonList ? { liaisonList: true } : {}),
  }) as unknown as CampaignContact;

/** The server's messages by `index/field` (its paths read /campaignContacts/0/phone). */
function rowErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const found: Record<string, string> = {};
  for (const detail of error.details) {
    const match = /^\/campaignContacts\/(\d+)(?:\/(\w+))?/.exec(detail.path);
    if (match) found[`${match[1]}/${match[2] ?? 'name'}`] ??= detail.message;
  }
  return found;
}

/** The contacts editor. */
export function ContactsSettingsForm({ settings, onSaved }: { settings: Settings; onSaved: (settings: Settings) => void }) {
  const { t } = useI18n();
  const [rows, setRows] = useState<Row[]>(settings.campaignContacts.map(toRow));
  const [local, setLocal] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const change = (index: number, field: TextKey, value: string) =>
    setRows((before) => before.map((row, i) => (i === index ? { ...row, [field]: value } : row)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    rows.forEach((row, i) => {
      if (!row.name.trim()) problems[`${i}/name`] = t('settings.contactNeedsName');
      if (!row.phone.trim() && !row.email.trim()) problems[`${i}/phone`] = t('settings.contactNeedsWay');
      if (row.liaisonList && !row.email.trim()) problems[`${i}/email`] = t('settings.contactListNeedsEmail');
    });
    setLocal(problems);
    setError(null);
    setMessage(null);
    if (Object.keys(problems).length || sending) return;
    setSending(true);
    try {
      const saved = await adminApi.saveSettings({ campaignContacts: rows.map(toContact) });
      onSaved(saved.settings);
      setMessage(t('common.saved'));
    } catch (reason) {
      setError(reason);
    } finally {
      setSending(false);
    }
  };
  const errors = { ...rowErrors(error), ...local };

  return (
    <form onSubmit={asyncHandler(submit)} noValidate aria-busy={sending}>
      {error !== null && <ErrorNotice error={error} />}
      {rows.length === 0 && <p className="empty">{t('settings.contactsNone')}</p>}
      {rows.map((row, i) => (
        <fieldset key={i} className="narrow-form">
          <legend>{t('settings.contactRow', { n: i + 1 })}</legend>
          <TextField
            label={t('settings.contactName')}
            required
            value={row.name}
            onChange={(v) => change(i, 'name', v)}
            error={errors[`${i}/name`]}
          />
          <TextField
            label={t('settings.contactPhone')}
            type="tel"
            inputMode="tel"
            value={row.phone}
            onChange={(v) => change(i, 'phone', v)}
            error={errors[`${i}/phone`]}
          />
          <TextField
            label={t('settings.contactEmail')}
            type="email"
            inputMode="email"
            value={row.email}
            onChange={(v) => change(i, 'email', v)}
            error={errors[`${i}/email`]}
          />
          <TextField
            label={t('settings.contactPurpose')}
            value={row.purpose}
            onChange={(v) => change(i, 'purpose', v)}
            error={errors[`${i}/purpose`]}
          />
          <TextField
            label={t('settings.contactPurposeEn')}
            hint={t('settings.contactPurposeEnHint')}
            value={row.purposeEn}
            onChange={(v) => change(i, 'purposeEn', v)}
            error={errors[`${i}/purposeEn`]}
          />
          <CheckboxField
            label={t('settings.contactLiaisonList')}
            checked={row.liaisonList}
            onChange={(checked) => setRows((before) => before.map((r, j) => (j === i ? { ...r, liaisonList: checked } : r)))}
            error={errors[`${i}/liaisonList`]}
          />
          <button type="button" className="button" onClick={() => setRows((before) => before.filter((_, j) => j !== i))}>
            {t('settings.contactRemove', { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      <p>
        <button
          type="button"
          className="button"
          disabled={rows.length >= MAX}
          onClick={() => setRows((before) => [...before, { ...blank }])}
        >
          {t('settings.contactAdd')}
        </button>
      </p>
      <BusyButton busy={sending} label={t('settings.saveContacts')} busyLabel={t('common.saving')} />
      <SuccessNotice message={message} />
    </form>
  );
}
