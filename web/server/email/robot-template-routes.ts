// The group-robot channel of a template purpose: admins edit the markdown a robot posts (templates/email/<purpose>/
// <locale>.markdown.hbs) the way they edit the email parts. Saving checks the copy with the email templates' hardening
// (no partials, no prototype walks, no deep loops) and renders it in strict mode with the purpose's sample data, so an
// unknown variable is refused; reverting deletes the copy and the shipped file applies again.
import type { RJSFSchema } from '@rjsf/utils';
import { Router, type Request } from 'express';
import type { Knex } from 'knex';
import { LOCALES, type Locale, type LocalizedText } from '../../../core/domain/locale';
import { AppError, notFound } from '../../../core/errors';
import { sampleDataFor } from '../../../core/mail/sample-data';
import { createMarkdownRenderer, SAMPLE_LINKS, type MarkdownRenderer } from '../../../core/notify/markdown-renderer';
import { requireRole } from '../access';
import { apiRouter } from '../api-router';
import type { AppDeps } from '../app-deps';
import { auditRequest, changes } from '../audit/audit-request';
import { accepts, bodyOf } from '../route-contract';

const MARKDOWN = { type: 'string', minLength: 1, maxLength: 8000 } as const;
const SAVE: RJSFSchema = { type: 'object', required: ['markdown'], properties: { markdown: MARKDOWN }, additionalProperties: false };
const PREVIEW: RJSFSchema = { type: 'object', properties: { markdown: MARKDOWN }, additionalProperties: false };
const TEMPLATE = { 'zh-CN': '群机器人消息模板', en: 'Group-robot message template' };

async function editedCopy(db: Knex | Knex.Transaction, name: string, locale: Locale) {
  const row = await db('robot_templates').where({ name, locale }).first('markdown', 'updated_at');
  return row ? { markdown: String(row.markdown), updatedAt: String(row.updated_at) } : null;
}

function refuse(req: Request, problems: LocalizedText[]): void {
  if (!problems.length) return;
  throw new AppError(422, 'invalid_template', { 'zh-CN': '模板有错误，请按提示修改', en: 'The template has errors; see the notes' }, [
    ...problems.map((problem) => ({ path: '/markdown', message: problem[req.locale] })),
  ]);
}

/** Routes under /api/admin/email-templates/:name/:locale/markdown. */
export function robotTemplateRoutes(deps: AppDeps): Router {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());
  const renderer: MarkdownRenderer = createMarkdownRenderer(deps.config.timeZone);
  const router = apiRouter();
  const PATH = '/api/admin/email-templates/:name/:locale/markdown';

  // The purpose and language a path names (admins only); 404 when the purpose has no robot template in that language.
  function target(req: Request) {
    requireRole(req, ['admin']);
    const name = String(req.params.name);
    const locale = req.params.locale as Locale;
    if (!LOCALES.includes(locale) || !renderer.has(name, locale)) throw notFound(TEMPLATE);
    return { name, locale, shipped: renderer.shipped(name, locale), sample: sampleDataFor(name, locale) };
  }
  async function view(t: ReturnType<typeof target>) {
    return {
      name: t.name,
      locale: t.locale,
      channel: 'robot-markdown',
      shipped: t.shipped,
      edited: await editedCopy(db, t.name, t.locale),
      sampleData: t.sample,
      links: SAMPLE_LINKS,
    };
  }

  router.get(
    PATH,
    accepts({ summary: 'The group-robot markdown of a template: shipped text, edited copy, sample data' }),
    async (req, res) => {
      res.json({ template: await view(target(req)) });
    },
  );

  router.put(PATH, accepts({ summary: 'Save the group-robot markdown of a template', body: SAVE }), async (req, res) => {
    const admin = requireRole(req, ['admin']);
    const t = target(req);
    const { markdown } = bodyOf<{ markdown: string }>(req);
    refuse(req, renderer.check(markdown, t.sample, t.locale));
    await db.transaction(async (trx) => {
      const before = await editedCopy(trx, t.name, t.locale);
      await trx('robot_templates')
        .insert({ name: t.name, locale: t.locale, markdown, updated_by: admin.id, updated_at: now().toISOString() })
        .onConflict(['name', 'locale'])
        .merge();
      await auditRequest(
        trx,
        req,
        'robot_template.save',
        { type: 'robot_template', id: `${t.name}/${t.locale}` },
        { from: before ? 'edited' : 'shipped', ...changes({ markdown: before?.markdown ?? t.shipped }, { markdown }) },
      );
    });
    res.json({ template: await view(t) });
  });

  router.delete(PATH, accepts({ summary: 'Revert the group-robot markdown of a template to the shipped text' }), async (req, res) => {
    const t = target(req);
    await db.transaction(async (trx) => {
      const before = await editedCopy(trx, t.name, t.locale);
      if (!before) return;
      await trx('robot_templates').where({ name: t.name, locale: t.locale }).delete();
      await auditRequest(
        trx,
        req,
        'robot_template.revert',
        { type: 'robot_template', id: `${t.name}/${t.locale}` },
        changes({ markdown: before.markdown }, { markdown: t.shipped }),
      );
    });
    res.json({ template: await view(t) });
  });

  router.post(
    `${PATH}/preview`,
    accepts({ summary: 'Preview the group-robot markdown of a template with sample data', body: PREVIEW }),
    async (req, res) => {
      const t = target(req);
      const markdown = bodyOf<{ markdown?: string }>(req).markdown ?? (await editedCopy(db, t.name, t.locale))?.markdown ?? t.shipped;
      refuse(req, renderer.check(markdown, t.sample, t.locale));
      res.json({ rendered: renderer.render(t.name, t.locale, t.sample, { ...SAMPLE_LINKS }, markdown) });
    },
  );
  return router;
}
