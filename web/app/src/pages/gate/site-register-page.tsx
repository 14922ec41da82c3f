// The per-project register (route `#/register`): figures, the four zones, the check-ins due now (recorded here by
// the gate officer), and every worker. Gate officers see their site; cadres their enterprises' projects; HQ and
// admins pick any project.
import { useEffect, useState } from 'react';
import type { User } from '../../api/api-types';
import { gateApi, type GateProject, type RegisterWorker, type SiteRegister, type SiteStatus } from '../../api/gate-api';
import { MAX_PAGE } from '../../api/paging';
import { ErrorNotice } from '../../components/error-notice';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { Pager } from '../../components/pager';
import { SelectField } from '../../components/select-field';
import { SuccessNotice } from '../../components/success-notice';
import { useApiData } from '../../hooks/use-api-data';
import { useChanged } from '../../hooks/use-changed';
import { queryKeys } from '../../api/query-keys';
import { useI18n } from '../../i18n/use-i18n';
import { punctuation } from '../../i18n/punctuation';
import { CheckInCard } from './check-in-card';
import { CheckInPlan } from './check-in-plan';
import { RegisterWorkerRow } from './register-worker-row';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { offlineZhCn } from '../../i18n/messages/offline-messages';
import { formatDateTime } from '../../format/format-date-time';
import { enableOffline } from '../../offline/enable-offline';
import { queueKey } from '../../offline/queue-crypto';
import { RegisterOfflineQueue } from './register-offline-queue';
import './gate.css';
import { gateZhCn } from '../../i18n/messages/gate-messages';

addZhCnMessages(offlineZhCn);
addZhCnMessages(gateZhCn);

const STATUSES: SiteStatus[] = ['admitted', 'quarantined', 'released', 'turned-back'];

/** Route `#/register`. */
export function SiteRegisterPage({ user }: { user: User }) {
  const { t, locale } = useI18n();
  const [projectId, setProjectId] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [status, setStatus] = useState<SiteStatus | ''>('');
  const [paging, setPaging] = useState({ projectId, status, offset: 0 });
  const [siteName, setSiteName] = useState('');
  const offset = paging.projectId === projectId && paging.status === status ? paging.offset : 0;
  const { data, error, loading, reload } = useApiData(
    (signal) => gateApi.register(projectId, signal, { status }, { offset }),
    [user.id, projectId, status, offset],
    queryKeys.gateRegister,
  );
  // The check-ins due now are a list of their own, so a page of the workers never hides one.
  const due = useApiData(
    (signal) =>
      user.role === 'gate' ? gateApi.register(projectId, signal, { checkInOpen: true }, { limit: MAX_PAGE }) : Promise.resolve(null),
    [user.id, projectId, 'due'],
    queryKeys.gateRegister,
  );
  // The gate officer's register opens without signal too, from the copy cached on the last online visit; a check-in
  // recorded without signal is queued with the cached gate-check version (and its queue limit), under the user's key.
  const setup = useApiData(
    (signal) => (user.role === 'gate' ? gateApi.setup(signal) : Promise.resolve(null)),
    [user.id, user.role],
    queryKeys.gateSetup,
  );
  const [queued, setQueued] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    if (user.role !== 'gate') return;
    void enableOffline();
    if (navigator.onLine) void queueKey(user.id);
  }, [user.id, user.role]);
  // A city has more sites than a list can hold: beyond the first ones, the picker finds them by name.
  const found = useApiData(
    (signal) => (siteName.trim() ? gateApi.projects(siteName.trim(), signal) : Promise.resolve(null)),
    [user.id, siteName],
    queryKeys.gateProjects,
  );
  const changed = useChanged();
  const sites = data ? uniqueSites([...(found.data?.projects ?? []), ...(data.project ? [data.project] : []), ...data.projects]) : [];
  const done = (message: string) => {
    setNotice(message);
    void changed('gate-register');
  };
  const refresh = () => void changed('gate-register');
  const onQueued = (quarantineId: string, message: string) => {
    setNotice(message);
    setQueued((before) => new Set([...before, quarantineId]));
  };
  return (
    <>
      <PageHeading>{t('register.title')}</PageHeading>
      <p className="muted">{t('register.intro')}</p>
      {data && !navigator.onLine && (
        <p className="notice notice--warning">{t('offline.asOf', { time: formatDateTime(data.asOf, locale) })}</p>
      )}
      {data && data.projectsTotal > data.projects.length && (
        <div className="field">
          <label htmlFor="register-site-name">{t('register.findProject')}</label>
          <input
            id="register-site-name"
            type="search"
            value={siteName}
            onChange={(event) => setSiteName(event.target.value)}
            aria-describedby="register-site-name-hint"
          />
          <p id="register-site-name-hint" className="field__hint">
            {t('register.moreProjects', { total: data.projectsTotal, shown: data.projects.length })}
          </p>
        </div>
      )}
      {data && sites.length > 1 && (
        <SelectField
          label={t('register.project')}
          value={String(data.project?.id ?? '')}
          options={sites.map((p) => ({
            value: String(p.id),
            label: `${p.name}${punctuation(locale).open}${p.enterpriseName}${punctuation(locale).close}`,
          }))}
          onChange={(value) => setProjectId(Number(value))}
        />
      )}
      {loading && !data && <LoadingIndicator />}
      {error !== null && <ErrorNotice error={error} onRetry={reload} />}
      <SuccessNotice message={notice} />
      {user.role === 'gate' && <RegisterOfflineQueue userId={user.id} />}
      {data && !data.project && <p className="empty">{t('register.noProjects')}</p>}
      {data?.project && (
        <RegisterBody
          register={data}
          // A check-in queued on this phone is not due again here.
          due={(due.data?.workers ?? []).filter((w) => !queued.has(w.quarantine?.id ?? ''))}
          formVersion={setup.data?.setup.formVersion ?? null}
          checkInTimes={setup.data?.setup.checkInTimes ?? []}
          onQueued={onQueued}
          user={user}
          filter={status}
          onFilter={(next) => setStatus(next as SiteStatus | '')}
          onOffset={(next) => setPaging({ projectId, status, offset: next })}
          onDone={done}
          onRefresh={refresh}
        />
      )}
    </>
  );
}

function RegisterBody({
  register,
  due,
  user,
  filter,
  onFilter,
  onOffset,
  onDone,
  onRefresh,
  formVersion,
  checkInTimes,
  onQueued,
}: {
  register: SiteRegister;
  due: RegisterWorker[];
  formVersion: number | null;
  /** The gate check's quarantine check-in times, said under the check-ins due. */
  checkInTimes: readonly string[];
  onQueued: (quarantineId: string, message: string) => void;
  user: User;
  filter: string;
  onFilter: (status: string) => void;
  onOffset: (offset: number) => void;
  onDone: (message: string) => void;
  onRefresh: () => void;
}) {
  const { t, locale } = useI18n();
  const totals = register.totals!;
  const shown = register.workers ?? [];
  // The outcomes in the glossary's words, as the gate page, the dashboard and the task lists say them.
  const figures: [string, number][] = [
    [t('gateOutcome.admitted'), totals.admitted],
    [t('register.quarantined'), totals.quarantined],
    [t('register.inQuarantine'), totals.inQuarantine],
    [t('gateOutcome.released'), totals.released],
    [t('gateOutcome.turned-back'), totals.turnedBack],
  ];
  return (
    <>
      <section className="section" aria-labelledby="register-totals">
        <div className="toolbar">
          <h2 id="register-totals">{`${t('register.totals')}${punctuation(locale).colon}${register.project!.name}`}</h2>
          <button type="button" className="button button--quiet" onClick={onRefresh}>
            {t('register.refresh')}
          </button>
        </div>
        <Figures figures={figures} />
      </section>
      <section className="section" aria-labelledby="register-zones">
        <h2 id="register-zones">{t('register.zones')}</h2>
        <Figures
          figures={(['management', 'construction', 'living', 'isolation'] as const).map((zone) => [
            t(`register.zone.${zone}`),
            register.zones![zone],
          ])}
        />
      </section>
      {user.role === 'gate' && (
        <section className="section" aria-labelledby="register-checkins">
          <h2 id="register-checkins">{t('register.checkIns')}</h2>
          <CheckInPlan times={checkInTimes} />
          {due.length === 0 ? (
            <p className="empty">{t('register.checkInsEmpty')}</p>
          ) : (
            <ul className="checkin-list">
              {due.map((w) => (
                <CheckInCard
                  key={w.quarantine!.id}
                  worker={w}
                  onRecorded={onDone}
                  userId={user.id}
                  formVersion={formVersion}
                  onQueued={onQueued}
                />
              ))}
            </ul>
          )}
        </section>
      )}
      <section className="section" aria-labelledby="register-workers">
        <h2 id="register-workers">{`${t('register.workers')}${punctuation(locale).open}${totals.workers}${punctuation(locale).close}`}</h2>
        <SelectField
          label={t('register.filter')}
          value={filter}
          placeholder={t('register.filterAll')}
          options={STATUSES.map((s) => ({ value: s, label: t(`worker.status.${s}`) }))}
          onChange={onFilter}
        />
        {shown.length === 0 ? (
          <p className="empty">{t('register.empty')}</p>
        ) : (
          <ul className="worker-list">
            {shown.map((w) => (
              <RegisterWorkerRow
                key={w.workerId}
                worker={w}
                mayChangeEnd={['gate', 'hq', 'admin'].includes(user.role)}
                onChanged={onDone}
              />
            ))}
          </ul>
        )}
        {register.page && <Pager page={register.page} shown={shown.length} onOffset={onOffset} />}
      </section>
    </>
  );
}

function Figures({ figures }: { figures: [string, number][] }) {
  return (
    <dl className="register-figures">
      {figures.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The picker's sites once each, in the order given (found by name first, then the chosen one, then the first ones). */
function uniqueSites(sites: readonly GateProject[]): GateProject[] {
  const seen = new Set<number>();
  return sites.filter((site) => !seen.has(site.id) && Boolean(seen.add(site.id)));
}
