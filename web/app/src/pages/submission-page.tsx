// One submission: its progress, what was submitted, the result and the emails; refreshes until final.
import { resultDetails } from '#forms/present/result-words';
import type { Submission, User } from '../api/api-types';
import { ErrorNotice } from '../components/error-notice';
import { LoadingIndicator } from '../components/loading-indicator';
import { PageHeading } from '../components/page-heading';
import { StatusBadge } from '../components/status-badge';
import { usePolledSubmission } from '../hooks/use-polled-submission';
import { useI18n } from '../i18n/use-i18n';
import { routeHref } from '../routing/route-href';
import { DataList } from './data-list';
import { EmailList } from './email-list';
import { CasePanel } from './case/case-panel';
import { caseFollowingKey } from './case-following-key';
import { caseStatus } from './case-status';
import { ProcessStatusLine } from './process-status-line';
import { SubmissionProgress } from './submission-progress';
import { SubmissionTimeline } from './submission-timeline';
import './submission-timeline.css';
import { addZhCnMessages } from '../i18n/loaded-dictionaries';
import { caseViewZhCn } from '../i18n/messages/case-messages';
import { formAdminZhCn } from '../i18n/messages/form-admin-messages';

// The case's and the calendar's words load with the pages that show them, not with the first scripts.
addZhCnMessages(caseViewZhCn);
addZhCnMessages(formAdminZhCn);

/** The submission page for `id`; `user` decides whether the case panel offers the enterprise's answers. */
export function SubmissionPage({ id, user }: { id: string; user?: User }) {
  const { t, pick, locale } = useI18n();
  const { submission, error, polling, readAt, reload } = usePolledSubmission(id, locale);
  const back = (
    <p className="breadcrumb">
      <a href={routeHref({ name: 'home' })}>{t('common.backHome')}</a>
    </p>
  );

  if (!submission) {
    return (
      <>
        {back}
        {error !== null ? <ErrorNotice error={error} /> : <LoadingIndicator />}
      </>
    );
  }
  // The server words the status by the case's process (a gate check's 劝返); a process that has ended while the row
  // still says open reads as settled (case-status.ts).
  const status = caseStatus(submission);
  return (
    <>
      {back}
      <PageHeading>{pick(submission.formTitle)}</PageHeading>
      <p className="muted">
        {submission.caseNumber ? <span className="mono">{submission.caseNumber}</span> : t('submission.title')} ·{' '}
        <StatusBadge status={status} label={status === submission.status ? submission.statusText : undefined} />
      </p>
      {polling && <LoadingIndicator label={t(caseFollowingKey(status, user?.role))} />}
      {error !== null && <ErrorNotice error={error} />}

      <CasePanel submission={submission} readAt={readAt} user={user} onChanged={reload} />

      <section className="card section" aria-labelledby="submission-progress">
        <h2 id="submission-progress">{t('submission.progress')}</h2>
        <SubmissionProgress submission={submission} />
        <dl className="meta">
          <div>
            <dt>{t('submission.reference')}</dt>
            <dd className="mono break">{submission.caseNumber ?? t('common.blank')}</dd>
          </div>
          {submission.enterpriseName && (
            <div>
              <dt>{t('submission.enterprise')}</dt>
              <dd>{submission.enterpriseName}</dd>
            </div>
          )}
          {user?.role === 'admin' && (
            <div>
              <dt>{t('submission.workflow')}</dt>
              <dd className="break">
                {/* For finding the case in the Temporal UI: an engine id, shown as code. */}
                <code>{submission.workflowId}</code>
              </dd>
            </div>
          )}
          <ProcessStatusLine workflowStatus={submission.workflowStatus} role={user?.role} />
        </dl>
      </section>

      <section className="card section" aria-labelledby="submission-timeline">
        <h2 id="submission-timeline">{t('submissionTimeline.title')}</h2>
        <SubmissionTimeline events={submission.timeline ?? []} stageTitles={submission.stageTitles} statusWords={submission.statusWords} />
      </section>

      <section className="card section" aria-labelledby="submission-data">
        <h2 id="submission-data">{t('submission.data')}</h2>
        <DataList data={submission.data} schema={submission.schema} uiSchema={submission.uiSchema} files={submission.files} />
      </section>

      <section className="card section" aria-labelledby="submission-result">
        <h2 id="submission-result">{t('submission.result')}</h2>
        <SubmissionResult submission={submission} />
      </section>

      <section className="card section" aria-labelledby="submission-emails">
        <h2 id="submission-emails">{t('submission.emails')}</h2>
        <EmailList emails={submission.emails ?? []} labelledBy="submission-emails" />
      </section>
    </>
  );
}

/** The result in words, then the decision's own fields (a resolution, a department) through the decision form. */
function SubmissionResult({ submission }: { submission: Submission }) {
  const { t } = useI18n();
  const details = resultDetails(submission.result);
  if (!submission.resultText && Object.keys(details).length === 0) return <p className="empty">{t('submission.noResult')}</p>;
  return (
    <>
      {submission.resultText && <p className="result-text">{submission.resultText}</p>}
      {Object.keys(details).length > 0 && <DataList data={details} schema={submission.completionSchema} />}
    </>
  );
}
