// Admins open a one-off campaign (P1, such as the liaison designation) with its deadline, and see recent rounds.
import { useState, type FormEvent } from 'react';
import { collectionApi } from '../../api/collection-api';
import { BusyButton } from '../../components/busy-button';
import { ErrorNotice } from '../../components/error-notice';
import { SelectField } from '../../components/select-field';
import { SuccessNotice } from '../../components/success-notice';
import { ZonedDateTimeField } from '../../components/zoned-date-time-field';
import { formatDate, formatDeadline } from '../../format/format-date-time';
import { useApiData } from '../../hooks/use-api-data';
import { useAction } from '../../hooks/use-action';
import { useChanged } from '../../hooks/use-changed';
import { queryKeys } from '../../api/query-keys';
import { useI18n } from '../../i18n/use-i18n';
import { asyncHandler } from '../../events/async-handler';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { collectionZhCn } from '../../i18n/messages/collection-messages';
import { LiaisonListButton } from './liaison-list-button';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(collectionZhCn);

/** The campaign form and the list of recent rounds. */
export function CampaignPanel() {
  const { t, locale } = useI18n();
  const { data, error, reload } = useApiData((signal) => collectionApi.rounds(signal), [], queryKeys.rounds);
  const changed = useChanged();
  const [formKey, setFormKey] = useState('');
  const [deadline, setDeadline] = useState('');
  const action = useAction();
  const once = (data?.forms ?? []).filter((form) => form.recurrence === 'once');
  const chosen = formKey || once[0]?.key || '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await action.run(async () => {
      const { round } = await collectionApi.openCampaign(chosen, deadline);
      void changed('rounds', 'bulletins');
      return t('collection.campaign.opened', { deadline: formatDeadline(round.deadlineAt, locale) });
    });
  };

  return (
    <section className="section" aria-labelledby="campaign-title">
      <h2 id="campaign-title">{t('collection.campaign.title')}</h2>
      <p className="muted">{t('collection.campaign.intro')}</p>
      {error !== null && <ErrorNotice error={error} onRetry={reload} />}
      {data && once.length === 0 && <p className="empty">{t('collection.campaign.none')}</p>}
      {once.length > 0 && (
        <form className="toolbar" onSubmit={asyncHandler(submit)}>
          <SelectField
            label={t('collection.campaign.form')}
            value={chosen}
            options={once.map((form) => ({ value: form.key, label: form.title[locale] }))}
            onChange={setFormKey}
            required
          />
          {/* The API reads the wall time in the server's zone itself; the field says which zone when the device's differs. */}
          <ZonedDateTimeField label={t('collection.campaign.deadline')} value={deadline} onChange={setDeadline} required />
          <BusyButton busy={action.busy} label={t('collection.campaign.open')} busyLabel={t('collection.campaign.opening')} />
        </form>
      )}
      {action.error !== null && <ErrorNotice error={action.error} />}
      <SuccessNotice message={action.message} />
      <h3>{t('collection.rounds.title')}</h3>
      {data && data.rounds.length === 0 && <p className="empty">{t('collection.rounds.empty')}</p>}
      {data && data.rounds.length > 0 && (
        <ul className="rounds">
          {data.rounds.slice(0, 10).map((round) => (
            <li key={round.id}>
              <strong>{data.forms.find((form) => form.key === round.formKey)?.title[locale] ?? round.formKey}</strong>{' '}
              {formatDate(round.date, locale)} · {t('collection.rounds.deadline', { deadline: formatDeadline(round.deadlineAt, locale) })} ·{' '}
              {t('collection.rounds.reported', { reported: round.reported, expected: round.expected })}
              {round.liaisonList && <LiaisonListButton roundId={round.id} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
