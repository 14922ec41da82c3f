// Admins register the group robots of working groups, cadre teams and HQ, and send each a test message. The webhook
// and signing secret are typed once; afterwards only their masked hint is shown.
import { useState, type FormEvent } from 'react';
import { robotApi, type Robot, type RobotRegistration } from '../../api/robot-api';
import { BusyButton } from '../../components/busy-button';
import { ErrorNotice } from '../../components/error-notice';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { SelectField } from '../../components/select-field';
import { SuccessNotice } from '../../components/success-notice';
import { TextField } from '../../components/text-field';
import { useApiData } from '../../hooks/use-api-data';
import { useAction } from '../../hooks/use-action';
import { useChanged } from '../../hooks/use-changed';
import { queryKeys } from '../../api/query-keys';
import { useI18n } from '../../i18n/use-i18n';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { robotZhCn } from '../../i18n/messages/robot-messages';

addZhCnMessages(robotZhCn);

const EMPTY: RobotRegistration = { key: '', name: '', channel: 'wecom-robot', audience: 'hq', webhook: '' };

/** The robots table, a test-send button per robot, and the registration form. */
export function RobotsPage() {
  const { t } = useI18n();
  const { data, error, loading, reload } = useApiData((signal) => robotApi.list(signal), [], queryKeys.robots);
  const changed = useChanged();
  const [draft, setDraft] = useState<RobotRegistration>(EMPTY);
  const action = useAction();
  const { busy, error: problem, message: notice } = action;
  const set = (change: Partial<RobotRegistration>) => setDraft((current) => ({ ...current, ...change }));

  // Registering a robot or switching it on queues again the messages that could not reach it: the notice says how many.
  const act = (work: () => Promise<unknown>, done: string) =>
    action.run(async () => {
      const answer = await work();
      const requeued = (answer as { requeuedMessages?: number } | undefined)?.requeuedMessages ?? 0;
      void (requeued > 0 ? changed('robots', 'outbox') : changed('robots'));
      return requeued > 0 ? `${done} ${t('robots.requeued', { n: requeued })}` : done;
    });
  const register = (event: FormEvent) => {
    event.preventDefault();
    const body: RobotRegistration = {
      ...draft,
      ...(draft.audience === 'working_group' ? {} : { workingGroupKey: undefined }),
      ...(draft.signSecret ? {} : { signSecret: undefined }),
    };
    void act(async () => {
      const answer = await robotApi.register(body);
      setDraft(EMPTY);
      return answer;
    }, t('robots.registered'));
  };
  const audience = (robot: Robot) =>
    robot.audience === 'working_group'
      ? `${t('robots.audience.working_group')} · ${robot.workingGroupKey ?? ''}`
      : t(`robots.audience.${robot.audience}`);

  return (
    <>
      <PageHeading>{t('robots.title')}</PageHeading>
      <p className="muted">{t('robots.intro')}</p>
      {loading && !data && <LoadingIndicator />}
      {error !== null && <ErrorNotice error={error} onRetry={reload} />}
      <SuccessNotice message={notice} />
      {problem !== null && <ErrorNotice error={problem} />}
      {data && data.robots.length === 0 && <p className="empty">{t('robots.empty')}</p>}
      {data && data.robots.length > 0 && (
        <div className="table-wrap">
          <table className="table table--stack">
            <caption className="visually-hidden">{t('robots.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('robots.name')}</th>
                <th scope="col">{t('robots.key')}</th>
                <th scope="col">{t('outbox.channel')}</th>
                <th scope="col">{t('robots.audience')}</th>
                <th scope="col">{t('robots.secret')}</th>
                <th scope="col">{t('robots.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {data.robots.map((robot) => (
                <tr key={robot.id}>
                  <td data-label={t('robots.name')} data-user-data>
                    {robot.name}
                    {!robot.active && ` (${t('robots.off')})`}
                  </td>
                  <td data-label={t('robots.key')} className="mono">
                    {robot.key}
                  </td>
                  <td data-label={t('outbox.channel')}>{t(`channel.${robot.channel}`)}</td>
                  <td data-label={t('robots.audience')}>{audience(robot)}</td>
                  <td data-label={t('robots.secret')} className="mono">
                    {robot.secretHint}
                  </td>
                  <td data-label={t('robots.actions')}>
                    <button
                      type="button"
                      className="button button--quiet"
                      disabled={busy || !robot.active}
                      onClick={() => void act(() => robotApi.testSend(robot.id), t('robots.testSent'))}
                    >
                      {t('robots.testSend')}
                    </button>{' '}
                    <button
                      type="button"
                      className="button button--quiet"
                      disabled={busy}
                      onClick={() => void act(() => robotApi.change(robot.id, { active: !robot.active }), t('robots.saved'))}
                    >
                      {robot.active ? t('robots.switchOff') : t('robots.switchOn')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form className="card section" onSubmit={register}>
        <h2>{t('robots.register')}</h2>
        <TextField label={t('robots.name')} value={draft.name} onChange={(name) => set({ name })} required />
        <TextField
          label={t('robots.key')}
          hint={t('robots.keyHint')}
          value={draft.key}
          onChange={(key) => set({ key })}
          required
          spellCheck={false}
        />
        <SelectField
          label={t('outbox.channel')}
          value={draft.channel}
          options={[
            { value: 'wecom-robot', label: t('channel.wecom-robot') },
            { value: 'dingtalk-robot', label: t('channel.dingtalk-robot') },
          ]}
          onChange={(channel) => set({ channel: channel as Robot['channel'] })}
        />
        <SelectField
          label={t('robots.audience')}
          value={draft.audience}
          options={(['hq', 'working_group', 'cadre'] as const).map((value) => ({ value, label: t(`robots.audience.${value}`) }))}
          onChange={(value) => set({ audience: value as Robot['audience'] })}
        />
        {draft.audience === 'working_group' && (
          <TextField
            label={t('robots.workingGroupKey')}
            value={draft.workingGroupKey ?? ''}
            onChange={(workingGroupKey) => set({ workingGroupKey })}
            required
          />
        )}
        {draft.audience === 'cadre' && (
          <TextField
            label={t('robots.cadreUserId')}
            type="number"
            value={draft.cadreUserId ? String(draft.cadreUserId) : ''}
            onChange={(value) => set({ cadreUserId: Number(value) || undefined })}
            required
          />
        )}
        <TextField
          label={t('robots.webhook')}
          hint={t('robots.webhookHint')}
          type="password"
          autoComplete="off"
          value={draft.webhook}
          onChange={(webhook) => set({ webhook })}
          required
        />
        {draft.channel === 'dingtalk-robot' && (
          <TextField
            label={t('robots.signSecret')}
            type="password"
            autoComplete="off"
            value={draft.signSecret ?? ''}
            onChange={(signSecret) => set({ signSecret })}
          />
        )}
        <BusyButton busy={busy} label={t('robots.registerButton')} busyLabel={t('robots.registering')} />
      </form>
    </>
  );
}
