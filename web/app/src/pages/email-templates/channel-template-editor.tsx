// A channel of a template beside its email parts — the markdown a WeCom / DingTalk robot posts, or the SMS text — edited,
// previewed, saved or reverted. Shown only for the channels the template's view lists (`channels`): the API answers 404
// for the others. The SMS preview shows the text's length against one message. A preview uses the sample values the
// admin replaced in the template's placeholder list (texts, and 是 / 否 for the yes/no variables, to read each branch):
// the same values for every preview of the template.
import { useEffect, useMemo, useState } from 'react';
import type { Locale } from '#core/domain/locale';
import { ApiError } from '../../api/api-error';
import {
  channelTemplateApi,
  type ChannelTemplateDetail,
  type ChannelTemplatePreview,
  type TemplateChannelSegment,
} from '../../api/channel-template-api';
import { ErrorNotice } from '../../components/error-notice';
import { formatDateTime } from '../../format/format-date-time';
import { useI18n } from '../../i18n/use-i18n';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { robotTemplateZhCn } from '../../i18n/messages/robot-template-messages';
import { TemplatePartField } from './template-part-field';

addZhCnMessages(robotTemplateZhCn);

type Key = keyof typeof robotTemplateZhCn;
const WORDS = ['title', 'hint', 'usingShipped', 'usingEdited', 'preview', 'previewStale', 'saved', 'reverted', 'revert'] as const;
const wordsOf = (prefix: 'robotTemplates' | 'smsTemplates') =>
  Object.fromEntries(WORDS.map((word) => [word, `${prefix}.${word}` as Key])) as Record<(typeof WORDS)[number], Key>;
const KEYS = { markdown: wordsOf('robotTemplates'), sms: wordsOf('smsTemplates') };

/** Props of ChannelTemplateEditor. */
export interface ChannelTemplateEditorProps {
  name: string;
  locale: Locale;
  channel: TemplateChannelSegment;
  /** The sample values replaced in the placeholder list, which the preview renders with. */
  overrides: Record<string, string | boolean>;
  /** The purpose's sample data (the email's), to advise on times and days printed bare. */
  sampleData?: Record<string, unknown>;
}

/** One channel's editor of one template in one language, or nothing when the purpose has no text on that channel. */
export function ChannelTemplateEditor({ name, locale: templateLocale, channel, overrides, sampleData }: ChannelTemplateEditorProps) {
  const { t, locale } = useI18n();
  const api = useMemo(() => channelTemplateApi(channel), [channel]);
  const keys = KEYS[channel];
  const [detail, setDetail] = useState<ChannelTemplateDetail | null>(null);
  const [draft, setDraft] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [preview, setPreview] = useState<ChannelTemplatePreview | null>(null);
  // What the shown preview was rendered from, so a later change of the text or of a sample value marks it stale.
  const [previewedInput, setPreviewedInput] = useState('');
  const input = JSON.stringify([draft, overrides]);
  // The key of what the last save or revert did, so it follows a change of language.
  const [outcome, setOutcome] = useState<Key | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    api.get(name, templateLocale, controller.signal).then(
      (template) => {
        setDetail(template);
        setDraft(template.edited?.text ?? template.shipped);
      },
      (failure: unknown) => {
        if (!(failure instanceof ApiError && failure.status === 404) && !controller.signal.aborted) setError(failure);
      },
    );
    return () => controller.abort();
  }, [api, name, templateLocale]);

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
  const apply = (template: ChannelTemplateDetail, done: Key) => {
    setDetail(template);
    setDraft(template.edited?.text ?? template.shipped);
    setOutcome(done);
  };

  if (!detail) return error !== null ? <ErrorNotice error={error} /> : null;
  const titleId = `${channel}-template-title`;
  return (
    <section className="section card" aria-labelledby={titleId}>
      <h3 id={titleId}>{t(keys.title)}</h3>
      <p className="muted">
        {detail.edited ? t(keys.usingEdited, { when: formatDateTime(detail.edited.updatedAt, locale) }) : t(keys.usingShipped)}
      </p>
      <TemplatePartField
        label={t(keys.title)}
        hint={t(keys.hint)}
        rows={channel === 'sms' ? 4 : 10}
        value={draft}
        problems={problems}
        sampleData={sampleData}
        onChange={setDraft}
      />
      {error !== null && <ErrorNotice error={error} />}
      <div className="form-actions template-actions">
        <button
          type="button"
          className="button button--quiet"
          onClick={() =>
            void run(async () => {
              setPreview(await api.preview(name, templateLocale, draft, overrides));
              setPreviewedInput(input);
            })
          }
        >
          {t(keys.preview)}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void run(async () => apply(await api.save(name, templateLocale, draft), keys.saved))}
        >
          {t('common.save')}
        </button>
        {detail.edited && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => void run(async () => apply(await api.revert(name, templateLocale), keys.reverted))}
          >
            {t(keys.revert)}
          </button>
        )}
      </div>
      <div role="status" aria-live="polite">
        {outcome && <p className="notice notice--ok">{t(outcome)}</p>}
      </div>
      {preview !== null && (
        <>
          {previewedInput !== input && <p className="hint">{t(keys.previewStale)}</p>}
          <pre className="template-preview__text" data-user-data>
            {preview.text}
          </pre>
          {preview.measure && (
            <p className={preview.measure.fits ? 'muted' : 'notice notice--error'}>
              {t(preview.measure.fits ? 'smsTemplates.length' : 'smsTemplates.tooLong', {
                length: preview.measure.length,
                budget: preview.measure.budget,
              })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
