// The top of an enterprise's home: what it owes today, each line with the one link that settles it — today's daily
// report (filed at, or due by), campaigns not yet answered, and cases that wait for its answer or its confirmation.
import type { Todo, TodoCase, TodoReport, TodoResumption } from '../api/todo-api';
import { todoApi } from '../api/todo-api';
import { ErrorNotice } from '../components/error-notice';
import { LoadingIndicator } from '../components/loading-indicator';
import { formatClockOrDate } from '../format/format-clock';
import { useApiData } from '../hooks/use-api-data';
import { queryKeys } from '../api/query-keys';
import { useI18n } from '../i18n/use-i18n';
import { routeHref } from '../routing/route-href';
import './enterprise-home.css';
import { addZhCnMessages } from '../i18n/loaded-dictionaries';
import { enterpriseHomeZhCn } from '../i18n/messages/enterprise-home-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(enterpriseHomeZhCn);

function ReportLine({ report, today, dailyCount }: { report: TodoReport; today: string | null; dailyCount: number }) {
  const { t, pick, locale } = useI18n();
  const form = pick(report.formTitle);
  const daily = report.recurrence === 'daily';
  const label = dailyCount > 1 ? t('todo.dailyNamed', { form }) : t('todo.dailyLabel');
  let text: string;
  if (report.state === 'submitted') {
    const time = formatClockOrDate(report.submittedAt ?? report.deadlineAt, today, locale);
    text = t(report.late ? 'todo.submittedLate' : 'todo.submittedAt', { label, time });
  } else {
    const time = formatClockOrDate(report.deadlineAt, today, locale);
    if (daily) text = t(report.state === 'overdue' ? 'todo.overdueSince' : 'todo.dueBy', { label, time });
    else text = t(report.state === 'overdue' ? 'todo.campaignOverdue' : 'todo.campaignDue', { form, time });
  }
  return (
    <li className={`todo-item todo-item--${report.state}`}>
      <p className="todo-item__text">{text}</p>
      {report.state === 'submitted' && report.submissionId ? (
        <a
          className="button button--quiet"
          href={routeHref({ name: 'submission', id: report.submissionId })}
          aria-label={t('todo.viewReportNamed', { form })}
        >
          {t('todo.viewReport')}
        </a>
      ) : (
        report.state !== 'submitted' && (
          <a
            className="button button--primary"
            href={routeHref({ name: 'form', key: report.formKey })}
            aria-label={t('todo.fillNamed', { form })}
          >
            {t('todo.fillNow')}
          </a>
        )
      )}
    </li>
  );
}

function CaseLine({ item, today }: { item: TodoCase; today: string | null }) {
  const { t, pick, locale } = useI18n();
  const summary = item.summary ?? pick(item.formTitle);
  const returned = item.status === 'returned';
  const action = returned ? t('todo.answer') : t('todo.confirm');
  return (
    <li className={`todo-item todo-item--${returned ? 'overdue' : 'due'}`}>
      <div className="todo-item__text">
        <p>
          {t(returned ? 'todo.caseReturned' : 'todo.caseResolved', { summary })}
          {item.caseNumber && <span className="case-number mono">{item.caseNumber}</span>}
        </p>
        {item.note && <p className="muted">{t(returned ? 'todo.caseNote' : 'todo.caseResolution', { note: item.note })}</p>}
        {item.confirmBy && <p className="muted">{t('todo.confirmBy', { time: formatClockOrDate(item.confirmBy, today, locale) })}</p>}
      </div>
      <a
        className="button button--primary"
        href={routeHref({ name: 'submission', id: item.id })}
        aria-label={t('todo.openCaseNamed', { action, number: item.caseNumber ?? summary })}
      >
        {action}
      </a>
    </li>
  );
}

/** Whether the enterprise may resume (seed 003: only once the town/street level finds the requirements met), and where its
 * readiness inspection stands, with the one link that moves it on. */
function ResumptionLine({ resumption, today }: { resumption: TodoResumption; today: string | null }) {
  const { t, pick, locale } = useI18n();
  const { cleared, suspended, check } = resumption;
  const form = pick(resumption.formTitle);
  const stage = resumption.clearingStage ? pick(resumption.clearingStage) : form;
  const open = check && !['rejected', 'expired', 'settled'].includes(check.status) ? check : null;
  // Where a case still under inspection stands.
  const openDetail = (at: NonNullable<TodoResumption['check']>) =>
    at.status === 'returned' ? t('resume.returned') : at.stage ? t('resume.atStage', { stage: pick(at.stage) }) : t('resume.waiting');
  let headline: string;
  let detail: string | null = null;
  // Seed 003 "达到要求才能复工": a later level's fail suspends the clearance until the clearing level passes it again.
  if (!cleared && suspended) {
    const time = formatClockOrDate(suspended.at, today, locale);
    headline = suspended.body ? t('resume.suspended', { time, body: pick(suspended.body) }) : t('resume.suspendedNoBody', { time });
    detail = open ? openDetail(open) : t('resume.regain', { form, stage });
  } else if (cleared) {
    const time = formatClockOrDate(cleared.at, today, locale);
    headline = cleared.body ? t('resume.cleared', { time, body: pick(cleared.body) }) : t('resume.clearedNoBody', { time });
    if (open?.stage) detail = t('resume.supervising', { stage: pick(open.stage) });
  } else {
    headline = t('resume.notYet', { stage });
    if (!check) detail = t('resume.notFiled', { form });
    else detail = open ? openDetail(open) : t('resume.failed', { form });
  }
  const fill = !cleared && !open;
  const failedCase = !cleared && suspended?.caseId && !open ? suspended.caseId : null;
  return (
    <li className={`todo-item todo-item--${cleared ? 'submitted' : open ? 'due' : 'overdue'}`} data-testid="resumption">
      <div className="todo-item__text">
        <p>{headline}</p>
        {detail && <p className="muted">{detail}</p>}
        {failedCase && (
          <p>
            <a href={routeHref({ name: 'submission', id: failedCase })}>{t('resume.viewFailed')}</a>
          </p>
        )}
      </div>
      {fill ? (
        <a
          className="button button--primary"
          href={routeHref({ name: 'form', key: resumption.formKey })}
          aria-label={t('todo.fillNamed', { form })}
        >
          {t('todo.fillNow')}
        </a>
      ) : (
        check && (
          <a className="button button--quiet" href={routeHref({ name: 'submission', id: check.id })}>
            {t('resume.view')}
          </a>
        )
      )}
    </li>
  );
}

/** The list itself, once loaded. */
export function TodoList({ todo }: { todo: Todo }) {
  const { t } = useI18n();
  const dailyCount = todo.reports.filter((report) => report.recurrence === 'daily').length;
  const resumption = todo.resumption ? <ResumptionLine resumption={todo.resumption} today={todo.today} /> : null;
  if (todo.reports.length === 0 && todo.cases.length === 0)
    return resumption ? (
      <>
        <ul className="todo-list">{resumption}</ul>
        <p className="empty">{t('todo.empty')}</p>
      </>
    ) : (
      <p className="empty">{t('todo.empty')}</p>
    );
  return (
    <ul className="todo-list">
      {resumption}
      {todo.cases.map((item) => (
        <CaseLine key={item.id} item={item} today={todo.today} />
      ))}
      {todo.reports.map((report) => (
        <ReportLine key={`${report.formKey}/${report.recurrence}`} report={report} today={todo.today} dailyCount={dailyCount} />
      ))}
    </ul>
  );
}

/** The to-do section of an enterprise's home. */
export function EnterpriseTodo() {
  const { t } = useI18n();
  const { data, error, loading, reload } = useApiData((signal) => todoApi.todo(signal), [], queryKeys.todo);
  return (
    <section className="card section todo" aria-labelledby="home-todo">
      <h2 id="home-todo">{t('todo.title')}</h2>
      {loading && !data && <LoadingIndicator />}
      {error !== null && <ErrorNotice error={error} onRetry={reload} />}
      {data && <TodoList todo={data} />}
    </section>
  );
}
