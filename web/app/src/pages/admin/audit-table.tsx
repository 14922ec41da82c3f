// Audit entries as a table: when, who and in which role, what, on what, and the change in words. Actions and targets
// read as words: a case (or a task, gate check, quarantine or watch of one) by its case number (a link; a gate check
// refused at the gate has no case, and reads as its site, worker and time), an enterprise
// by its name (a link), a user, project or group by name, a form by its title; the stored action code and a form's key
// are tooltips, ids without a name stay as code. The request id sits with the full record under the change, leaving the
// columns room for words.
import type { AuditEntry } from '../../api/admin-types';
import { DataTable } from '../../components/data-table';
import { formatDateTime } from '../../format/format-date-time';
import { useI18n } from '../../i18n/use-i18n';
import { routeHref } from '../../routing/route-href';
import { AuditSummary } from './audit-summary';
import { auditActionLabel, auditCaseLink, auditTargetLabel } from './audit-words';
import './audit-vocabulary';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { orgAdminZhCn } from '../../i18n/messages/org-admin-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(orgAdminZhCn);

/** A responsive table of audit entries, newest first as the server sends them. */
export function AuditTable({ entries, caption }: { entries: AuditEntry[]; caption: string }) {
  const { t, locale } = useI18n();
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
  const target = (entry: AuditEntry) => {
    const caseNumber = auditCaseLink(entry);
    return (
      <>
        {auditTargetLabel(t, entry.targetType)}{' '}
        {caseNumber ? (
          <a className="mono" href={routeHref({ name: 'submission', id: caseNumber })}>
            {caseNumber}
          </a>
        ) : entry.targetType === 'enterprise' && entry.targetName && /^\d+$/.test(entry.targetId) ? (
          <a href={routeHref({ name: 'enterprise', id: Number(entry.targetId) })} data-user-data="">
            {entry.targetName}
          </a>
        ) : entry.targetType === 'form' && entry.targetName ? (
          <span title={entry.targetId}>{entry.targetName}</span>
        ) : entry.targetName ? (
          <span data-user-data="">{entry.targetName}</span>
        ) : entry.targetType === 'enterprise' && /^\d+$/.test(entry.targetId) ? (
          <a className="mono" href={routeHref({ name: 'enterprise', id: Number(entry.targetId) })}>
            #{entry.targetId}
          </a>
        ) : (
          <code className="break">{entry.targetId}</code>
        )}
      </>
    );
  };
  return (
    <DataTable
      caption={caption}
      rows={entries}
      rowKey={(entry) => entry.id}
      columns={[
        { key: 'time', label: t('audit.time'), className: 'audit-table__time', render: (entry) => formatDateTime(entry.createdAt, locale) },
        { key: 'actor', label: t('audit.actor'), render: actor },
        {
          key: 'action',
          label: t('audit.action'),
          className: 'audit-table__action',
          // The stored code stays within reach of IT as the tooltip, not as text of the page.
          render: (entry) => <span title={entry.action}>{auditActionLabel(t, entry.action, entry.targetType)}</span>,
        },
        { key: 'target', label: t('audit.target'), render: target },
        {
          key: 'summary',
          label: t('audit.summary'),
          className: 'audit-table__summary',
          render: (entry) => <AuditSummary described={entry.described} summary={entry.summary} requestId={entry.requestId} />,
        },
      ]}
    />
  );
}
