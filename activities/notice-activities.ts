// The bulletin effects of a process: open a publicity window, end it, publish a notice. Each text is rendered from a
// Handlebars template (an admin's edited copy when there is one) in every language, and written once per key.
import { ApplicationFailure } from '@temporalio/activity';
import { LOCALES, type Locale, type LocalizedText } from '#core/domain/locale';
import { writesPaused } from '#core/mail/paused-branch';
import { TemplateMissingError, type TemplateRenderer, type TemplateSource } from '#core/mail/template-renderer';
import {
  endPublicity,
  insertNotice,
  pausePublicityNotice,
  resumePublicityNotice,
  type NoticeText,
} from '#core/stores/notices/notice-store';
import { templateDataFor } from '#core/privacy/template-data';
import type { Db } from '#core/stores/db-types';
import { editedSource } from '#core/stores/email-templates/email-template-store';
import { findCreatedTemplate } from '#core/stores/email-templates/created-template-store';
import { formOfSubmission } from '#core/stores/notices/notice-source-store';
import { enterpriseName } from '#core/stores/org/enterprise-store';
import { choiceTitles, localizeSchema } from '#forms/form-definition';
import { settleObjectionRow, startObjectionReview } from '#core/stores/notices/objection-store';

/** What every notice activity needs to render and place a notice. */
export interface NoticeInput {
  /** Unique per workflow step. */
  key: string;
  template: string;
  submissionId: string;
  enterpriseId: number | null;
  formTitle: LocalizedText;
  /** Template data shared by every language (the nomination's own words among them). */
  data: Record<string, unknown>;
  /** What publishNotice places: a commendation (the default) or an article of the bureau. */
  kind?: 'commendation' | 'article';
}

/** Input of openPublicity: a notice input and when the window closes. */
export interface OpenPublicityInput extends NoticeInput {
  closesAt: string;
}

/** The notice's input while its window is paused for an objection's review: the end it stated, and whether an earlier
 * review had extended it (a template that does not know `paused` still states them). */
export interface PausedPublicityInput extends OpenPublicityInput {
  extended: boolean;
}

/** Builds the notice activities. */
export function createNoticeActivities(deps: { db: Db; renderer: TemplateRenderer; now?: () => Date }) {
  const now = deps.now ?? (() => new Date());

  // An edited copy saved before the editor asked for a paused branch would keep inviting objections while none is taken:
  // while paused, such a copy gives way to the shipped text of the purpose it serves (core/mail/paused-branch.ts).
  async function pausedSource(name: string, locale: Locale, edited: TemplateSource | undefined, data: Record<string, unknown>) {
    if (!edited || data.paused !== true) return edited;
    const purpose = (await findCreatedTemplate(deps.db, name))?.purpose ?? name;
    if (writesPaused(deps.renderer, purpose, locale, edited, data)) return edited;
    return deps.renderer.shipped(purpose, locale);
  }

  async function render(input: NoticeInput, extra: Record<string, unknown>): Promise<Record<Locale, NoticeText>> {
    const enterprise = input.enterpriseId === null ? undefined : await enterpriseName(deps.db, input.enterpriseId);
    const form = await formOfSubmission(deps.db, input.submissionId);
    const content = {} as Record<Locale, NoticeText>;
    for (const locale of LOCALES) {
      const edited = await editedSource(deps.db, input.template, locale);
      // Notices are public: the nomination's personal fields (a contact's mobile, say) reach the template masked.
      const own = await templateDataFor(deps.db, input.submissionId, input.data, { to: null, locale }, 'public');
      const schema = form ? localizeSchema(form.schema, locale === 'en' ? form.i18n.en : undefined) : {};
      const data = {
        ...own,
        ...choiceTitles(schema, own),
        ...extra,
        locale,
        formTitle: input.formTitle[locale],
        enterpriseName: enterprise ?? '',
      };
      try {
        const rendered = deps.renderer.render(input.template, locale, data, await pausedSource(input.template, locale, edited, data));
        content[locale] = { title: rendered.subject.trim().slice(0, 300), text: rendered.text.trim() };
      } catch (error) {
        if (error instanceof TemplateMissingError) throw ApplicationFailure.nonRetryable(error.message, 'TemplateMissing');
        throw error;
      }
    }
    return content;
  }

  return {
    /** Places the publicity text on the bulletin, open for objections until `closesAt`; once per key. */
    async openPublicity(input: OpenPublicityInput): Promise<{ noticeId: number }> {
      const at = now().toISOString();
      const content = await render(input, { closesAt: input.closesAt, extended: false, paused: false });
      const noticeId = await insertNotice(deps.db, {
        key: input.key,
        kind: 'publicity',
        status: 'open',
        submissionId: input.submissionId,
        enterpriseId: input.enterpriseId,
        content,
        closesAt: input.closesAt,
        at,
      });
      return { noticeId };
    },

    /** Takes the publicity text off the bulletin: the window closed, or an objection was lodged. */
    async closePublicity(input: { key: string; status: 'closed' | 'objected' }): Promise<void> {
      await endPublicity(deps.db, input.key, input.status, now().toISOString());
    },

    /** Pauses the window while an objection is reviewed, and notes the review task on the objection; given the
     * notice's input, its text is written again saying the publicity is paused for the review and takes no objection
     * meanwhile (a workflow from before the patch leaves the text inviting objections). */
    async pausePublicity(input: {
      key: string;
      objectionId: number | null;
      reviewTaskId: string;
      notice?: PausedPublicityInput;
    }): Promise<void> {
      const at = now().toISOString();
      const { notice } = input;
      const content = notice ? await render(notice, { closesAt: notice.closesAt, extended: notice.extended, paused: true }) : undefined;
      await pausePublicityNotice(deps.db, input.key, at, content);
      if (input.objectionId !== null) await startObjectionReview(deps.db, input.objectionId, input.reviewTaskId);
    },

    /** Reopens the window after a dismissed objection, until its new end; given the notice's input, its text is written
     * again with that end and says the window was extended (a workflow from before the patch leaves the text as it was). */
    async resumePublicity(input: { key: string; closesAt: string; notice?: NoticeInput }): Promise<void> {
      const content = input.notice ? await render(input.notice, { closesAt: input.closesAt, extended: true, paused: false }) : undefined;
      await resumePublicityNotice(deps.db, input.key, { closesAt: input.closesAt, content }, now().toISOString());
    },

    /** Records how the review of an objection ended. */
    async settleObjection(input: { objectionId: number | null; status: 'upheld' | 'dismissed' }): Promise<void> {
      if (input.objectionId !== null) await settleObjectionRow(deps.db, input.objectionId, input.status, now().toISOString());
    },

    /** Publishes a notice on the bulletin; once per key. */
    async publishNotice(input: NoticeInput): Promise<{ noticeId: number }> {
      const at = now().toISOString();
      const content = await render(input, { publishedAt: at });
      const noticeId = await insertNotice(deps.db, {
        key: input.key,
        kind: input.kind ?? 'commendation',
        status: 'published',
        submissionId: input.submissionId,
        enterpriseId: input.enterpriseId,
        content,
        closesAt: null,
        at,
      });
      return { noticeId };
    },
  };
}
