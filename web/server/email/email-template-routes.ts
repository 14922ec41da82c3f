// Admins edit copies of the shipped email templates, preview them with sample data and send themselves a test message.
// Saving checks the copy the way a send would use it (syntax, allowed constructs, a render with sample data), so a
// broken edit never reaches the outbox; reverting deletes the copy and the shipped text applies again. Admins also create
// templates under new names (create-template.ts); those have no shipped file and revert to their purpose's text.
import type { RJSFSchema } from '@rjsf/utils';
import { Router, type Request } from 'express';
import { apiRouter } from '../api-router';
import { LOCALES, type Locale } from '#core/domain/locale';
import { sampleDataFor } from '#core/mail/sample-data';
import { templatePurpose } from '#core/mail/template-purposes';
import { variableNotesOf } from '#core/mail/sample-variable-notes';
import { createTemplateRenderer, type TemplateRenderer, type TemplateSource } from '#core/mail/template-renderer';
import { requireRole } from '../access';
import type { AppDeps } from '../app-deps';
import { auditRequest, changes } from '../audit/audit-request';
import { pageOfList, pageQuery } from '../paging';
import { accepts, bodyOf, PAGE_QUERY_PROPERTIES, queryOf } from '../route-contract';
import { createdTemplates } from '#core/stores/email-templates/created-template-store';
import { CREATE_SCHEMA, createTemplate } from './create-template';
import { deleteEditedCopy, editedSince, findEditedCopy, saveEditedCopy } from '#core/stores/email-templates/email-template-store';
import { templateTarget, type TemplateTarget as Target } from './template-target';
import { templateChannels } from './template-channels';
import { refuseTemplateProblems } from './refuse-template-problems';
import { pausedBranchProblems } from '#core/mail/paused-branch';
import { PREVIEW_DATA, previewValues } from './preview-data';

/** The template list's filters and paging. */
const LIST_QUERY: RJSFSchema = {
  type: 'object',
  properties: {
    ...PAGE_QUERY_PROPERTIES,
    purpose: { type: 'string', maxLength: 64, title: 'The shipped template whose role it plays' },
    edited: { type: 'boolean', title: 'Only templates with an edited copy in some language (true), or with none (false)' },
  },
  additionalProperties: false,
};
import { TEST_SEND_SCHEMA, testSend } from './test-send';

// Shipped templates are about 1 KB; the limits leave room for rich HTML and keep a body under the 256 KB JSON limit.
// A subject's template text may be longer than the line it renders (case-update's English one is 318 characters).
const SOURCE_PROPERTIES = {
  subject: { type: 'string', minLength: 1, maxLength: 2000 },
  html: { type: 'string', minLength: 1, maxLength: 50_000 },
  text: { type: 'string', minLength: 1, maxLength: 20_000 },
} satisfies Record<string, RJSFSchema>;
const SAVE_SCHEMA: RJSFSchema = {
  type: 'object',
  required: ['subject', 'html', 'text'],
  properties: SOURCE_PROPERTIES,
  additionalProperties: false,
};
const PREVIEW_SCHEMA: RJSFSchema = {
  type: 'object',
  properties: { ...SOURCE_PROPERTIES, data: PREVIEW_DATA },
  additionalProperties: false,
};

/**
 * Refuses a copy that would not render or reads a variable the purpose's `sample` lacks, naming the part (`/subject`,
 * `/html`, `/text`) at fault; `data` is what it renders with (a preview's replaced values), the sample by default.
 */
function assertRenders(
  req: Request,
  renderer: TemplateRenderer,
  target: Target,
  source: TemplateSource,
  sample: Record<string, unknown>,
  data: Record<string, unknown> = sample,
): void {
  refuseTemplateProblems(req, renderer.check(source, sample, target.locale, data));
}

/** Routes under /api/admin/email-templates. */
export function emailTemplateRoutes(deps: AppDeps): Router {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());
  const renderer = deps.renderer ?? createTemplateRenderer(deps.config.timeZone);
  const router = apiRouter();
  const channelsOf = templateChannels(deps.config.timeZone);
  // Sample links point at the configured PUBLIC_URL, as the mail a template sends does.
  const sampleOf = (name: string, locale: Locale) => sampleDataFor(name, locale, deps.config.publicUrl);

  async function view(target: Target) {
    const { name, locale, shipped, sampleName, createdPurpose } = target;
    const sampleData = sampleOf(sampleName, locale);
    return {
      name,
      locale,
      purpose: templatePurpose(sampleName),
      createdPurpose: createdPurpose ?? null,
      shipped,
      edited: await findEditedCopy(db, name, locale),
      sampleData,
      // What each variable means (paused: what a publicity text must say while an objection is reviewed), both languages.
      notes: variableNotesOf(sampleData),
      // The other channels' texts the editor may open (GET …/markdown, …/sms); none for a created template.
      channels: channelsOf(name, locale),
    };
  }
  const targetOf = (req: Request) => templateTarget(req, db, renderer);

  router.get(
    '/api/admin/email-templates',
    accepts({ summary: 'A page of the email templates, shipped then created, with which languages use an edited copy', query: LIST_QUERY }),
    async (req, res) => {
      requireRole(req, ['admin']);
      const filter = queryOf<{ purpose?: string; edited?: boolean; limit?: number; offset?: number }>(req);
      const edited = await editedSince(db);
      const created = await createdTemplates(db);
      const names = [...renderer.names(), ...created.keys()];
      const templates = names.map((name) => ({
        name,
        purpose: templatePurpose(created.get(name)?.purpose ?? name),
        createdPurpose: created.get(name)?.purpose ?? null,
        locales: Object.fromEntries(
          LOCALES.map((locale) => [
            locale,
            { edited: edited.has(`${name}/${locale}`), updatedAt: edited.get(`${name}/${locale}`) ?? null },
          ]),
        ),
      }));
      const { rows, page } = pageOfList(
        templates.filter(
          (template) =>
            (!filter.purpose || (template.createdPurpose ?? template.name) === filter.purpose) &&
            (filter.edited === undefined || Object.values(template.locales).some((copy) => copy.edited) === filter.edited),
        ),
        pageQuery(filter),
      );
      res.json({ templates: rows, page });
    },
  );

  router.post('/api/admin/email-templates', accepts({ summary: 'Create an email template', body: CREATE_SCHEMA }), async (req, res) => {
    res.status(201).json({ template: await view(await createTemplate(deps, renderer, req)) });
  });

  router.get('/api/admin/email-templates/:name/:locale', async (req, res) => {
    res.json({ template: await view(await targetOf(req)) });
  });

  router.put(
    '/api/admin/email-templates/:name/:locale',
    accepts({ summary: 'Save an email template', body: SAVE_SCHEMA }),
    async (req, res) => {
      const admin = requireRole(req, ['admin']);
      const target = await targetOf(req);
      const source = bodyOf<TemplateSource>(req);
      const sample = sampleOf(target.sampleName, target.locale);
      assertRenders(req, renderer, target, source, sample);
      // A publicity text that reads the same while an objection is reviewed would invite objections none takes.
      refuseTemplateProblems(req, pausedBranchProblems(renderer, target.sampleName, target.locale, source, sample));
      await db.transaction(async (trx) => {
        const before = await findEditedCopy(trx, target.name, target.locale);
        await saveEditedCopy(trx, target.name, target.locale, source, admin.id, now());
        // The audit log is the history of a template: it keeps the full before and after text of each changed part.
        const { subject, html, text } = before ?? target.shipped;
        await auditRequest(
          trx,
          req,
          'email_template.save',
          { type: 'email_template', id: `${target.name}/${target.locale}` },
          { from: before ? 'edited' : 'shipped', ...changes({ subject, html, text }, { ...source }) },
        );
      });
      res.json({ template: await view(target) });
    },
  );

  router.delete('/api/admin/email-templates/:name/:locale', async (req, res) => {
    const target = await targetOf(req);
    // Reverting what is already the shipped text succeeds without an audit entry, so a repeated click is harmless.
    // A created template has no shipped file: it reverts to the text it started from, its purpose's.
    const admin = requireRole(req, ['admin']);
    await db.transaction(async (trx) => {
      const before = await findEditedCopy(trx, target.name, target.locale);
      if (!before) return;
      if (target.createdPurpose) await saveEditedCopy(trx, target.name, target.locale, target.shipped, admin.id, now());
      else if (!(await deleteEditedCopy(trx, target.name, target.locale))) return;
      const { subject, html, text } = before;
      await auditRequest(
        trx,
        req,
        'email_template.revert',
        { type: 'email_template', id: `${target.name}/${target.locale}` },
        changes({ subject, html, text }, { ...target.shipped }),
      );
    });
    res.json({ template: await view(target) });
  });

  router.post(
    '/api/admin/email-templates/:name/:locale/preview',
    accepts({ summary: 'Preview an email template', body: PREVIEW_SCHEMA }),
    async (req, res) => {
      const target = await targetOf(req);
      const body = bodyOf<Partial<TemplateSource> & { data?: Record<string, string | boolean> }>(req);
      // Parts the editor did not send come from what a real send would use now: the saved copy, else the shipped text.
      const base = (await findEditedCopy(db, target.name, target.locale)) ?? target.shipped;
      const source: TemplateSource = { subject: body.subject ?? base.subject, html: body.html ?? base.html, text: body.text ?? base.text };
      // A replaced value changes what the preview shows, never which variables the purpose provides.
      const sample = sampleOf(target.sampleName, target.locale);
      // A yes/no variable (paused) takes yes or no, to show each branch; every other one takes text.
      const data = previewValues(sample, body.data, req.locale);
      assertRenders(req, renderer, target, source, sample, data);
      res.json({ rendered: renderer.render(target.name, target.locale, data, source) });
    },
  );

  router.post(
    '/api/admin/email-templates/:name/:locale/test-send',
    accepts({ summary: 'Send a test email', body: TEST_SEND_SCHEMA }),
    async (req, res) => {
      const admin = requireRole(req, ['admin']);
      const target = await targetOf(req);
      const result = await testSend(deps, renderer, req, admin, target);
      await auditRequest(
        db,
        req,
        'email_template.test_send',
        { type: 'email_template', id: `${target.name}/${target.locale}` },
        { to: result.to, outboxId: result.outboxId, status: result.status },
      );
      res.json({ testSend: result });
    },
  );

  return router;
}
