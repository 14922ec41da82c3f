// The daily bulletins (项目动态每日通报, route `#/bulletins`): a list of the stored bulletins and the chosen one in full.
import { useState } from 'react';
import type { User } from '../../api/api-types';
import { collectionApi, type BulletinSummary } from '../../api/collection-api';
import { ErrorNotice } from '../../components/error-notice';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { Pager } from '../../components/pager';
import { useApiData } from '../../hooks/use-api-data';
import { queryKeys } from '../../api/query-keys';
import { useI18n } from '../../i18n/use-i18n';
import { BulletinView } from './bulletin-view';
import './collection.css';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { collectionZhCn } from '../../i18n/messages/collection-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(collectionZhCn);

function SelectedBulletin({ bulletin }: { bulletin: BulletinSummary }) {
  const { formKey, date } = bulletin;
  const { data, error, loading, reload } = useApiData(
    (signal) => collectionApi.bulletin({ formKey, date }, signal),
    [formKey, date],
    queryKeys.bulletin,
  );
  return (
    <div aria-live="polite">
      {loading && <LoadingIndicator />}
      {error !== null && <ErrorNotice error={error} onRetry={reload} />}
      {data && !loading && <BulletinView data={data.bulletin.data} text={data.bulletin.text} />}
    </div>
  );
}

/** The bulletins page; every signed-in role but the gate may read it (the user only decides the navigation). */
export function BulletinsPage({ user }: { user: User }) {
  const { t } = useI18n();
  const [offset, setOffset] = useState(0);
  const { data, error, loading, reload } = useApiData(
    (signal) => collectionApi.bulletins({ offset }, signal),
    [user.id, offset],
    queryKeys.bulletins,
  );
  const [chosen, setChosen] = useState<string | null>(null);
  const selected = data?.bulletins.find((bulletin) => bulletin.roundId === chosen) ?? data?.bulletins[0] ?? null;

  return (
    <>
      <PageHeading>{t('bulletin.title')}</PageHeading>
      <p className="muted">{t('bulletin.intro')}</p>
      {loading && !data && <LoadingIndicator />}
      {error !== null && <ErrorNotice error={error} onRetry={reload} />}
      {data && data.bulletins.length === 0 && <p className="empty">{t('bulletin.empty')}</p>}
      {data && data.bulletins.length > 0 && (
        <div className="bulletins">
          <nav aria-labelledby="bulletin-list-title">
            <h2 id="bulletin-list-title" className="visually-hidden">
              {t('bulletin.list')}
            </h2>
            <ul className="bulletin-list">
              {data.bulletins.map((bulletin) => (
                <li key={bulletin.roundId}>
                  <button
                    type="button"
                    className={`button ${bulletin.roundId === selected?.roundId ? 'button--primary' : 'button--quiet'}`}
                    aria-pressed={bulletin.roundId === selected?.roundId}
                    onClick={() => setChosen(bulletin.roundId)}
                  >
                    {bulletin.date} · {bulletin.formTitle}
                    <br />
                    <small>
                      {t('bulletin.summary', {
                        expected: bulletin.expected,
                        onTime: bulletin.onTime,
                        late: bulletin.late,
                        missing: bulletin.missing,
                      })}
                    </small>
                  </button>
                </li>
              ))}
            </ul>
            <Pager page={data.page} shown={data.bulletins.length} onOffset={setOffset} />
          </nav>
          {selected ? <SelectedBulletin key={selected.roundId} bulletin={selected} /> : <p className="muted">{t('bulletin.choose')}</p>}
        </div>
      )}
    </>
  );
}
