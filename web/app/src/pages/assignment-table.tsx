// Cadre assignments as a table: enterprise, cadre, since, and for history the end and its reason.
import type { ReactNode } from 'react';
import type { Assignment } from '../api/org-types';
import { formatDateTime } from '../format/format-date-time';
import { useI18n } from '../i18n/use-i18n';
import { routeHref } from '../routing/route-href';

/** Props of AssignmentTable; `history` adds the end columns, `actions` a last column. */
export interface AssignmentTableProps {
  assignments: Assignment[];
  caption: string;
  history: boolean;
  showCadre: boolean;
  actions?: (assignment: Assignment) => ReactNode;
}

/** A responsive table of assignments. */
export function AssignmentTable({ assignments, caption, history, showCadre, actions }: AssignmentTableProps) {
  const { t, locale } = useI18n();
  return (
    <div className="table-wrap">
      <table className="table table--stack">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.enterprise')}</th>
            {showCadre && <th scope="col">{t('assignment.cadre')}</th>}
            <th scope="col">{t('assignment.since')}</th>
            {history && <th scope="col">{t('assignment.ended')}</th>}
            {actions && <th scope="col"><span className="visually-hidden">{t('common.actions')}</span></th>}
          </tr>
        </thead>
        <tbody>
          {assignments.map((assignment) => (
            <tr key={assignment.id} className={assignment.endedAt ? 'is-ended' : undefined}>
              <td data-label={t('table.enterprise')}>
                <a href={routeHref({ name: 'enterprise', id: assignment.enterpriseId })}>{assignment.enterpriseName}</a>
              </td>
              {showCadre && <td data-label={t('assignment.cadre')}>{assignment.cadreName}</td>}
              <td data-label={t('assignment.since')}>{formatDateTime(assignment.assignedAt, locale)}</td>
              {history && (
                <td data-label={t('assignment.ended')}>
                  {assignment.endedAt ? (
                    <>
                      {formatDateTime(assignment.endedAt, locale)}
                      {assignment.endReason && <span className="muted"> · {assignment.endReason}</span>}
                    </>
                  ) : (
                    <span className="tag tag--ok">{t('assignment.current')}</span>
                  )}
                </td>
              )}
              {actions && <td data-label={t('common.actions')}>{!assignment.endedAt && actions(assignment)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
