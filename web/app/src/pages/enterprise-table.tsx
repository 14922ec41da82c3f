// Enterprises as a table (cards below 600px): name linking to its page, code, type, focus, cadre, liaison.
import type { ReactNode } from 'react';
import type { Enterprise } from '../api/org-types';
import { useI18n } from '../i18n/use-i18n';
import { routeHref } from '../routing/route-href';

/** Props of EnterpriseTable; `actions` adds a last column (admins' edit button). */
export interface EnterpriseTableProps {
  enterprises: Enterprise[];
  caption: string;
  actions?: (enterprise: Enterprise) => ReactNode;
}

/** A responsive table of enterprises. */
export function EnterpriseTable({ enterprises, caption, actions }: EnterpriseTableProps) {
  const { t } = useI18n();
  return (
    <div className="table-wrap">
      <table className="table table--stack">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('enterprise.name')}</th>
            <th scope="col">{t('enterprise.creditCode')}</th>
            <th scope="col">{t('enterprise.type')}</th>
            <th scope="col">{t('enterprise.cadre')}</th>
            <th scope="col">{t('enterprise.liaison')}</th>
            {actions && <th scope="col"><span className="visually-hidden">{t('common.actions')}</span></th>}
          </tr>
        </thead>
        <tbody>
          {enterprises.map((enterprise) => (
            <tr key={enterprise.id}>
              <td data-label={t('enterprise.name')}>
                <a href={routeHref({ name: 'enterprise', id: enterprise.id })}>{enterprise.name}</a>
                {enterprise.focus && <> <span className="tag">{t('enterprise.focus')}</span></>}
              </td>
              <td data-label={t('enterprise.creditCode')} className="mono nowrap">{enterprise.creditCode}</td>
              <td data-label={t('enterprise.type')}>{t(`enterpriseType.${enterprise.type}`)}</td>
              <td data-label={t('enterprise.cadre')}>{enterprise.cadre?.displayName ?? <span className="muted">{t('enterprise.noCadre')}</span>}</td>
              <td data-label={t('enterprise.liaison')}>
                {enterprise.liaisonName || enterprise.liaisonMobile ? (
                  <>{enterprise.liaisonName} <span className="mono">{enterprise.liaisonMobile}</span></>
                ) : (
                  <span className="muted">{t('common.blank')}</span>
                )}
              </td>
              {actions && <td data-label={t('common.actions')}>{actions(enterprise)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
