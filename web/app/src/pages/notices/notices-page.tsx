// The public bulletin (no sign-in needed): publicity windows open for objections, and published commendations and
// articles; HQ and administrators also see those withdrawn from it, with when, why and by whom.
import { useState } from 'react';
import { noticeApi } from '../../api/notice-api';
import { ErrorNotice } from '../../components/error-notice';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { SuccessNotice } from '../../components/success-notice';
import { useApiData } from '../../hooks/use-api-data';
import { useChanged } from '../../hooks/use-changed';
import { queryKeys } from '../../api/query-keys';
import { useI18n } from '../../i18n/use-i18n';
import { routeHref } from '../../routing/route-href';
import { CampaignContacts } from '../../components/campaign-contacts';
import { NoticeCard } from './notice-card';
import './notices.css';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { creditZhCn } from '../../i18n/messages/credit-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(creditZhCn);

/** Props of NoticesPage: visitors who are not signed in get a link to the login. */
export interface NoticesPageProps {
  signedIn: boolean;
  /** HQ and administrators may take a published notice off the bulletin. */
  mayWithdraw?: boolean;
}

/** The bulletin page. */
export function NoticesPage({ signedIn, mayWithdraw = false }: NoticesPageProps) {
  const { t } = useI18n();
  const loaded = useApiData((signal) => noticeApi.list(signal), [], queryKeys.notices);
  // What HQ or an administrator took off the bulletin stays in sight for them, with when and why.
  const withdrawnList = useApiData(
    (signal) => (mayWithdraw ? noticeApi.withdrawn(signal) : Promise.resolve(null)),
    [mayWithdraw],
    queryKeys.withdrawnNotices,
  );
  const withdrawnNotices = withdrawnList.data?.notices ?? [];
  const changed = useChanged();
  const [lodged, setLodged] = useState<string | null>(null);
  const notices = loaded.data?.notices ?? [];
  const publicity = notices.filter((notice) => notice.kind === 'publicity');
  const published = notices.filter((notice) => notice.kind === 'commendation');
  const articles = notices.filter((notice) => notice.kind === 'article');
  const objected = () => {
    setLodged(t('notice.accepted'));
    void changed('notices');
  };
  const withdrawn = () => {
    setLodged(t('notice.withdrawn'));
    void changed('notices');
  };
  const card = (notice: (typeof notices)[number]) => (
    <NoticeCard key={notice.id} notice={notice} onObjected={objected} onWithdrawn={mayWithdraw ? withdrawn : undefined} />
  );

  return (
    <>
      <PageHeading>{t('notice.title')}</PageHeading>
      <p className="lead">{t('notice.intro')}</p>
      {!signedIn && (
        <p>
          <a href={routeHref({ name: 'home' })}>{t('notice.signIn')}</a>
        </p>
      )}
      <SuccessNotice message={lodged} />
      {loaded.error !== null && <ErrorNotice error={loaded.error} onRetry={loaded.reload} />}
      {loaded.loading && !loaded.data && <LoadingIndicator />}
      {loaded.data && (
        <>
          <section className="section" aria-labelledby="notices-publicity">
            <h2 id="notices-publicity">{t('notice.publicityHeading')}</h2>
            {publicity.length === 0 ? <p className="empty">{t('notice.emptyPublicity')}</p> : publicity.map(card)}
          </section>
          <section className="section" aria-labelledby="notices-published">
            <h2 id="notices-published">{t('notice.noticeHeading')}</h2>
            {published.length === 0 ? <p className="empty">{t('notice.emptyNotices')}</p> : published.map(card)}
          </section>
          <section className="section" aria-labelledby="notices-articles">
            <h2 id="notices-articles">{t('notice.articleHeading')}</h2>
            {articles.length === 0 ? <p className="empty">{t('notice.emptyArticles')}</p> : articles.map(card)}
          </section>
          <CampaignContacts />
          {mayWithdraw && (
            <section className="section" aria-labelledby="notices-withdrawn">
              <h2 id="notices-withdrawn">{t('notice.withdrawnHeading')}</h2>
              <p className="hint">{t('notice.withdrawnIntro')}</p>
              {withdrawnList.error !== null && <ErrorNotice error={withdrawnList.error} onRetry={withdrawnList.reload} />}
              {withdrawnList.data &&
                (withdrawnNotices.length === 0 ? (
                  <p className="empty">{t('notice.emptyWithdrawn')}</p>
                ) : (
                  withdrawnNotices.map((notice) => <NoticeCard key={notice.id} notice={notice} onObjected={objected} />)
                ))}
            </section>
          )}
        </>
      )}
    </>
  );
}
