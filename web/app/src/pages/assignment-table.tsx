// Cadre assignments as a table: enterprise, cadre, since, and for history the end and its reason.
import type { ReactNode } from 'react';
import type { Assignment } from '../api/org-types';
import { DataTable } from '../components/data-table';
import { formatDateTime } from '../format/format-date-time';
import { useI18n } from '../i18n/use-i18n';
import { routeHref } from '../routing/route-href';
import { addZhCnMessages } from '../i18n/loaded-dictionaries';
import { orgPagesZhCn } from '../i18n/messages/org-pages-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(orgPagesZhCn);

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
  const ended = (assignment: Assignment) =>
    assignment.endedAt ? (
      <>
        {formatDateTime(assignment.endedAt, locale)}
        {assignment.endReason && <span className="muted"> · {assignment.endReason}</span>}
      </>
    ) : (
      <span className="tag tag--ok">{t('assignment.current')}</span>
    );
  return (
    <DataTable
      caption={caption}
      rows={assignments}
      rowKey={(assignment) => assignment.id}
      rowClassName={(assignment) => (assignment.endedAt ? 'is-ended' : undefined)}
      columns={[
        {
          key: 'enterprise',
          label: t('table.enterprise'),
          render: (assignment) => <a href={routeHref({ name: 'enterprise', id: assignment.enterpriseId })}>{assignment.enterpriseName}</a>,
        },
        showCadre && { key: 'cadre', label: t('assignment.cadre'), render: (assignment) => assignment.cadreName },
        { key: 'since', label: t('assignment.since'), render: (assignment) => formatDateTime(assignment.assignedAt, locale) },
        history && { key: 'ended', label: t('assignment.ended'), render: ended },
        actions && {
          key: 'actions',
          label: t('common.actions'),
          hideLabel: true,
          render: (assignment) => !assignment.endedAt && actions(assignment),
        },
      ]}
    />
  );
}
