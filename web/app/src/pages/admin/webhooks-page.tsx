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
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const act = async (work: () => Promise<unknown>, done: string | null) => {
    setBusy(true);
    setProblem(null);
    setNotice(null);
    try {
      await work();
      setNotice(done);
      void changed('webhooks');
    } catch (failure) {
      setProblem(failure);
    } finally {
      setBusy(false);
    }
  };
  const subscribe = (event: FormEvent) => {
    event.preventDefault();
    if (!kinds.length) {
      setProblem(new Error(t('webhooks.chooseKinds')));
      return;
    }
    void act(async () => {
      const made = await webhookApi.subscribe({ name, url, kinds });
      setSecret(made.secret);
      setName('');
      setUrl('');
      setKinds([]);
    }, null);
  };
  const toggle = (kind: WebhookKind, on: boolean) => setKinds((list) => (on ? [...list, kind] : list.filter((k) => k !== kind)));

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
        <fieldset className="fieldset">
          <legend>{t('webhooks.kinds')}</legend>
          {WEBHOOK_KINDS.map((kind) => (
            <CheckboxField
              key={kind}
              label={t(`webhooks.kind.${kind}`)}
              checked={kinds.includes(kind)}
              onChange={(on) => toggle(kind, on)}
            />
          ))}
        </fieldset>
        <BusyButton busy={busy} label={t('webhooks.subscribeButton')} busyLabel={t('webhooks.subscribing')} />
      </form>
      <WebhookDeliveryLog />
    </>
  );
}
