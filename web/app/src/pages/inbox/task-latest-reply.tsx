// The enterprise's latest answer to a return, shown right above the decision: the cadre who asked for more information
// reads what came back where they decide, not deep in the history — its text and the files it carried, to download.
import type { ReplyFile } from '#core/domain/reply-files';
import type { TimelineEvent } from '../../api/api-types';
import { formatDateTime } from '../../format/format-date-time';
import { useI18n } from '../../i18n/use-i18n';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { inboxZhCn } from '../../i18n/messages/inbox-messages';
import { ReplyFileList } from '../case/reply-file-list';
import { replyFilesOf } from '../case/reply-files-of';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(inboxZhCn);

/** An answer as the card shows it. */
interface LatestReply {
  at: string;
  text: string;
  files: ReplyFile[];
}

/** The newest `ladder.reply` event of a case with its text and files, or null when the enterprise never answered. */
export function latestReply(events: readonly TimelineEvent[]): LatestReply | null {
  let latest: LatestReply | null = null;
  for (const event of events) {
    const text = typeof event.detail.text === 'string' ? event.detail.text.trim() : '';
    if (event.kind !== 'ladder.reply' || !text) continue;
    if (!latest || event.at >= latest.at) latest = { at: event.at, text, files: replyFilesOf(event.detail) };
  }
  return latest;
}

/** A card with the enterprise's latest answer and when it came, or nothing when there is none. */
export function TaskLatestReply({ events }: { events: readonly TimelineEvent[] }) {
  const { t, locale } = useI18n();
  const reply = latestReply(events);
  if (!reply) return null;
  return (
    <section className="card section" aria-labelledby="task-latest-reply">
      <h2 id="task-latest-reply">{t('task.latestReply')}</h2>
      <dl className="meta">
        <div>
          <dt>{t('task.latestReplyAt')}</dt>
          <dd>{formatDateTime(reply.at, locale)}</dd>
        </div>
        <div>
          <dt>{t('task.latestReplyText')}</dt>
          <dd className="task-reply-text" data-user-data="">
            {reply.text}
          </dd>
        </div>
        {reply.files.length > 0 && (
          <div>
            <dt>{t('task.latestReplyFiles')}</dt>
            <dd>
              <ReplyFileList files={reply.files} />
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
