// Enterprises as a table (cards below 600px): name linking to its page, code, type, focus, cadre, liaison.
import type { ReactNode } from 'react';
import type { Enterprise } from '../api/org-types';
import { DataTable } from '../components/data-table';
import { useI18n } from '../i18n/use-i18n';
import { routeHref } from '../routing/route-href';
import { addZhCnMessages } from '../i18n/loaded-dictionaries';
import { orgPagesZhCn } from '../i18n/messages/org-pages-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(orgPagesZhCn);

/** Props of EnterpriseTable; `actions` adds a last column (admins' edit button). */
export interface EnterpriseTableProps {
  enterprises: Enterprise[];
  caption: string;
  actions?: (enterprise: Enterprise) => ReactNode;
}

/** A responsive table of enterprises. */
export function EnterpriseTable({ enterprises, caption, actions }: EnterpriseTableProps) {
  const { t } = useI18n();
  const blank = <span className="muted">{t('common.blank')}</span>;
  return (
    <DataTable
      caption={caption}
      rows={enterprises}
      rowKey={(enterprise) => enterprise.id}
      columns={[
        {
          key: 'name',
          label: t('enterprise.name'),
          render: (enterprise) => (
            <>
              <a href={routeHref({ name: 'enterprise', id: enterprise.id })}>{enterprise.name}</a>
              {enterprise.focus && (
                <>
                  {' '}
                  <span className="tag">{t('enterprise.focus')}</span>
                </>
              )}
            </>
          ),
        },
        { key: 'code', label: t('enterprise.creditCode'), className: 'mono nowrap', render: (enterprise) => enterprise.creditCode },
        { key: 'type', label: t('enterprise.type'), render: (enterprise) => t(`enterpriseType.${enterprise.type}`) },
        {
          key: 'cadre',
          label: t('enterprise.cadre'),
          render: (enterprise) => enterprise.cadre?.displayName ?? <span className="muted">{t('enterprise.noCadre')}</span>,
        },
        {
          key: 'liaison',
          label: t('enterprise.liaison'),
          render: (enterprise) =>
            enterprise.liaisonName || enterprise.liaisonMobile ? (
              <>
                {enterprise.liaisonName} <span className="mono">{enterprise.liaisonMobile}</span>
              </>
            ) : (
              blank
            ),
        },
        actions && { key: 'actions', label: t('common.actions'), hideLabel: true, render: actions },
      ]}
    />
  );
}
