// The files an enterprise sent with its answer to a return, as links to download with their sizes: beside the latest
// answer on the task page and under the answer in either timeline (reply-files-of.ts reads them from the answer's
// event); the download route decides who may have them.
import type { ReactNode } from 'react';
import type { ReplyFile } from '#core/domain/reply-files';
import { formatFileSize } from '../../format/format-file-size';
import { useI18n } from '../../i18n/use-i18n';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { caseViewZhCn } from '../../i18n/messages/case-messages';
import './case.css';

// The case's and the calendar's words load with the pages that show them, not with the first scripts.
addZhCnMessages(caseViewZhCn);

/** The files as a list of download links, each with its size and `action` (the reply form's 移除); nothing when there are none. */
export function ReplyFileList<F extends ReplyFile>({ files, action }: { files: readonly F[]; action?: (file: F) => ReactNode }) {
  const { t } = useI18n();
  if (!files.length) return null;
  return (
    <ul className="reply-files" aria-label={t('case.replyFiles.label')}>
      {files.map((file) => (
        <li key={file.id}>
          <a href={`/api/uploads/${encodeURIComponent(file.id)}`} download data-user-data="">
            {file.fileName}
          </a>{' '}
          <span className="reply-files__size">{t('case.replyFiles.size', { size: formatFileSize(file.size) })}</span>
          {action && <> {action(file)}</>}
        </li>
      ))}
    </ul>
  );
}
