// What happened to a submission, oldest first: status changes, each task step opening and closing, messages sent, the
// enterprise's answers to a return with the files they carried.
import type { LocalizedText } from '#core/domain/locale';
import type { TimelineEvent } from '../api/api-types';
import { formatDateTime } from '../format/format-date-time';
import { isMessageKey } from '../i18n/is-message-key';
import { useI18n } from '../i18n/use-i18n';
import { caseEventText } from './case/case-event-text';
import { ReplyFileList } from './case/reply-file-list';
import { replyFilesOf } from './case/reply-files-of';
import { isSentMessage, sentMessageWords, type SentMessageWords } from './sent-message-text';
import { SentSubject } from './sent-subject';
import { ownEnding } from './inbox/own-ending';
import { addZhCnMessages } from '../i18n/loaded-dictionaries';
import { formAdminZhCn } from '../i18n/messages/form-admin-messages';
import { inboxZhCn } from '../i18n/messages/inbox-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(formAdminZhCn);
addZhCnMessages(inboxZhCn);

function useDescribe(stageTitles?: Record<string, string>, statusWords: Record<string, string> = {}) {
  const { t, pick, locale } = useI18n();
  const word = (prefixes: string[], value: unknown) => {
    const key = prefixes.map((prefix) => `${prefix}.${String(value)}`).find(isMessageKey);
    return key ? t(key) : String(value ?? '');
  };
  const sentence = (event: TimelineEvent): string => {
    const detail = event.detail;
    if (event.kind.startsWith('status.')) {
      const status = event.kind.slice('status.'.length);
      return t('submissionTimeline.status', { status: statusWords[status] ?? word(['status', 'submissionTimeline.statusName'], status) });
    }
    const title = pick(detail.title as LocalizedText | undefined) || String(detail.step ?? '');
    if (event.kind === 'task.opened') return t('submissionTimeline.taskOpened', { title });
    if (event.kind === 'task.closed') {
      const own = ownEnding(detail.action, statusWords);
      const outcome = detail.action
        ? (own ?? word(['submissionTimeline.action'], detail.action))
        : word(['submissionTimeline.taskStatus'], detail.status);
      return t('submissionTimeline.taskClosed', { title, outcome });
    }
    // A rule of the definition that matched (issue 18): its line was written in both languages when the case started.
    if (event.kind === 'ladder.rule') return pick(detail.line as LocalizedText | undefined) || t('submissionTimeline.kind.other');
    const caseText = caseEventText(t, event, stageTitles, statusWords);
    if (caseText) return caseText;
    const kindKey = `submissionTimeline.kind.${event.kind}`;
    // A step this build has no words for is still a step, never an engine name.
    return isMessageKey(kindKey) ? t(kindKey) : t('submissionTimeline.kind.other');
  };
  // A sent message says what it was in the reader's words, its subject after them (sent-message-text.ts).
  return (event: TimelineEvent): SentMessageWords =>
    isSentMessage(event.kind) ? sentMessageWords(t, locale, event.detail, event.kind) : { text: sentence(event) };
}

/** The timeline as an ordered list with times; an empty-state line when nothing is recorded yet. */
export function SubmissionTimeline({
  events,
  stageTitles,
  statusWords,
}: {
  events: TimelineEvent[];
  stageTitles?: Record<string, string>;
  /** The statuses the case's process words its own way (an inspection's 不予通过). */
  statusWords?: Record<string, string>;
}) {
  const { t, locale } = useI18n();
  const describe = useDescribe(stageTitles, statusWords);
  if (events.length === 0) return <p className="empty">{t('submissionTimeline.empty')}</p>;
  return (
    <ol className="timeline">
      {events.map((event, index) => {
        const words = describe(event);
        return (
          <li key={`${event.at}:${event.kind}:${index}`} className={`timeline__item timeline__item--${event.kind.split('.')[0]}`}>
            <time dateTime={event.at}>{formatDateTime(event.at, locale)}</time>
            <div>
              {words.text}
              <SentSubject words={words} />
              {event.kind === 'ladder.reply' && <ReplyFileList files={replyFilesOf(event.detail)} />}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
