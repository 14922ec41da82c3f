// One submission: its progress, what was submitted, the result and the emails; refreshes until final.
import type { RJSFSchema } from '@rjsf/utils';
import type { User } from '../api/api-types';
import { fugongApi } from '../api/fugong-api';
import { ErrorNotice } from '../components/error-notice';
import { LoadingIndicator } from '../components/loading-indicator';
import { PageHeading } from '../components/page-heading';
import { StatusBadge } from '../components/status-badge';
import { useApiData } from '../hooks/use-api-data';
import { usePolledSubmission } from '../hooks/use-polled-submission';
import { isMessageKey } from '../i18n/is-message-key';
import { useI18n } from '../i18n/use-i18n';
import { routeHref } from '../routing/route-href';
import { DataList } from './data-list';
import { EmailList } from './email-list';
import { CasePanel } from './case/case-panel';
import { SubmissionProgress } from './submission-progress';
import { SubmissionTimeline } from './submission-timeline';
import './submission-timeline.css';

/** Field titles come from the form definition when this user may open it; otherwise the raw names show. */
function useFieldSchema(formKey: string | undefined): RJSFSchema | undefined {
  const { locale } = useI18n();
  const { data } = useApiData(async (signal) => (formKey ? fugongApi.form(formKey, signal).catch(() => undefined) : undefined), [formKey]);
  const form = data?.form;
  return form && ((locale === 'en' && form.schemaEn) || form.schema);
}

/** The submission page for `id`; `user` decides whether the case panel offers the enterprise's answers. */
export function SubmissionPage({ id, user }: { id: string; user?: User }) {
  const { t, pick } = useI18n();
  const { submission, error, polling, reload } = usePolledSubmission(id);
  const schema = useFieldSchema(submission?.formKey);
  // Temporal's own word for where the process is; "unknown" when Temporal could not be asked just now.
  const workflowLabel = (status: string | null | undefined) => {
    const key = `submissionTimeline.workflow.${status ?? 'unknown'}`;
    return isMessageKey(key) ? t(key) : String(status);
  };
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
  return (
    <>
      {back}
      <PageHeading>{pick(submission.formTitle)}</PageHeading>
      <p className="muted">
        {submission.caseNumber ? <span className="mono">{submission.caseNumber}</span> : t('submission.title')} ·{' '}
        <StatusBadge status={submission.status} />
      </p>
      {polling && <LoadingIndicator label={t('case.following')} />}
      {error !== null && <ErrorNotice error={error} />}

      <CasePanel submission={submission} user={user} onChanged={reload} />

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
              <dd className="mono break">{submission.workflowId}</dd>
            </div>
          )}
          <div>
            <dt>{t('submissionTimeline.workflowStatus')}</dt>
            <dd>{workflowLabel(submission.workflowStatus)}</dd>
          </div>
        </dl>
      </section>

      <section className="card section" aria-labelledby="submission-timeline">
        <h2 id="submission-timeline">{t('submissionTimeline.title')}</h2>
        <SubmissionTimeline events={submission.timeline ?? []} />
      </section>

      <section className="card section" aria-labelledby="submission-data">
        <h2 id="submission-data">{t('submission.data')}</h2>
        <DataList data={submission.data} schema={schema} />
      </section>

      <section className="card section" aria-labelledby="submission-result">
        <h2 id="submission-result">{t('submission.result')}</h2>
        {submission.result ? <DataList data={submission.result} /> : <p className="empty">{t('submission.noResult')}</p>}
      </section>

      <section className="card section" aria-labelledby="submission-emails">
        <h2 id="submission-emails">{t('submission.emails')}</h2>
        <EmailList emails={submission.emails ?? []} />
      </section>
    </>
  );
}
