// The channels of a template purpose beside its email parts — the group-robot markdown (<locale>.markdown.hbs) and the
// SMS text (<locale>.sms.hbs): admins edit them the way they edit the email parts. Saving checks the copy with the email
// templates' hardening (no partials, no prototype walks, no deep loops) and renders it in strict mode with the purpose's
// sample data, so an unknown variable is refused; reverting deletes the copy and the shipped file applies again. A
// preview takes the admin's replaced values as the email preview does (preview-data.ts): texts, and yes or no for the
// yes/no variables, to read each branch. One module serves every channel: a channel names its path, table, body field,
// audit target and renderer.
import type { RJSFSchema } from '@rjsf/utils';
import { Router, type Request } from 'express';
import { LOCALES, type Locale, type LocalizedText } from '#core/domain/locale';
import { AppError, notFound } from '#core/errors';
import { sampleDataFor } from '#core/mail/sample-data';
import type { Db } from '#core/stores/db-types';
import {
  deleteChannelTemplate,
  findChannelTemplate,
  saveChannelTemplate,
  type ChannelTemplateTable,
} from '#core/stores/email-templates/channel-template-store';
import { requireRole } from '../access';
import { apiRouter } from '../api-router';
import type { AppDeps } from '../app-deps';
import { auditRequest, changes } from '../audit/audit-request';
import { accepts, bodyOf } from '../route-contract';
import { PREVIEW_DATA, previewValues } from './preview-data';

type Sample = Record<string, unknown>;

/** One editable channel of the template purposes. */
export interface TemplateChannel {
  /** The last path segment: /api/admin/email-templates/:name/:locale/<segment>. */
  segment: string;
  /** Answered as `channel` in the template view. */
  channel: string;
  /** Where the edited copies are kept; the column holding the text is also the body's field. */
  copies: ChannelTemplateTable;
  maxLength: number;
  /** audit_log target type; actions are <auditType>.save and <auditType>.revert. */
  auditType: string;
  /** What the channel's template is called in 404 messages. */
  noun: LocalizedText;
  /** What its text is called in the OpenAPI summaries. */
  summaryNoun: string;
  has(name: string, locale: Locale): boolean;
  shipped(name: string, locale: Locale): string;
  /** Why `text` may not be saved (empty: it may). */
  check(text: string, sample: Sample, locale: Locale): LocalizedText[];
  /** Why `text` may not be previewed, when that is less than `check` (the SMS preview shows an over-long text). */
  previewCheck?(text: string, sample: Sample, locale: Locale): LocalizedText[];
  /** What the preview answers as `rendered`, from `data` (the sample with the admin's replaced values). */
  preview(name: string, locale: Locale, data: Sample, text: string): unknown;
  /** Extra fields of the template view (the robot links, the SMS budget). */
  extra?: Record<string, unknown>;
}

function refuse(req: Request, field: string, problems: LocalizedText[]): void {
  if (!problems.length) return;
  throw new AppError(422, 'invalid_template', { 'zh-CN': '模板有错误，请按提示修改', en: 'The template has errors; see the notes' }, [
    ...problems.map((problem) => ({ path: `/${field}`, message: problem[req.locale] })),
  ]);
}

/** Routes under /api/admin/email-templates/:name/:locale/<channel segment>. */
export function channelTemplateRoutes(deps: AppDeps, channel: TemplateChannel): Router {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());
  const router = apiRouter();
  const { copies } = channel;
  const { field } = copies;
  const PATH = `/api/admin/email-templates/:name/:locale/${channel.segment}`;
  const TEXT = { type: 'string', minLength: 1, maxLength: channel.maxLength } as const;
  const SAVE: RJSFSchema = { type: 'object', required: [field], properties: { [field]: TEXT }, additionalProperties: false };
  const PREVIEW: RJSFSchema = { type: 'object', properties: { [field]: TEXT, data: PREVIEW_DATA }, additionalProperties: false };
  const noun = channel.summaryNoun;

  async function editedCopy(source: Db, name: string, locale: Locale) {
    const copy = await findChannelTemplate(source, copies, name, locale);
    return copy ? { [field]: copy.text, updatedAt: copy.updatedAt } : null;
  }
  // The purpose and language a path names (admins only); 404 when the purpose has no such text in that language.
  function target(req: Request) {
    requireRole(req, ['admin']);
    const name = String(req.params.name);
    const locale = req.params.locale as Locale;
    if (!LOCALES.includes(locale) || !channel.has(name, locale)) throw notFound(channel.noun);
    return { name, locale, shipped: channel.shipped(name, locale), sample: sampleDataFor(name, locale, deps.config.publicUrl) };
  }
  async function view(t: ReturnType<typeof target>) {
    const edited = await editedCopy(db, t.name, t.locale);
    return { name: t.name, locale: t.locale, channel: channel.channel, shipped: t.shipped, edited, sampleData: t.sample, ...channel.extra };
  }
  const id = (t: ReturnType<typeof target>) => ({ type: channel.auditType, id: `${t.name}/${t.locale}` });

  router.get(PATH, accepts({ summary: `The ${noun} of a template: shipped text, edited copy, sample data` }), async (req, res) => {
    res.json({ template: await view(target(req)) });
  });

  router.put(PATH, accepts({ summary: `Save the ${noun} of a template`, body: SAVE }), async (req, res) => {
    const admin = requireRole(req, ['admin']);
    const t = target(req);
    const text = bodyOf<Record<string, string>>(req)[field]!;
    refuse(req, field, channel.check(text, t.sample, t.locale));
    await db.transaction(async (trx) => {
      const before = await editedCopy(trx, t.name, t.locale);
      await saveChannelTemplate(trx, copies, { name: t.name, locale: t.locale, text }, admin.id, now().toISOString());
      const from = { [field]: before?.[field] ?? t.shipped };
      await auditRequest(trx, req, `${channel.auditType}.save`, id(t), {
        from: before ? 'edited' : 'shipped',
        ...changes(from, { [field]: text }),
      });
    });
    res.json({ template: await view(t) });
  });

  router.delete(PATH, accepts({ summary: `Revert the ${noun} of a template to the shipped text` }), async (req, res) => {
    const t = target(req);
    await db.transaction(async (trx) => {
      const before = await editedCopy(trx, t.name, t.locale);
      if (!before) return;
      await deleteChannelTemplate(trx, copies, t.name, t.locale);
      await auditRequest(trx, req, `${channel.auditType}.revert`, id(t), changes({ [field]: before[field] }, { [field]: t.shipped }));
    });
    res.json({ template: await view(t) });
  });

  router.post(
    `${PATH}/preview`,
    accepts({ summary: `Preview the ${noun} of a template with sample data`, body: PREVIEW }),
    async (req, res) => {
      const t = target(req);
      const body = bodyOf<Record<string, string | undefined> & { data?: Record<string, string | boolean> }>(req);
      const text = body[field] ?? (await editedCopy(db, t.name, t.locale))?.[field] ?? t.shipped;
      // A yes/no variable (started, missed…) takes yes or no, to show each branch; every other one takes text.
      const data = previewValues(t.sample, body.data, req.locale);
      refuse(req, field, (channel.previewCheck ?? channel.check)(text, t.sample, t.locale));
      res.json({ rendered: channel.preview(t.name, t.locale, data, text) });
    },
  );
  return router;
}
