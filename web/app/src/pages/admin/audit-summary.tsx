// What an audited change did, in the reader's words as the server describes it (people and records by name, codes as
// words, unchanged values left out); the stored record and the request id stay one click away for IT.
import { useI18n } from '../../i18n/use-i18n';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { orgAdminZhCn } from '../../i18n/messages/org-admin-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(orgAdminZhCn);

const isEmpty = (summary: unknown) =>
  summary == null || (typeof summary === 'object' && !Array.isArray(summary) && Object.keys(summary).length === 0);

/** Props of AuditSummary: the entry's described lines, its stored summary and the request that made it. */
export interface AuditSummaryProps {
  described: readonly string[];
  summary: unknown;
  requestId: string | null;
}

/** The described change of one audit entry, with the full record and request id under a disclosure. */
export function AuditSummary({ described, summary, requestId }: AuditSummaryProps) {
  const { t } = useI18n();
  const recorded = !isEmpty(summary);
  return (
    <>
      {described.length ? (
        <ul className="change-list small">
          {described.map((line, index) => (
            // Lines name people and records as they were entered: they are data, not the page's own words.
            <li key={index} data-user-data="">
              {line}
            </li>
          ))}
        </ul>
      ) : (
        <span className="muted">—</span>
      )}
      {(recorded || requestId) && (
        <details className="small">
          <summary>{t('audit.rawSummary')}</summary>
          {requestId && (
            <p className="muted">
              {t('audit.requestId')} <code className="mono audit-request-id">{requestId}</code>
            </p>
          )}
          {recorded && <pre className="mono">{JSON.stringify(summary, null, 2)}</pre>}
        </details>
      )}
    </>
  );
}
