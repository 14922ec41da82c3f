// The group-robot channel of a template, under its email parts: the markdown a WeCom / DingTalk robot posts, edited,
// previewed, saved or reverted. Shown only for purposes that have a robot template (the API answers 404 for others).
import { useEffect, useState } from 'react';
import type { Locale } from '../../../../../core/domain/locale';
import { ApiError } from '../../api/api-error';
import { robotTemplateApi, type RobotTemplateDetail } from '../../api/robot-template-api';
import { ErrorNotice } from '../../components/error-notice';
import { formatDateTime } from '../../format/format-date-time';
import { useI18n } from '../../i18n/use-i18n';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { robotTemplateZhCn } from '../../i18n/messages/robot-template-messages';
import { TemplatePartField } from './template-part-field';

addZhCnMessages(robotTemplateZhCn);

/** Props of RobotMarkdownEditor. */
export interface RobotMarkdownEditorProps {
  name: string;
  locale: Locale;
}

/** The robot markdown editor of one template in one language, or nothing when the purpose posts no robot message. */
export function RobotMarkdownEditor({ name, locale: templateLocale }: RobotMarkdownEditorProps) {
  const { t, locale } = useI18n();
  const [detail, setDetail] = useState<RobotTemplateDetail | null>(null);
  const [draft, setDraft] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    robotTemplateApi.get(name, templateLocale, controller.signal).then(
      ({ template }) => {
        setDetail(template);
        setDraft(template.edited?.markdown ?? template.shipped);
      },
      (failure: unknown) => {
        if (!(failure instanceof ApiError && failure.status === 404) && !controller.signal.aborted) setError(failure);
      },
    );
    return () => controller.abort();
  }, [name, templateLocale]);

  const run = async (work: () => Promise<void>) => {
    setProblems([]);
    setError(null);
    setOutcome(null);
    try {
      await work();
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'invalid_template') setProblems(failure.details.map((d) => d.message));
      else setError(failure);
    }
  };
  const apply = (template: RobotTemplateDetail, done: string) => {
    setDetail(template);
    setDraft(template.edited?.markdown ?? template.shipped);
    setOutcome(done);
  };

  if (!detail) return error !== null ? <ErrorNotice error={error} /> : null;
  return (
    <section className="section card" aria-labelledby="robot-template-title">
      <h3 id="robot-template-title">{t('robotTemplates.title')}</h3>
      <p className="muted">
        {detail.edited
          ? t('robotTemplates.usingEdited', { when: formatDateTime(detail.edited.updatedAt, locale) })
          : t('robotTemplates.usingShipped')}
      </p>
      <TemplatePartField
        label={t('robotTemplates.title')}
        hint={t('robotTemplates.hint')}
        rows={10}
        value={draft}
        problems={problems}
        onChange={setDraft}
      />
      {error !== null && <ErrorNotice error={error} />}
      <div className="form-actions template-actions">
        <button
          type="button"
          className="button button--quiet"
          onClick={() => void run(async () => setPreview((await robotTemplateApi.preview(name, templateLocale, draft)).rendered.markdown))}
        >
          {t('robotTemplates.preview')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            void run(async () => apply((await robotTemplateApi.save(name, templateLocale, draft)).template, t('robotTemplates.saved')))
          }
        >
          {t('common.save')}
        </button>
        {detail.edited && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() =>
              void run(async () => apply((await robotTemplateApi.revert(name, templateLocale)).template, t('robotTemplates.reverted')))
            }
          >
            {t('robotTemplates.revert')}
          </button>
        )}
      </div>
      <div role="status" aria-live="polite">
        {outcome && <p className="notice notice--ok">{outcome}</p>}
      </div>
      {preview !== null && (
        <pre className="template-preview__text" data-user-data>
          {preview}
        </pre>
      )}
    </section>
  );
}
