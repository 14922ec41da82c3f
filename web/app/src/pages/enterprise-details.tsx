// An enterprise's registered facts and contacts as a description list.
import type { ReactNode } from 'react';
import type { Enterprise } from '../api/org-types';
import { formatDateTime } from '../format/format-date-time';
import { keepNumberWithUnit } from '../format/keep-number-with-unit';
import { useI18n } from '../i18n/use-i18n';
import { addZhCnMessages } from '../i18n/loaded-dictionaries';
import { orgPagesZhCn } from '../i18n/messages/org-pages-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(orgPagesZhCn);

/** The fields of one enterprise, blanks marked as such. */
export function EnterpriseDetails({ enterprise }: { enterprise: Enterprise }) {
  const { t, locale } = useI18n();
  const blank = <span className="muted">{t('common.blank')}</span>;
  const rows: [string, ReactNode, string?][] = [
    [t('enterprise.creditCode'), enterprise.creditCode, 'mono break'],
    [t('enterprise.type'), t(`enterpriseType.${enterprise.type}`)],
    [t('enterprise.focus'), enterprise.focus ? t('common.yes') : t('common.no')],
    [t('enterprise.cadre'), enterprise.cadre?.displayName ?? <span className="muted">{t('enterprise.noCadre')}</span>],
    [t('enterprise.address'), keepNumberWithUnit(enterprise.address) || blank],
    [t('enterprise.liaisonName'), enterprise.liaisonName || blank],
    [t('enterprise.liaisonMobile'), enterprise.liaisonMobile || blank, 'mono'],
    [t('enterprise.liaisonEmail'), enterprise.liaisonEmail || blank, 'break'],
    [t('enterprise.createdAt'), formatDateTime(enterprise.createdAt, locale)],
  ];
  return (
    <dl className="meta">
      {rows.map(([label, value, className]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd className={className}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
