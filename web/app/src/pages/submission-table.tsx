// Submissions as a table (cards below 600px via CSS), newest first, each row linking to its page.
import type { Submission } from '../api/api-types';
import { StatusBadge } from '../components/status-badge';
import { formatDateTime } from '../format/format-date-time';
import { useI18n } from '../i18n/use-i18n';
import { routeHref } from '../routing/route-href';

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
    <div className="table-wrap">
      <table className="table table--stack">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.form')}</th>
            {showEnterprise && <th scope="col">{t('table.enterprise')}</th>}
            <th scope="col">{t('table.status')}</th>
            <th scope="col">{t('table.createdAt')}</th>
            <th scope="col">{t('table.updatedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {submissions.map((submission) => {
            const title = pick(submission.formTitle);
            return (
              <tr key={submission.id}>
                <td data-label={t('table.form')}>
                  <a href={routeHref({ name: 'submission', id: submission.id })} aria-label={t('table.openNamed', { title })}>
                    {title}
                  </a>
                </td>
                {showEnterprise && <td data-label={t('table.enterprise')}>{submission.enterpriseName ?? '—'}</td>}
                <td data-label={t('table.status')}>
                  <StatusBadge status={submission.status} />
                </td>
                <td data-label={t('table.createdAt')}>{formatDateTime(submission.createdAt, locale)}</td>
                <td data-label={t('table.updatedAt')}>{formatDateTime(submission.updatedAt, locale)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
