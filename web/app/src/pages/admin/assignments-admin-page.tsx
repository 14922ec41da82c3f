// Administrators assign cadres to enterprises (at most the configured number each), end assignments, and read the history.
import { useMemo, useState } from 'react';
import { adminApi } from '../../api/admin-api';
import { orgApi } from '../../api/org-api';
import type { Assignment } from '../../api/org-types';
import { EditPanel } from '../../components/edit-panel';
import { ErrorNotice } from '../../components/error-notice';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { SuccessNotice } from '../../components/success-notice';
import { useApiData } from '../../hooks/use-api-data';
import { useChanged } from '../../hooks/use-changed';
import { queryKeys } from '../../api/query-keys';
import { useI18n } from '../../i18n/use-i18n';
import { AssignmentTable } from '../assignment-table';
import { HistoryToggle } from '../history-toggle';
import { AssignForm } from './assign-form';
import { EndAssignmentForm } from './end-assignment-form';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { orgPagesZhCn } from '../../i18n/messages/org-pages-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(orgPagesZhCn);

type Editing = { mode: 'assign' } | { mode: 'end'; assignment: Assignment } | null;

/** The admin assignments page. */
export function AssignmentsAdminPage() {
  const { t } = useI18n();
  const [history, setHistory] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const [message, setMessage] = useState<string | null>(null);
  const assignments = useApiData((signal) => orgApi.assignments(history, signal), [history], queryKeys.assignments);
  // Cadres, enterprises and the limit feed the assign form; its key reads assignments, so an assignment reads it again.
  const context = useApiData(
    (signal) =>
      Promise.all([
        adminApi.users('cadre', signal),
        orgApi.enterprises('', signal),
        adminApi.settings(signal),
        orgApi.assignments(false, signal),
      ]),
    [],
    queryKeys.assignContext,
  );
  const changed = useChanged();
  const [cadres, enterprises, settings, current] = context.data ?? [];
  const load = useMemo(() => {
    const counts = new Map<number, number>();
    for (const a of current?.assignments ?? []) counts.set(a.cadreId, (counts.get(a.cadreId) ?? 0) + 1);
    return counts;
  }, [current]);
  const open = (next: Editing) => {
    setMessage(null);
    setEditing(next);
  };
  const done = (text: string) => {
    setEditing(null);
    setMessage(text);
    void changed('assignments', 'enterprises');
  };

  return (
    <>
      <PageHeading>{t('nav.assignments')}</PageHeading>
      <p className="muted">
        {settings ? t('assignments.introAdmin', { limit: settings.settings.maxEnterprisesPerCadre }) : t('assignments.intro')}
      </p>
      {!editing && (
        <p>
          <button type="button" className="button button--primary" onClick={() => open({ mode: 'assign' })}>
            {t('assignments.assign')}
          </button>
        </p>
      )}
      <SuccessNotice message={message} />
      {editing?.mode === 'assign' && (
        <EditPanel title={t('assignments.assign')}>
          {context.error !== null && <ErrorNotice error={context.error} onRetry={context.reload} />}
          {!context.data && context.error === null && <LoadingIndicator />}
          {cadres && enterprises && (
            <AssignForm
              cadres={cadres.users.filter((user) => user.active)}
              enterprises={enterprises.enterprises}
              load={load}
              limit={settings?.settings.maxEnterprisesPerCadre}
              onSaved={done}
              onCancel={() => setEditing(null)}
            />
          )}
        </EditPanel>
      )}
      {editing?.mode === 'end' && (
        <EditPanel key={editing.assignment.id} title={t('assignments.endTitle', { enterprise: editing.assignment.enterpriseName })}>
          <EndAssignmentForm
            assignment={editing.assignment}
            onEnded={() =>
              done(t('assignments.ended', { cadre: editing.assignment.cadreName, enterprise: editing.assignment.enterpriseName }))
            }
            onCancel={() => setEditing(null)}
          />
        </EditPanel>
      )}
      <HistoryToggle checked={history} onChange={setHistory} />
      {assignments.loading && <LoadingIndicator />}
      {assignments.error !== null && <ErrorNotice error={assignments.error} onRetry={assignments.reload} />}
      {assignments.data &&
        !assignments.loading &&
        (assignments.data.assignments.length === 0 ? (
          <p className="empty">{t('assignments.empty')}</p>
        ) : (
          <>
            <p className="muted">{t('common.count', { count: assignments.data.assignments.length })}</p>
            <AssignmentTable
              assignments={assignments.data.assignments}
              caption={t('nav.assignments')}
              history={history}
              showCadre
              actions={(assignment) => (
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={t('assignments.endNamed', { cadre: assignment.cadreName, enterprise: assignment.enterpriseName })}
                  onClick={() => open({ mode: 'end', assignment })}
                >
                  {t('assignments.end')}
                </button>
              )}
            />
          </>
        ))}
    </>
  );
}
