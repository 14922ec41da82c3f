// An enterprise's credit record: the total and every entry, newest first. Entries are never edited; an administrator
// reverses one by a compensating entry, which this page offers next to each entry not yet reversed.
import { useState } from 'react';
import type { User } from '../../api/api-types';
import { creditApi, type CreditEntry } from '../../api/credit-api';
import { ErrorNotice } from '../../components/error-notice';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { Pager } from '../../components/pager';
import { SuccessNotice } from '../../components/success-notice';
import { formatDateTime } from '../../format/format-date-time';
import { useApiData } from '../../hooks/use-api-data';
import { useChanged } from '../../hooks/use-changed';
import { queryKeys } from '../../api/query-keys';
import { useI18n } from '../../i18n/use-i18n';
import { routeHref } from '../../routing/route-href';
import { ReversalForm } from './reversal-form';
import './credit.css';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { creditZhCn } from '../../i18n/messages/credit-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(creditZhCn);

/** Props of CreditPage. */
export interface CreditPageProps {
  id: number;
  user: User;
}

/** The credit page of enterprise `id`. */
export function CreditPage({ id, user }: CreditPageProps) {
  const { t, locale, pick } = useI18n();
  const [offset, setOffset] = useState(0);
  const loaded = useApiData((signal) => creditApi.ledger(id, signal, { offset }), [id, offset], queryKeys.credit);
  const changed = useChanged();
  const [reversing, setReversing] = useState<CreditEntry | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const mayReverse = user.role === 'admin';
  const back = user.role === 'enterprise' ? routeHref({ name: 'myEnterprise' }) : routeHref({ name: 'enterprise', id });

  if (!loaded.data) {
    return (
      <>
        <p className="breadcrumb">
          <a href={back}>{t('credit.back')}</a>
        </p>
        {loaded.error !== null ? <ErrorNotice error={loaded.error} onRetry={loaded.reload} /> : <LoadingIndicator />}
      </>
    );
  }
  const { enterprise, entries, total } = loaded.data;
  return (
    <>
      <p className="breadcrumb">
        <a href={back}>{t('credit.back')}</a>
      </p>
      <PageHeading>{t('credit.title', { name: enterprise.name })}</PageHeading>
      <p className="credit-total">
        {t('credit.total')}
        <strong>{total}</strong>
      </p>
      <p className="hint">{t('credit.totalHint')}</p>
      <SuccessNotice message={done} />
      {reversing && (
        <ReversalForm
          entry={reversing}
          onCancel={() => setReversing(null)}
          onReversed={() => {
            setReversing(null);
            setDone(t('credit.reversed'));
            void changed('credit', 'enterprises');
          }}
        />
      )}
      {entries.length === 0 ? (
        <p className="empty">{t('credit.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('credit.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('credit.col.time')}</th>
                <th scope="col" className="nowrap">
                  {t('credit.col.points')}
                </th>
                <th scope="col">{t('credit.col.reason')}</th>
                <th scope="col">{t('credit.col.basis')}</th>
                <th scope="col">{t('credit.col.approver')}</th>
                {mayReverse && (
                  <th scope="col" className="nowrap">
                    {t('credit.col.actions')}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td>
                    <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt, locale)}</time>
                  </td>
                  <td className={entry.points < 0 ? 'credit-points credit-points--minus' : 'credit-points'}>
                    {entry.points > 0 ? `+${entry.points}` : entry.points}
                  </td>
                  <td className="break">
                    {entry.reason}
                    {/* The other entry by its time, as the table shows entries; its row id means nothing to a reader. */}
                    {entry.reversesAt !== null && (
                      <span className="muted"> · {t('credit.reverses', { time: formatDateTime(entry.reversesAt, locale) })}</span>
                    )}
                    {entry.reversedAt !== null && (
                      <span className="muted"> · {t('credit.reversedBy', { time: formatDateTime(entry.reversedAt, locale) })}</span>
                    )}
                  </td>
                  <td className="break">
                    {entry.submissionId ? (
                      // The case by its form and number: the stored basis names it by its id, which means nothing to a reader.
                      <a href={routeHref({ name: 'submission', id: entry.submissionId })}>
                        {entry.caseNumber ? `${pick(entry.formTitle)} ${entry.caseNumber}` : t('credit.viewCase')}
                      </a>
                    ) : entry.reversesAt !== null ? (
                      // A reversal's stored basis is the other entry's row id (#17): named by its time instead.
                      t('credit.reverses', { time: formatDateTime(entry.reversesAt, locale) })
                    ) : (
                      entry.basis
                    )}
                  </td>
                  <td>{entry.approverName ?? '—'}</td>
                  {mayReverse && (
                    <td>
                      {entry.reversesId === null && entry.reversedById === null && (
                        <button
                          type="button"
                          className="button button--quiet"
                          onClick={() => setReversing(entry)}
                          aria-label={t('credit.reverseTitle', { time: formatDateTime(entry.createdAt, locale), points: entry.points })}
                        >
                          {t('credit.reverse')}
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager page={loaded.data.page} shown={entries.length} onOffset={setOffset} />
    </>
  );
}
