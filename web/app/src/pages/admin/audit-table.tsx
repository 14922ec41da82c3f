// Audit entries as a table: when, who and in which role, what, on what, the change, and the request id. The log is a
// record: stored codes and ids are shown as they are, in <code>, beside their words.
import type { AuditEntry } from '../../api/admin-types';
import { DataTable } from '../../components/data-table';
import { formatDateTime } from '../../format/format-date-time';
import { isMessageKey } from '../../i18n/is-message-key';
import { useI18n } from '../../i18n/use-i18n';
import { routeHref } from '../../routing/route-href';
import { AuditSummary } from './audit-summary';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { orgAdminZhCn } from '../../i18n/messages/org-admin-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(orgAdminZhCn);

/** A responsive table of audit entries, newest first as the server sends them. */
export function AuditTable({ entries, caption }: { entries: AuditEntry[]; caption: string }) {
  const { t, locale } = useI18n();
  const label = (prefix: 'audit.action' | 'audit.target', value: string) => {
    const key = `${prefix}.${value}`;
    return isMessageKey(key) ? t(key) : value;
  };
  const actor = (entry: AuditEntry) => (
    <>
      {entry.actor ? (
        <>
          {entry.actor.displayName} <code className="muted">{entry.actor.username}</code>
        </>
      ) : (
        <span className="muted">{t('audit.noActor')}</span>
      )}
      {entry.actorRole && <div className="muted small">{t(`role.${entry.actorRole}`)}</div>}
    </>
  );
  const target = (entry: AuditEntry) => (
    <>
      {label('audit.target', entry.targetType)}{' '}
      {entry.targetType === 'enterprise' && /^\d+$/.test(entry.targetId) ? (
        <a className="mono" href={routeHref({ name: 'enterprise', id: Number(entry.targetId) })}>
          #{entry.targetId}
        </a>
      ) : (
        <code className="break">{entry.targetId}</code>
      )}
    </>
  );
  return (
    <DataTable
      caption={caption}
      rows={entries}
      rowKey={(entry) => entry.id}
      columns={[
        { key: 'time', label: t('audit.time'), render: (entry) => formatDateTime(entry.createdAt, locale) },
        { key: 'actor', label: t('audit.actor'), render: actor },
        {
          key: 'action',
          label: t('audit.action'),
          render: (entry) => (
            <>
              {label('audit.action', entry.action)}
              <code className="muted small audit-table__code">{entry.action}</code>
            </>
          ),
        },
        { key: 'target', label: t('audit.target'), render: target },
        {
          key: 'summary',
          label: t('audit.summary'),
          className: 'audit-table__summary',
          render: (entry) => <AuditSummary summary={entry.summary} />,
        },
        { key: 'request', label: t('audit.requestId'), className: 'small break', render: (entry) => <code>{entry.requestId}</code> },
      ]}
    />
  );
}
