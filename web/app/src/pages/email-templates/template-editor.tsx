// The editor of one template in one language: its three parts, the placeholders, preview, save, revert and test-send.
import { useEffect, useState } from 'react';
import type { Locale } from '#core/domain/locale';
import { emailTemplateApi, type TemplateDetail } from '../../api/email-template-api';
import { BusyButton } from '../../components/busy-button';
import { EditPanel } from '../../components/edit-panel';
import { ErrorNotice } from '../../components/error-notice';
import { LoadingIndicator } from '../../components/loading-indicator';
import { formatDateTime } from '../../format/format-date-time';
import { useApiData } from '../../hooks/use-api-data';
import { queryKeys } from '../../api/query-keys';
import { useI18n } from '../../i18n/use-i18n';
import { onlyFieldProblems } from './part-problems';
import { PlaceholderList } from './placeholder-list';
import { RevertDialog } from './revert-dialog';
import { ChannelTemplateEditor } from './channel-template-editor';
import { TemplatePartField } from './template-part-field';
import { TemplatePreview } from './template-preview';
import { TestSendForm } from './test-send-form';
import { useTemplateEditor } from './use-template-editor';
import { asyncHandler } from '../../events/async-handler';

/** Props of TemplateEditor. */
export interface TemplateEditorProps {
  name: string;
  locale: Locale;
  /** Called after a save or revert, so the list can show the new state. */
  onChanged: () => void;
  /** Tells the page whether there are unsaved changes. */
  onDirty: (dirty: boolean) => void;
  onClose: () => void;
}

/** Loads the template, then shows its editor. */
export function TemplateEditor(props: TemplateEditorProps) {
  const { t, pick } = useI18n();
  const { data, error, loading, reload } = useApiData(
    (signal) => emailTemplateApi.get(props.name, props.locale, signal),
    [props.name, props.locale],
    queryKeys.emailTemplate,
  );
  const title = data ? `${pick(data.template.purpose)} · ${t(`language.${props.locale}`)}` : props.name;
  return (
    <EditPanel title={t('emailTemplates.editing', { what: title })}>
      {loading && !data && <LoadingIndicator />}
      {error !== null && <ErrorNotice error={error} onRetry={reload} />}
      {data && <EditorForm detail={data.template} title={title} {...props} />}
    </EditPanel>
  );
}

function EditorForm({
  detail: initial,
  title,
  onChanged,
  onDirty,
  onClose,
}: TemplateEditorProps & { detail: TemplateDetail; title: string }) {
  const { t, locale } = useI18n();
  const editor = useTemplateEditor(initial, onChanged);
  const [confirming, setConfirming] = useState(false);
  const { detail, draft, problems } = editor;
  useEffect(() => onDirty(editor.dirty), [editor.dirty, onDirty]);

  return (
    <>
      <p className="muted">
        <code>{detail.name}</code>
        {' · '}
        {detail.edited
          ? t('emailTemplates.usingEdited', { who: detail.edited.updatedBy ?? '—', when: formatDateTime(detail.edited.updatedAt, locale) })
          : t('emailTemplates.usingShipped')}
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void editor.save();
        }}
        noValidate
      >
        <TemplatePartField
          label={t('email.subject')}
          hint={t('emailTemplates.subjectHint')}
          rows={2}
          value={draft.subject}
          problems={problems.subject}
          sampleData={detail.sampleData}
          onChange={(value) => editor.setPart('subject', value)}
        />
        <TemplatePartField
          label={t('emailTemplates.html')}
          hint={t('emailTemplates.htmlHint')}
          rows={14}
          value={draft.html}
          problems={problems.html}
          sampleData={detail.sampleData}
          onChange={(value) => editor.setPart('html', value)}
        />
        <TemplatePartField
          label={t('emailTemplates.text')}
          hint={t('emailTemplates.textHint')}
          rows={10}
          value={draft.text}
          problems={problems.text}
          sampleData={detail.sampleData}
          onChange={(value) => editor.setPart('text', value)}
        />
        {editor.error !== null && !onlyFieldProblems(editor.error, ['subject', 'html', 'text']) && <ErrorNotice error={editor.error} />}
        {editor.error !== null && onlyFieldProblems(editor.error, ['subject', 'html', 'text']) && (
          <p className="field__error" role="alert">
            {t('emailTemplates.fixBelow')}
          </p>
        )}
        <div className="form-actions template-actions">
          <BusyButton
            type="button"
            variant="quiet"
            busy={editor.busy === 'preview'}
            disabled={editor.busy !== null}
            label={t('emailTemplates.preview')}
            busyLabel={t('emailTemplates.previewing')}
            onClick={() => void editor.runPreview()}
          />
          <BusyButton
            busy={editor.busy === 'save'}
            disabled={editor.busy !== null || !editor.dirty}
            label={t('common.save')}
            busyLabel={t('common.saving')}
          />
          {detail.edited && (
            <button type="button" className="button button--quiet" disabled={editor.busy !== null} onClick={() => setConfirming(true)}>
              {t('emailTemplates.revert')}
            </button>
          )}
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
        <div role="status" aria-live="polite">
          {editor.dirty && <p className="hint">{t('emailTemplates.unsaved')}</p>}
          {editor.outcome && (
            <p className="notice notice--ok">{t(editor.outcome === 'saved' ? 'emailTemplates.saved' : 'emailTemplates.reverted')}</p>
          )}
        </div>
      </form>
      {editor.preview && <TemplatePreview rendered={editor.preview} stale={editor.previewStale} />}
      <PlaceholderList
        sampleData={detail.sampleData}
        notes={detail.notes}
        overrides={editor.overrides}
        onOverride={editor.setOverride}
        problems={problems}
      />
      <TestSendForm name={detail.name} locale={detail.locale} unsaved={editor.dirty} onTemplateProblems={editor.showProblems} />
      {detail.channels.map((channel) => (
        <ChannelTemplateEditor
          key={channel}
          name={detail.name}
          locale={detail.locale}
          channel={channel}
          overrides={editor.overrides}
          sampleData={detail.sampleData}
        />
      ))}
      {confirming && (
        <RevertDialog
          what={title}
          busy={editor.busy === 'revert'}
          onCancel={() => setConfirming(false)}
          onConfirm={asyncHandler(async () => {
            await editor.revert();
            setConfirming(false);
          })}
        />
      )}
    </>
  );
}
