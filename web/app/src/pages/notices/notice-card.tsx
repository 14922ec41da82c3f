// One notice on the public bulletin: its title and text as plain text (never as HTML: the text quotes a nomination
// in its author's own words), its dates, and for an open publicity window a way to object.
import { useState } from 'react';
import type { PublicNotice, WithdrawnNotice } from '../../api/notice-api';
import { formatDateTime, formatDeadline } from '../../format/format-date-time';
import { useI18n } from '../../i18n/use-i18n';
import type { MessageKey } from '../../i18n/zh-cn-messages';
import { ObjectionForm } from './objection-form';
import { WithdrawForm } from './withdraw-form';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { creditZhCn } from '../../i18n/messages/credit-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(creditZhCn);

/** Props of NoticeCard. */
export interface NoticeCardProps {
  /** A withdrawn one (HQ and administrators see those) says when, why and by whom instead of when it was published. */
  notice: PublicNotice | WithdrawnNotice;
  onObjected: () => void;
  /** Given to HQ and administrators: the card offers to withdraw a published notice. */
  onWithdrawn?: () => void;
}

const KIND_LABEL = { publicity: 'publicity.kind', commendation: 'commendation.kind', article: 'article.kind' } as const;

/** When, by whom and why a notice was withdrawn, as its history has it; the name and the reason are data, not the page's
 * words, so they stand outside the sentence. */
function WithdrawalLine({ withdrawal }: { withdrawal: WithdrawnNotice['withdrawal'] }) {
  const { t, locale } = useI18n();
  return (
    <p className="notice-card__withdrawal">
      {t('notice.withdrawnAt', { time: formatDateTime(withdrawal.at, locale) })}
      {withdrawal.by && (
        <>
          <br />
          {t('notice.withdrawnBy')}
          <span data-user-data="">{withdrawal.by}</span>
        </>
      )}
      <br />
      {t('notice.withdrawnReason')}
      {withdrawal.reason ? <span data-user-data="">{withdrawal.reason}</span> : t('notice.withdrawnNoReason')}
    </p>
  );
}

/** An article for the notice; headings sit under the bulletin's section headings. */
export function NoticeCard({ notice, onObjected, onWithdrawn }: NoticeCardProps) {
  const { t, locale } = useI18n();
  const [objecting, setObjecting] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const content = notice.content[locale] ?? notice.content['zh-CN'];
  const open = notice.kind === 'publicity' && notice.status === 'open';
  return (
    <article className="card notice-card" aria-labelledby={`notice-${notice.id}`} data-notice-id={notice.id} data-kind={notice.kind}>
      <p className="tag">
        {t(KIND_LABEL[notice.kind])}
        {'withdrawal' in notice && <span className="badge badge--withdrawn">{t('notice.withdrawnBadge')}</span>}
      </p>
      <h3 id={`notice-${notice.id}`}>{content.title}</h3>
      <p className="notice-card__text">{content.text}</p>
      {notice.images?.length > 0 && (
        <div className="notice-card__images">
          {notice.images.map((src, index) => (
            <img key={src} src={src} alt={t('notice.imageAlt', { title: content.title, n: index + 1 })} loading="lazy" />
          ))}
        </div>
      )}
      {'withdrawal' in notice && <WithdrawalLine withdrawal={notice.withdrawal} />}
      <p className="muted">
        {open && notice.closesAt
          ? t(notice.extended ? 'notice.closesAtExtended' : 'notice.closesAt', { time: formatDeadline(notice.closesAt, locale) })
          : t('notice.publishedAt', { time: formatDateTime(notice.createdAt, locale) })}
      </p>
      {notice.status === 'under-review' && <p className="muted">{t('notice.underReview')}</p>}
      {notice.objections?.length > 0 && (
        <ul className="muted">
          {notice.objections.map((objection, index) => (
            <li key={`${objection.lodgedAt}/${index}`}>
              {t('notice.objectionLine', {
                time: formatDateTime(objection.lodgedAt, locale),
                status: t(`notice.objectionStatus.${objection.status}` as MessageKey),
              })}
            </li>
          ))}
        </ul>
      )}
      {open && !objecting && (
        <button type="button" className="button button--quiet" onClick={() => setObjecting(true)}>
          {t('notice.object')}
        </button>
      )}
      {onWithdrawn && notice.status === 'published' && !withdrawing && (
        <button type="button" className="button button--quiet" onClick={() => setWithdrawing(true)}>
          {t('notice.withdraw')}
        </button>
      )}
      {onWithdrawn && withdrawing && <WithdrawForm noticeId={notice.id} onWithdrawn={onWithdrawn} onCancel={() => setWithdrawing(false)} />}
      {open && objecting && (
        <ObjectionForm noticeId={notice.id} title={content.title} onLodged={onObjected} onCancel={() => setObjecting(false)} />
      )}
    </article>
  );
}
