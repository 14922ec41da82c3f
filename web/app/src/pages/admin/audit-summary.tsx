// What an audited change did, compactly: each changed field as "before → after", then any other facts recorded with it,
// each by its name in words where the log has one.
import { useI18n } from '../../i18n/use-i18n';
import { auditFieldLabel, auditValueLabel } from './audit-words';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { orgAdminZhCn } from '../../i18n/messages/org-admin-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(orgAdminZhCn);

const LONGEST = 120;

function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
  return text.length > LONGEST ? `${text.slice(0, LONGEST)}…` : text;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The summary of one audit entry (`formTitle` names the form its `formKey` is); the full JSON stays one click away. */
export function AuditSummary({ summary, formTitle = null }: { summary: unknown; formTitle?: string | null }) {
  const { t } = useI18n();
  if (!isRecord(summary) || Object.keys(summary).length === 0) return <span className="muted">—</span>;
  const before = isRecord(summary.before) ? summary.before : {};
  const after = isRecord(summary.after) ? summary.after : {};
  const changed = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  // The case a task decision belongs to is the entry's target, named by its case number: its id stays in the full record.
  const others = Object.entries(summary).filter(
    ([key]) => !(key === 'before' && isRecord(summary.before)) && !(key === 'after' && isRecord(summary.after)) && key !== 'submissionId',
  );
  const blank = t('audit.none');
  // A fact with a name reads by it (formKey → 表单); one without keeps its stored name, as code.
  const name = (key: string) => auditFieldLabel(t, key) ?? <code>{key}</code>;
  // A decision's action in words (resolve → 已解决); any other value as recorded.
  const factValue = (key: string, value: unknown) => {
    if (value == null || value === '') return blank;
    const word = key === 'action' && typeof value === 'string' ? auditValueLabel(t, 'action', value) : undefined;
    // The form by its title, its key the tooltip.
    if (key === 'formKey' && formTitle) return <span title={shown(value)}>{formTitle}</span>;
    return word ?? <code>{shown(value)}</code>;
  };
  return (
    <>
      <ul className="change-list small">
        {changed.map((key) => (
          <li key={`c-${key}`}>
            {name(key)}:{' '}
            {key in before && (
              <del>
                <span className="visually-hidden">{t('audit.before')} </span>
                {before[key] == null ? blank : <code>{shown(before[key])}</code>}
              </del>
            )}
            {key in before && key in after && ' → '}
            {key in after && (
              <ins>
                <span className="visually-hidden">{t('audit.after')} </span>
                {after[key] == null ? blank : <code>{shown(after[key])}</code>}
              </ins>
            )}
          </li>
        ))}
        {others.map(([key, value]) => (
          <li key={`o-${key}`}>
            {name(key)}: {factValue(key, value)}
          </li>
        ))}
      </ul>
      <details className="small">
        <summary>{t('audit.rawSummary')}</summary>
        <pre className="mono">{JSON.stringify(summary, null, 2)}</pre>
      </details>
    </>
  );
}
