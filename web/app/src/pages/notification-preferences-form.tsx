// On the account page: which channels the person wants for each kind of notice, and their quiet hours per channel.
// A choice the role fixes (a cadre's email) is shown checked and cannot be changed.
import { useEffect, useState, type FormEvent } from 'react';
import { preferenceApi, type NotificationPreferences } from '../api/preference-api';
import { BusyButton } from '../components/busy-button';
import { CheckboxField } from '../components/checkbox-field';
import { ErrorNotice } from '../components/error-notice';
import { LoadingIndicator } from '../components/loading-indicator';
import { SuccessNotice } from '../components/success-notice';
import { useAction } from '../hooks/use-action';
import { useApiData } from '../hooks/use-api-data';
import { queryKeys } from '../api/query-keys';
import { useI18n } from '../i18n/use-i18n';
import type { MessageKey } from '../i18n/zh-cn-messages';
import { addZhCnMessages } from '../i18n/loaded-dictionaries';
import { prefsZhCn } from '../i18n/messages/preference-messages';
import './notification-preferences.css';

addZhCnMessages(prefsZhCn);

/** The preferences table and the quiet hours, saved together. */
export function NotificationPreferencesForm() {
  const { t } = useI18n();
  const { data, error, loading, reload } = useApiData((signal) => preferenceApi.mine(signal), [], queryKeys.preferences);
  const [draft, setDraft] = useState<NotificationPreferences | null>(null);
  const action = useAction();
  useEffect(() => setDraft(data?.preferences ?? null), [data]);

  // The heading comes with this chunk's words (the account page names the section by its id).
  const heading = <h2 id="account-notifications">{t('prefs.title')}</h2>;
  if (loading && !draft)
    return (
      <>
        {heading}
        <LoadingIndicator />
      </>
    );
  if (error !== null)
    return (
      <>
        {heading}
        <ErrorNotice error={error} onRetry={reload} />
      </>
    );
  if (!draft) return heading;
  const classes = [...new Set(draft.choices.map((c) => c.purposeClass))];
  const channels = [...new Set(draft.choices.map((c) => c.channel))];
  const label = (key: string) => t(key as MessageKey);
  const toggle = (purposeClass: string, channel: string, enabled: boolean) =>
    setDraft({
      ...draft,
      choices: draft.choices.map((c) => (c.purposeClass === purposeClass && c.channel === channel ? { ...c, enabled } : c)),
    });
  const setQuiet = (channel: string, hours: { start: string; end: string } | null) =>
    setDraft({ ...draft, quietHours: draft.quietHours.map((q) => (q.channel === channel ? { ...q, hours } : q)) });

  const save = async (event: FormEvent) => {
    event.preventDefault();
    await action.run(async () => {
      const saved = await preferenceApi.save({
        choices: draft.choices.filter((c) => !c.locked).map(({ purposeClass, channel, enabled }) => ({ purposeClass, channel, enabled })),
        quietHours: draft.quietHours.map(({ channel, hours }) => ({ channel, hours })),
      });
      setDraft(saved.preferences);
      return t('prefs.saved');
    });
  };

  return (
    <form onSubmit={(event) => void save(event)}>
      {heading}
      <p className="muted">{t('prefs.intro')}</p>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t('prefs.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('prefs.kind')}</th>
              {channels.map((channel) => (
                <th scope="col" key={channel}>
                  {label(`prefs.channel.${channel}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {classes.map((purposeClass) => (
              <tr key={purposeClass}>
                <th scope="row">{label(`prefs.class.${purposeClass}`)}</th>
                {channels.map((channel) => {
                  const choice = draft.choices.find((c) => c.purposeClass === purposeClass && c.channel === channel)!;
                  return (
                    <td key={channel}>
                      <input
                        type="checkbox"
                        aria-label={`${label(`prefs.class.${purposeClass}`)} · ${label(`prefs.channel.${channel}`)}`}
                        checked={choice.enabled}
                        disabled={choice.locked}
                        title={choice.locked ? t('prefs.locked') : undefined}
                        onChange={(event) => toggle(purposeClass, channel, event.target.checked)}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('prefs.quietHours')}</h3>
      <p className="muted">{t('prefs.quietIntro')}</p>
      {draft.quietHours.map((quiet) => (
        <fieldset key={quiet.channel} className="quiet-hours">
          <legend>{label(`prefs.channel.${quiet.channel}`)}</legend>
          <CheckboxField
            label={t('prefs.quietOn')}
            checked={quiet.hours !== null}
            onChange={(on) => setQuiet(quiet.channel, on ? (quiet.byDefault ?? { start: '22:00', end: '07:00' }) : null)}
          />
          {quiet.hours && (
            <div className="quiet-hours__times">
              <label>
                {t('prefs.from')}
                <input
                  type="time"
                  className="form-control"
                  value={quiet.hours.start}
                  onChange={(event) => setQuiet(quiet.channel, { ...quiet.hours!, start: event.target.value })}
                />
              </label>
              <label>
                {t('prefs.to')}
                <input
                  type="time"
                  className="form-control"
                  value={quiet.hours.end}
                  onChange={(event) => setQuiet(quiet.channel, { ...quiet.hours!, end: event.target.value })}
                />
              </label>
            </div>
          )}
        </fieldset>
      ))}
      <SuccessNotice message={action.message} />
      {action.error !== null && <ErrorNotice error={action.error} />}
      <BusyButton busy={action.busy} label={t('prefs.save')} busyLabel={t('prefs.saving')} />
    </form>
  );
}
