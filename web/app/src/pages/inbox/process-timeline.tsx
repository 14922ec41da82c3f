// What happened in the process so far, oldest first; the entries of the task on this page are marked.
import type { TaskTimeline } from '../../api/inbox-types';
import { formatDateTime } from '../../format/format-date-time';
import { useI18n } from '../../i18n/use-i18n';
import { ReplyFileList } from '../case/reply-file-list';
import { SentSubject } from '../sent-subject';
import { timelineEntries, type DecisionSchema } from './timeline-entries';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { inboxZhCn } from '../../i18n/messages/inbox-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(inboxZhCn);

/** Props of ProcessTimeline. */
export interface ProcessTimelineProps {
  timeline: TaskTimeline;
  currentTaskId: string;
  /** The decision form of the process's steps, which titles what each decision recorded. */
  decision?: DecisionSchema;
}

/** The timeline as an ordered list. */
export function ProcessTimeline({ timeline, currentTaskId, decision }: ProcessTimelineProps) {
  const { t, pick, locale } = useI18n();
  const entries = timelineEntries({ t, pick, locale }, timeline, currentTaskId, decision);
  if (entries.length === 0) return <p className="muted">{t('task.tl.empty')}</p>;
  return (
    <ol className="timeline">
      {entries.map((entry) => (
        <li key={entry.key} className={entry.current ? 'timeline__current' : undefined}>
          <time className="timeline__time" dateTime={entry.at}>
            {formatDateTime(entry.at, locale)}
          </time>
          {entry.text}
          <SentSubject words={entry} />
          {entry.current && <span className="visually-hidden"> {t('task.tl.thisTask')}</span>}
          {entry.notes?.map((note) => (
            <p key={note} className="timeline__note">
              {note}
            </p>
          ))}
          {entry.files && <ReplyFileList files={entry.files} />}
        </li>
      ))}
    </ol>
  );
}
