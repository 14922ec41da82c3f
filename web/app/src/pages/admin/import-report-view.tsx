// The answer of a check or an import: how many rows, what was written, and every bad row with its row number, the
// column by the header the file used, and the reason.
import type { ImportReport } from '../../api/admin-types';
import { useI18n } from '../../i18n/use-i18n';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { orgAdminZhCn } from '../../i18n/messages/org-admin-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(orgAdminZhCn);

/** The report of one check or import. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useI18n();
  if (report.errors.length === 0) {
    return (
      <div className="notice notice--ok" role="status">
        <p className="notice__title">
          {report.written
            ? t('import.written', { created: report.created, updated: report.updated })
            : t('import.clean', { total: report.total })}
        </p>
        {!report.written && <p>{t('import.cleanNext')}</p>}
      </div>
    );
  }
  return (
    <section className="section" aria-labelledby="import-problems">
      <div className="notice notice--error" role="alert">
        <p className="notice__title" id="import-problems">
          {t('import.problems', { count: report.errors.length, total: report.total })}
        </p>
        <p>{report.dryRun ? t('import.problemsHint') : t('import.refused')}</p>
      </div>
      <div className="table-wrap">
        <table className="table table--stack">
          <caption className="visually-hidden">{t('import.problemsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.line')}</th>
              <th scope="col">{t('import.column')}</th>
              <th scope="col">{t('import.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {report.errors.map((problem, index) => (
              <tr key={`${problem.line}-${problem.column}-${index}`}>
                <td data-label={t('import.line')}>{problem.line}</td>
                <td data-label={t('import.column')} className="break">
                  {problem.header || '—'}
                </td>
                <td data-label={t('import.reason')}>{problem.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
