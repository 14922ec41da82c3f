// Audit entries as a table: when, who and in which role, what, on what, the change, and the request id.
import type { AuditEntry } from '../../api/admin-types';
import { formatDateTime } from '../../format/format-date-time';
import { isMessageKey } from '../../i18n/is-message-key';
import { useI18n } from '../../i18n/use-i18n';
import { routeHref } from '../../routing/route-href';
import { AuditSummary } from './audit-summary';

/** A responsive table of audit entries, newest first as the server sends them. */
export function AuditTable({ entries, caption }: { entries: AuditEntry[]; caption: string }) {
  const { t, locale } = useI18n();
  const label = (prefix: 'audit.action' | 'audit.target', value: string) => {
    const key = `${prefix}.${value}`;
    return isMessageKey(key) ? t(key) : value;
  };
  return (
    <div className="table-wrap">
      <table className="table table--stack">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.time')}</th>
            <th scope="col">{t('audit.actor')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.target')}</th>
            <th scope="col">{t('audit.summary')}</th>
            <th scope="col">{t('audit.requestId')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td data-label={t('audit.time')}>{formatDateTime(entry.createdAt, locale)}</td>
              <td data-label={t('audit.actor')}>
                {entry.actor ? (
                  <>
                    {entry.actor.displayName} <span className="mono muted">{entry.actor.username}</span>
                  </>
                ) : (
                  <span className="muted">{t('audit.noActor')}</span>
                )}
                {entry.actorRole && <div className="muted small">{t(`role.${entry.actorRole}`)}</div>}
              </td>
              <td data-label={t('audit.action')}>
                {label('audit.action', entry.action)}
                <div className="mono muted small">{entry.action}</div>
              </td>
              <td data-label={t('audit.target')}>
                {label('audit.target', entry.targetType)}{' '}
                {entry.targetType === 'enterprise' && /^\d+$/.test(entry.targetId) ? (
                  <a className="mono" href={routeHref({ name: 'enterprise', id: Number(entry.targetId) })}>#{entry.targetId}</a>
                ) : (
                  <span className="mono break">{entry.targetId}</span>
                )}
              </td>
              <td data-label={t('audit.summary')} className="audit-table__summary"><AuditSummary summary={entry.summary} /></td>
              <td data-label={t('audit.requestId')} className="mono small break">{entry.requestId}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
