// The submission the task came from: a link to it and what the enterprise reported.
import type { TaskOrigin as Origin } from '../../api/inbox-types';
import { formatDateTime } from '../../format/format-date-time';
import { useI18n } from '../../i18n/use-i18n';
import { routeHref } from '../../routing/route-href';
import { DataList } from '../data-list';
import { submissionStatusLabel } from './submission-status-label';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { inboxZhCn } from '../../i18n/messages/inbox-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(inboxZhCn);

/** The originating submission's summary. */
export function TaskOrigin({ origin }: { origin: Origin }) {
  const { t, pick, locale } = useI18n();
  return (
    <>
      <p>
        <a href={routeHref({ name: 'submission', id: origin.id })}>{t('task.openSubmission', { form: pick(origin.formTitle) })}</a>
      </p>
      <dl className="meta">
        {origin.caseNumber && (
          <div>
            <dt>{t('task.caseNumber')}</dt>
            <dd className="mono">{origin.caseNumber}</dd>
          </div>
        )}
        <div>
          <dt>{t('task.submittedAt')}</dt>
          <dd>{formatDateTime(origin.createdAt, locale)}</dd>
        </div>
        <div>
          <dt>{t('task.submissionStatus')}</dt>
          <dd>{origin.statusText ?? submissionStatusLabel(t, origin.status)}</dd>
        </div>
      </dl>
      <h3>{t('task.reported')}</h3>
      <DataList data={origin.data} schema={origin.schema} uiSchema={origin.uiSchema} files={origin.files} />
    </>
  );
}
