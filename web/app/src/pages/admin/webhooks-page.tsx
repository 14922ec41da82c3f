// Admins subscribe other systems to Fugong's events and read the delivery log. The signing secret is made by the
// server and shown once, right after subscribing; afterwards only its hint is.
import { useState, type FormEvent } from 'react';
import { WEBHOOK_KINDS, webhookApi, type WebhookKind } from '../../api/webhook-api';
import { BusyButton } from '../../components/busy-button';
import { CheckboxField } from '../../components/checkbox-field';
import { ErrorNotice } from '../../components/error-notice';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { SuccessNotice } from '../../components/success-notice';
import { TextField } from '../../components/text-field';
import { useApiData } from '../../hooks/use-api-data';
import { useAction } from '../../hooks/use-action';
import { useChanged } from '../../hooks/use-changed';
import { queryKeys } from '../../api/query-keys';
import { useI18n } from '../../i18n/use-i18n';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { webhookZhCn } from '../../i18n/messages/webhook-messages';
import { WebhookDeliveryLog } from './webhook-delivery-log';

addZhCnMessages(webhookZhCn);

/** The subscriptions table, the subscription form (with the secret shown once) and the delivery log. */
export function WebhooksPage() {
  const { t } = useI18n();
  const { data, error, loading, reload } = useApiData((signal) => webhookApi.list(signal), [], queryKeys.webhooks);
  const changed = useChanged();
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [kinds, setKinds] = useState<WebhookKind[]>([]);
  const [secret, setSecret] = useState<string | null>(null);
  const [kindsMissing, setKindsMissing] = useState(false);
  const action = useAction();
  const { busy, error: problem, message: notice } = action;

  const act = (work: () => Promise<unknown>, done: string | null) =>
    action.run(async () => {
      await work();
      void changed('webhooks');
      return done ?? undefined;
    });
  const subscribe = (event: FormEvent) => {
    event.preventDefault();
    // Refused here, at the events, in the language being read (the server would say the same of an empty list).
    setKindsMissing(kinds.length === 0);
    if (!kinds.length) return;
    void act(async () => {
      const made = await webhookApi.subscribe({ name, url, kinds });
      setSecret(made.secret);
      setName('');
      setUrl('');
      setKinds([]);
    }, null);
  };
  const toggle = (kind: WebhookKind, on: boolean) => {
    setKindsMissing(false);
    setKinds((list) => (on ? [...list, kind] : list.filter((k) => k !== kind)));
  };

  return (
    <>
      <PageHeading>{t('webhooks.title')}</PageHeading>
      <p className="muted">{t('webhooks.intro')}</p>
      {loading && !data && <LoadingIndicator />}
      {error !== null && <ErrorNotice error={error} onRetry={reload} />}
      <SuccessNotice message={notice} />
      {problem !== null && <ErrorNotice error={problem} />}
      {secret && (
        <div className="card section" role="status">
          <p>{t('webhooks.secretOnce')}</p>
          <p className="mono break" data-user-data>
            {secret}
          </p>
        </div>
      )}
      {data && data.subscriptions.length === 0 && <p className="empty">{t('webhooks.empty')}</p>}
      {data && data.subscriptions.length > 0 && (
        <div className="table-wrap">
          <table className="table table--stack">
            <caption className="visually-hidden">{t('webhooks.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('webhooks.name')}</th>
                <th scope="col">{t('webhooks.url')}</th>
                <th scope="col">{t('webhooks.kinds')}</th>
                <th scope="col">{t('webhooks.secret')}</th>
                <th scope="col">{t('webhooks.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {data.subscriptions.map((subscription) => (
                <tr key={subscription.id}>
                  <td data-label={t('webhooks.name')} data-user-data>
                    {subscription.name}
                    {!subscription.active && ` (${t('webhooks.off')})`}
                  </td>
                  <td data-label={t('webhooks.url')} className="mono break" data-user-data>
                    {subscription.url}
                  </td>
                  <td data-label={t('webhooks.kinds')}>{subscription.kinds.map((kind) => t(`webhooks.kind.${kind}`)).join('、')}</td>
                  <td data-label={t('webhooks.secret')} className="mono" data-user-data>
                    {subscription.secretHint}
                  </td>
                  <td data-label={t('webhooks.actions')}>
                    <button
                      type="button"
                      className="button button--quiet"
                      disabled={busy}
                      onClick={() =>
                        void act(() => webhookApi.change(subscription.id, { active: !subscription.active }), t('webhooks.saved'))
                      }
                    >
                      {subscription.active ? t('webhooks.switchOff') : t('webhooks.switchOn')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form className="card section" onSubmit={subscribe}>
        <h2>{t('webhooks.subscribe')}</h2>
        <TextField label={t('webhooks.name')} value={name} onChange={setName} required />
        <TextField label={t('webhooks.url')} type="url" value={url} onChange={setUrl} required spellCheck={false} />
        <fieldset className="fieldset" aria-describedby={kindsMissing ? 'webhook-kinds-error' : undefined}>
          <legend>{t('webhooks.kinds')}</legend>
          {WEBHOOK_KINDS.map((kind) => (
            <CheckboxField
              key={kind}
              label={t(`webhooks.kind.${kind}`)}
              checked={kinds.includes(kind)}
              onChange={(on) => toggle(kind, on)}
            />
          ))}
          {kindsMissing && (
            <p id="webhook-kinds-error" className="field__error" role="alert">
              {t('webhooks.chooseKinds')}
            </p>
          )}
        </fieldset>
        <BusyButton busy={busy} label={t('webhooks.subscribeButton')} busyLabel={t('webhooks.subscribing')} />
      </form>
      <WebhookDeliveryLog />
    </>
  );
}
