// Drafts: a half-filled form is saved as the user types and resumed later, with the submission id it will keep, and
// holding the uploads its form's file fields name (no more than the form can take: forms/draft-held-uploads.ts).
import { Router } from 'express';
import { apiRouter } from '../api-router';
import { AppError } from '#core/errors';
import { draftHeldUploads } from '#forms/draft-held-uploads';
import { dataUrlPaths } from '#forms/embedded-files';
import { latestPublishedForm } from '#core/stores/forms/form-store';
import { deleteDraft, findDraft, saveDraft } from '#core/stores/submissions/draft-store';
import { requireUser } from '../access';
import { formToFile } from '../forms/form-to-file';
import type { AppDeps } from '../app-deps';
import type { Request } from 'express';
import { accepts, bodyOf } from '../route-contract';

async function formFor(deps: AppDeps, req: Request) {
  const user = requireUser(req);
  const form = formToFile(await latestPublishedForm(deps.db, String(req.params.key)), user);
  return { user, form };
}

/** Routes under /api/forms/:key/my-draft. */
export function draftRoutes(deps: AppDeps): Router {
  const router = apiRouter();
  const { db } = deps;
  const now = deps.now ?? (() => new Date());

  router.get('/api/forms/:key/my-draft', async (req, res) => {
    const { user, form } = await formFor(deps, req);
    res.json({ draft: (await findDraft(db, user.id, form.key)) ?? null });
  });

  router.put(
    '/api/forms/:key/my-draft',
    accepts({
      summary: 'Save my draft of a form',
      body: {
        type: 'object',
        required: ['submissionId', 'data'],
        properties: { submissionId: { type: 'string', pattern: '^[0-9a-fA-F-]{36}$' }, data: { type: 'object' } },
        additionalProperties: false,
      },
    }),
    async (req, res) => {
      const { user, form } = await formFor(deps, req);
      const body = bodyOf<{ submissionId: string; data: Record<string, unknown> }>(req);
      const inline = dataUrlPaths(body.data);
      if (inline.length)
        throw new AppError(
          422,
          'invalid_form',
          { 'zh-CN': '请上传文件，不要把文件内容嵌入表单', en: 'Upload files instead of embedding them' },
          inline.map((path) => ({ path: `/data${path}`, message: 'data URL' })),
        );
      const draft = { submissionId: body.submissionId.toLowerCase(), data: body.data, updatedAt: now().toISOString() };
      await saveDraft(db, user.id, form.key, draft, draftHeldUploads(form.schema, body.data));
      res.json({ draft });
    },
  );

  router.delete('/api/forms/:key/my-draft', async (req, res) => {
    const { user, form } = await formFor(deps, req);
    await deleteDraft(db, user.id, form.key);
    res.status(204).end();
  });

  return router;
}
