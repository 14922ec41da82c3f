// Submissions as a table (cards below 600px via CSS), newest first, each row named by its summary and case number.
import type { Submission } from '../api/api-types';
import { DataTable } from '../components/data-table';
import { StatusBadge } from '../components/status-badge';
import { caseSummary } from '#core/domain/case-summary';
import { formatDateTime } from '../format/format-date-time';
import { useI18n } from '../i18n/use-i18n';
import { routeHref } from '../routing/route-href';
import './enterprise-home.css';
import { addZhCnMessages } from '../i18n/loaded-dictionaries';
import { enterpriseHomeZhCn } from '../i18n/messages/enterprise-home-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(enterpriseHomeZhCn);

/** Props of SubmissionTable; `showEnterprise` adds a column for roles that see several enterprises. */
export interface SubmissionTableProps {
  submissions: Submission[];
  showEnterprise: boolean;
  caption: string;
}

/** A responsive table of submissions with localized status badges. */
export function SubmissionTable({ submissions, showEnterprise, caption }: SubmissionTableProps) {
  const { t, pick, locale } = useI18n();
  return (
    <DataTable
      caption={caption}
      rows={submissions}
      rowKey={(submission) => submission.id}
      columns={[
        {
          key: 'caseNumber',
          label: t('table.caseNumber'),
          render: (submission) => <span className="mono">{submission.caseNumber ?? t('common.blank')}</span>,
        },
        {
          key: 'form',
          label: t('caseList.subject'),
          render: (submission) => {
            // A case is named by what it is about (a difficulty's description, a gate check's worker), so two of one
            // form tell apart; the server words it by the form's process.
            const form = pick(submission.formTitle);
            const summary = submission.summary === undefined ? caseSummary(submission.data) : submission.summary;
            const title = summary ?? form;
            return (
              <>
                <a
                  href={routeHref({ name: 'submission', id: submission.id })}
                  aria-label={
                    submission.caseNumber
                      ? t('caseList.openNamed', { number: submission.caseNumber, title })
                      : t('table.openNamed', { title })
                  }
                >
                  {title}
                </a>
                {summary && <span className="case-subject__form">{form}</span>}
              </>
            );
          },
        },
        showEnterprise && { key: 'enterprise', label: t('table.enterprise'), render: (submission) => submission.enterpriseName ?? '—' },
        {
          key: 'status',
          label: t('table.status'),
          render: (submission) => <StatusBadge status={submission.status} label={submission.statusText} />,
        },
        { key: 'created', label: t('table.createdAt'), render: (submission) => formatDateTime(submission.createdAt, locale) },
        { key: 'updated', label: t('table.updatedAt'), render: (submission) => formatDateTime(submission.updatedAt, locale) },
      ]}
    />
  );
}
