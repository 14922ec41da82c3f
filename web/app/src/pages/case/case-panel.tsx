// The reporting enterprise's view of its case on the submission page: which rung has it and by when, "paused while
// waiting for you" with the reply form when returned, and confirm or reopen when resolved. Others see where it stands.
import { useEffect, useState } from 'react';
import type { Submission, User } from '../../api/api-types';
import { caseApi, type CaseState } from '../../api/case-api';
import { ErrorNotice } from '../../components/error-notice';
import { LoadingIndicator } from '../../components/loading-indicator';
import { SuccessNotice } from '../../components/success-notice';
import { formatDeadline } from '../../format/format-date-time';
import { useApiData } from '../../hooks/use-api-data';
import { useChanged } from '../../hooks/use-changed';
import { queryKeys } from '../../api/query-keys';
import { useI18n } from '../../i18n/use-i18n';
import { coarseAmount, countdownParts } from '../inbox/countdown-parts';
import { SlaCountdown } from '../inbox/sla-countdown';
import { outcomeLabel, stageTitle } from './case-event-text';
import { CaseReplyForm } from './case-reply-form';
import { CaseVerdictForm } from './case-verdict-form';
import { resolvedWordKeys } from './resolved-words';
import './case.css';
import { routeHref } from '../../routing/route-href';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { caseViewZhCn } from '../../i18n/messages/case-messages';
import { inboxZhCn } from '../../i18n/messages/inbox-messages';

// The case's and the calendar's words load with the pages that show them, not with the first scripts.
addZhCnMessages(caseViewZhCn);
addZhCnMessages(inboxZhCn);

/** Props of CasePanel; `readAt` is when the page last read the submission; `onChanged` asks the page to read the
 * submission again after the enterprise answered. */
export interface CasePanelProps {
  submission: Submission;
  readAt: number;
  user: User | undefined;
  onChanged: () => void;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** "About 3 hours" for a paused clock's remaining time. */
function useAmount() {
  const { t } = useI18n();
  return (ms: number) => {
    const now = Date.now();
    const coarse = coarseAmount(countdownParts(new Date(now + ms).toISOString(), now));
    return t(`countdown.amount.${coarse.unit}`, { count: coarse.count });
  };
}

/** The case section, or nothing when the submission is not a case (its workflow answers no ladder state). */
export function CasePanel({ submission, readAt, user, onChanged }: CasePanelProps) {
  const { t } = useI18n();
  // Asked again with every read of the submission: the ladder's phase and deadline change between status changes.
  const { data, error, reload } = useApiData(
    (signal) => caseApi.state(submission.id, signal),
    [submission.id, readAt],
    queryKeys.caseState,
  );
  const changed = useChanged();
  const [notice, setNotice] = useState<string | null>(null);
  // After an answer the workflow moves on asynchronously: until its phase changes, show the notice, not the form again.
  const [answeredIn, setAnsweredIn] = useState<CaseState['phase'] | null>(null);
  const state = data?.state ?? null;
  useEffect(() => {
    if (answeredIn && state && state.phase !== answeredIn) setAnsweredIn(null);
  }, [answeredIn, state]);

  if (!state) return error !== null ? <ErrorNotice error={error} onRetry={reload} /> : null;
  const answered = (message: string) => {
    setNotice(message);
    setAnsweredIn(state.phase);
    void changed('case', 'submissions', 'todo', 'tasks');
    onChanged();
  };
  const refresh = () => {
    void changed('case', 'submissions', 'todo', 'tasks');
    onChanged();
  };
  const mayAnswer = user?.role === 'enterprise' && answeredIn !== state.phase;
  return (
    <section className="card section case-panel" aria-labelledby="case-panel-title">
      <h2 id="case-panel-title">{t('case.title')}</h2>
      <SuccessNotice message={notice} />
      {answeredIn === state.phase && <LoadingIndicator label={t('case.processingAnswer')} />}
      <CaseBody state={state} submission={submission} mayAnswer={mayAnswer} onAnswered={answered} onReload={refresh} />
    </section>
  );
}

interface CaseBodyProps {
  state: CaseState;
  submission: Submission;
  mayAnswer: boolean;
  onAnswered: (message: string) => void;
  onReload: () => void;
}

function CaseBody({ state, submission, mayAnswer, onAnswered, onReload }: CaseBodyProps) {
  const { t, locale } = useI18n();
  const amount = useAmount();
  const stage = stageTitle(t, state.stage, submission.stageTitles);
  const result = submission.result ?? {};
  const words = resolvedWordKeys(mayAnswer);
  // While a task is open the rung is where the case is; once it is back with the enterprise (returned, or resolved and
  // awaiting its confirmation), the rung is the one that handled it: the case is not "now with" headquarters.
  const rung = stage && (
    <dl className="meta">
      <div>
        <dt>{t(state.phase === 'task' ? 'case.rung' : 'case.handledAt')}</dt>
        <dd>{stage}</dd>
      </div>
      {state.phase === 'task' && state.dueAt && (
        <div>
          <dt>{t('case.deadline')}</dt>
          <dd>
            <time dateTime={state.dueAt}>{formatDeadline(state.dueAt, locale)}</time>
          </dd>
        </div>
      )}
    </dl>
  );
  if (state.phase === 'done') return <p className="result-text">{submission.resultText ?? t('case.phase.done')}</p>;
  if (state.phase === 'publicity') {
    return (
      <>
        <p>{t('case.phase.publicity')}</p>
        {state.dueAt && <SlaCountdown dueAt={state.dueAt} closedAt={null} />}
        <p>
          <a href={routeHref({ name: 'notices' })}>{t('case.phase.publicityLink')}</a>
        </p>
      </>
    );
  }
  if (state.phase === 'task') {
    return (
      <>
        {rung}
        <p>{t('case.phase.task', { stage })}</p>
        {state.dueAt && <SlaCountdown dueAt={state.dueAt} closedAt={null} />}
      </>
    );
  }
  if (state.phase === 'returned') {
    const left = amount(state.pausedRemainingMs ?? 0);
    return (
      <>
        {rung}
        <h3>{t('case.returned.title')}</h3>
        {text(result.note) && (
          <>
            <p className="case-label">{t('case.returned.note')}</p>
            <blockquote className="case-quote">{text(result.note)}</blockquote>
          </>
        )}
        <p className="case-paused">{t(mayAnswer ? 'case.returned.paused' : 'case.returned.othersWait', { amount: left })}</p>
        {mayAnswer && <CaseReplyForm submissionId={submission.id} onAnswered={onAnswered} onReload={onReload} />}
      </>
    );
  }
  return (
    <>
      {rung}
      <h3>{t(words.heading)}</h3>
      <dl className="meta">
        {text(result.resolution) && (
          <div>
            <dt>{t('case.resolved.resolution')}</dt>
            <dd>{text(result.resolution)}</dd>
          </div>
        )}
        {text(result.outcome) && (
          <div>
            <dt>{t('case.resolved.outcome')}</dt>
            <dd>{outcomeLabel(t, result.outcome)}</dd>
          </div>
        )}
        {text(result.department) && (
          <div>
            <dt>{t('case.resolved.department')}</dt>
            <dd>{text(result.department)}</dd>
          </div>
        )}
        {state.dueAt && (
          <div>
            <dt>{t(words.confirmBy)}</dt>
            <dd>
              <time dateTime={state.dueAt}>{formatDeadline(state.dueAt, locale)}</time>
            </dd>
          </div>
        )}
      </dl>
      <p className="muted">{t(words.silence)}</p>
      {mayAnswer && <CaseVerdictForm submissionId={submission.id} onAnswered={onAnswered} onReload={onReload} />}
    </>
  );
}
