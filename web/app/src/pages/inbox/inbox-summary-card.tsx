// The 待办 card at the top of a cadre's, a working-group member's or headquarters' home: the open work in figures, the
// few most pressing tasks with their due times, and the way into the inbox — so urgent work is seen on arrival.
import type { Task } from '../../api/inbox-types';
import { ErrorNotice } from '../../components/error-notice';
import { LoadingIndicator } from '../../components/loading-indicator';
import { useI18n } from '../../i18n/use-i18n';
import { routeHref } from '../../routing/route-href';
import { DueTime } from './due-time';
import { CaseLine } from './case-line';
import type { InboxSummary } from './inbox-summary';
import { PriorityLabel } from './priority-label';
import { useInboxSummary } from './use-inbox-summary';
import './inbox-summary.css';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { inboxListZhCn } from '../../i18n/messages/inbox-list-messages';
import { inboxZhCn } from '../../i18n/messages/inbox-messages';

// The inbox's words come with this card's chunk, not with the first scripts.
addZhCnMessages(inboxListZhCn);
addZhCnMessages(inboxZhCn);

function Figures({ summary }: { summary: InboxSummary }) {
  const { t } = useI18n();
  return (
    <ul className="inbox-summary__figures" aria-label={t('inboxList.summary.figures')}>
      <li>{t('inboxList.summary.mine', { count: summary.mine })}</li>
      <li>{t('inboxList.summary.groups', { count: summary.groups })}</li>
      <li className={summary.overdue > 0 ? 'inbox-summary__alert' : undefined}>
        {t('inboxList.summary.overdue', { count: summary.overdue })}
      </li>
      <li className={summary.urgent > 0 ? 'inbox-summary__alert' : undefined}>
        {t(summary.urgentAtLeast ? 'inboxList.summary.urgentAtLeast' : 'inboxList.summary.urgent', { count: summary.urgent })}
      </li>
    </ul>
  );
}

function TaskLine({ task, nowMs }: { task: Task; nowMs: number }) {
  const { t, pick } = useI18n();
  return (
    <li className="inbox-summary__task">
      <a href={routeHref({ name: 'task', id: task.id })}>{pick(task.title)}</a>
      {task.enterpriseName && <span className="muted"> · {task.enterpriseName}</span>}
      {/* Titles repeat (every cadre task reads 困难问题反映 · 包挂干部办理): the case line and number tell them apart, as the inbox row does. */}
      <CaseLine task={task} />
      {task.caseNumber && <span className="case-number mono">{task.caseNumber}</span>}
      <span className="inbox-summary__meta">
        <PriorityLabel priority={task.priority} />
        <span>
          {t('inboxList.summary.due')} <DueTime dueAt={task.dueAt} open nowMs={nowMs} />
        </span>
      </span>
    </li>
  );
}

/** The card; it reads its figures itself. */
export function InboxSummaryCard() {
  const { t } = useI18n();
  const { summary, error, readAt, reload } = useInboxSummary();
  return (
    <section className="card section inbox-summary" aria-labelledby="home-inbox">
      <h2 id="home-inbox">{t('inboxList.summary.title')}</h2>
      {!summary && error === null && <LoadingIndicator />}
      {error !== null && <ErrorNotice error={error} onRetry={reload} />}
      {summary &&
        (summary.mine + summary.groups === 0 ? (
          <p className="empty">{t('inboxList.summary.empty')}</p>
        ) : (
          <>
            <Figures summary={summary} />
            <h3 className="inbox-summary__first">{t('inboxList.summary.first')}</h3>
            <ol className="inbox-summary__tasks">
              {summary.first.map((task) => (
                <TaskLine key={task.id} task={task} nowMs={readAt} />
              ))}
            </ol>
          </>
        ))}
      <p className="inbox-summary__more">
        <a className="button button--quiet" href={routeHref({ name: 'inbox' })}>
          {t('inboxList.summary.open')}
        </a>
      </p>
    </section>
  );
}
