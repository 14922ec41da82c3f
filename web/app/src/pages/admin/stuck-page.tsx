// The admin's stuck cases: every case whose process cannot go on, by case number and form, with why and what to do,
// read from the workflow engine (GET /api/admin/stuck-cases). A lazily loaded chunk that other roles never download.
import { useRef, useState } from 'react';
import { stuckApi, type StuckCase } from '../../api/stuck-api';
import { ErrorNotice } from '../../components/error-notice';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { Pager } from '../../components/pager';
import { formatDateTime } from '../../format/format-date-time';
import { useApiData } from '../../hooks/use-api-data';
import { queryKeys } from '../../api/query-keys';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { stuckZhCn } from '../../i18n/messages/stuck-messages';
import { useI18n } from '../../i18n/use-i18n';
import type { MessageKey } from '../../i18n/zh-cn-messages';
import { routeHref } from '../../routing/route-href';

addZhCnMessages(stuckZhCn);

/** A reason sentence; what it quotes (a time limit, a template's name) is a value as an admin wrote it, not a word. */
function Reason({ text }: { text: string }) {
  return (
    <>
      {text.split(/(“[^”]*”)/).map((part, index) =>
        index % 2 === 1 ? (
          <span key={index} data-user-data>
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}

function CaseCell({ item }: { item: StuckCase }) {
  const { t, pick } = useI18n();
  if (!item.case) return <>{`${pick(item.process)} · ${t('stuck.noCase')}`}</>;
  return (
    <>
      <a href={routeHref({ name: 'submission', id: item.case.submissionId })}>{item.case.caseNumber ?? pick(item.process)}</a>
      <div data-user-data>{pick(item.case.formTitle)}</div>
      {item.case.enterpriseName && (
        <div className="muted" data-user-data>
          {item.case.enterpriseName}
        </div>
      )}
    </>
  );
}

function Row({ item }: { item: StuckCase }) {
  const { t, pick, locale } = useI18n();
  return (
    <tr>
      <td data-label={t('stuck.case')}>
        <CaseCell item={item} />
      </td>
      <td data-label={t('stuck.reason')}>
        <strong>{t(`stuck.kind.${item.kind}` as MessageKey)}</strong>
        <p>
          <Reason text={pick(item.reason)} />
        </p>
        {item.technical && (
          <details>
            <summary>{t('stuck.technical')}</summary>
            <code className="break">{item.technical}</code>
          </details>
        )}
      </td>
      <td data-label={t('stuck.since')}>{item.since ? formatDateTime(item.since, locale) : ''}</td>
      <td data-label={t('stuck.attempts')}>
        {item.attempt !== null && t('stuck.attemptCount', { n: item.attempt })}
        {item.nextAttemptAt && (
          <div className="muted">
            {t('stuck.nextAttempt')} {formatDateTime(item.nextAttemptAt, locale)}
          </div>
        )}
      </td>
    </tr>
  );
}

/** The page. */
export function StuckPage() {
  const { t, locale } = useI18n();
  const [offset, setOffset] = useState(0);
  // "Check again" asks the engine anew; paging reads the server's last scan, kept a few seconds.
  const [checks, setChecks] = useState(0);
  const fresh = useRef(false);
  const { data, error, loading, reload } = useApiData(
    (signal) => {
      const again = fresh.current;
      fresh.current = false;
      return stuckApi.list({ offset }, again, signal);
    },
    [offset, checks],
    queryKeys.stuck,
  );
  const checkAgain = () => {
    fresh.current = true;
    setChecks((n) => n + 1);
  };
  return (
    <>
      <PageHeading>{t('stuck.title')}</PageHeading>
      <p className="muted">{t('stuck.intro')}</p>
      {loading && !data && <LoadingIndicator />}
      {error !== null && <ErrorNotice error={error} onRetry={reload} />}
      {data && (
        <p>
          {t('stuck.checkedAt')} {formatDateTime(data.checkedAt, locale)}{' '}
          <button type="button" className="button button--quiet" onClick={checkAgain}>
            {t('stuck.refresh')}
          </button>
        </p>
      )}
      {data?.truncated && <p className="notice">{t('stuck.truncated')}</p>}
      {data && data.items.length === 0 && <p className="empty">{t('stuck.empty')}</p>}
      {data && data.items.length > 0 && (
        <div className="table-wrap">
          <table className="table table--stack">
            <caption className="visually-hidden">{t('stuck.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('stuck.case')}</th>
                <th scope="col">{t('stuck.reason')}</th>
                <th scope="col">{t('stuck.since')}</th>
                <th scope="col">{t('stuck.attempts')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((item, index) => (
                <Row key={`${item.case?.submissionId ?? 'process'}-${item.kind}-${index}`} item={item} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && <Pager page={data.page} shown={data.items.length} onOffset={setOffset} />}
    </>
  );
}
