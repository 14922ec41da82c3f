// File fields: the browser uploads the file first and puts the returned reference in the form data.
// Only a few document types, checked by their first bytes as well as their declared type, up to 5 MB.
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// express.raw is imported by name: the lint's SQL rule (eslint.config.js) reads any `x.raw(…)` as knex's.
import { raw, Router } from 'express';
import { apiRouter } from '../api-router';
import { AppError, notFound } from '#core/errors';
import { UPLOAD_CONTENT_TYPES, UPLOAD_MAX_BYTES } from '#forms/upload-limits';
import { attachedInScope, findUpload, insertUpload, type UploadRow } from '#core/stores/uploads/upload-store';
import { requireUser, visibleEnterprises, visibleSubmissions } from '../access';
import type { SessionUser } from '../request-context';
import type { AppDeps } from '../app-deps';
import { auditRequest } from '../audit/audit-request';
import { accepts } from '../route-contract';

/** Accepted types (UPLOAD_CONTENT_TYPES) and the bytes each file of that type starts with. */
export const UPLOAD_TYPES: Record<string, number[]> = {
  'image/png': [0x89, 0x50, 0x4e, 0x47],
  'image/jpeg': [0xff, 0xd8, 0xff],
  'application/pdf': [0x25, 0x50, 0x44, 0x46],
};

const UPLOAD = { 'zh-CN': '文件', en: 'File' };
const badFileName = new AppError(400, 'bad_file_name', {
  'zh-CN': '文件名无效：X-File-Name 请求头须为 URL 编码（encodeURIComponent）的文件名',
  en: 'Invalid file name: the X-File-Name header must be a URL-encoded (encodeURIComponent) file name',
});

/** The file name the browser sent, URL-encoded in `x-file-name`, made safe to store and to offer back for download. */
function fileNameFrom(header: string | undefined): string {
  let name: string;
  try {
    name = decodeURIComponent(header ?? 'file');
  } catch {
    throw badFileName;
  }
  return name.replace(/[\\/\0\r\n]/g, '_').slice(0, 200) || 'file';
}

const badType = new AppError(415, 'unsupported_file', {
  'zh-CN': '只能上传 PNG、JPEG 图片或 PDF 文件',
  en: 'Only PNG or JPEG images and PDF files can be uploaded',
});

// A form post (multipart) is how many upload APIs take files; this one takes the bytes alone, and says so.
const multipartRefused = new AppError(415, 'multipart_not_accepted', {
  'zh-CN':
    '请以文件本身作为请求体上传：Content-Type 写文件类型（image/png、image/jpeg 或 application/pdf），文件名 URL 编码后放在 X-File-Name 请求头；不接受 multipart/form-data',
  en: 'Send the file itself as the body: its type as Content-Type (image/png, image/jpeg or application/pdf) and its URL-encoded name in the X-File-Name header; multipart/form-data is not accepted',
});

/** Routes under /api/uploads. */
export function uploadRoutes({ db, config }: AppDeps): Router {
  const router = apiRouter();
  const dir = join(config.dataDir, 'uploads');

  router.post(
    '/api/uploads',
    accepts({
      summary: 'Upload a file',
      describedBody: {
        mediaTypes: UPLOAD_CONTENT_TYPES,
        description:
          `The file's bytes as the body (not multipart/form-data), its type as Content-Type, its URL-encoded name in X-File-Name; ` +
          `checked by its first bytes too, at most ${UPLOAD_MAX_BYTES} bytes`,
      },
    }),
    raw({ type: () => true, limit: UPLOAD_MAX_BYTES }),
    async (req, res) => {
      const user = requireUser(req);
      const type = (req.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (type.startsWith('multipart/')) throw multipartRefused;
      const magic = UPLOAD_TYPES[type];
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (!magic || body.length < magic.length || magic.some((byte, i) => body[i] !== byte)) throw badType;
      const fileName = fileNameFrom(req.get('x-file-name'));
      const id = randomUUID();
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, id), body);
      const sha256 = createHash('sha256').update(body).digest('hex');
      await insertUpload(db, {
        id,
        userId: user.id,
        enterpriseId: user.enterpriseId,
        fileName,
        contentType: type,
        size: body.length,
        sha256,
        createdAt: new Date().toISOString(),
      });
      await auditRequest(db, req, 'upload.create', { type: 'upload', id }, { fileName, size: body.length, sha256 });
      res.status(201).json({ upload: { id, ref: `upload:${id}`, fileName, contentType: type, size: body.length, sha256 } });
    },
  );

  router.get('/api/uploads/:id', async (req, res) => {
    const user = requireUser(req);
    const id = String(req.params.id);
    if (!/^[0-9a-f-]{36}$/.test(id)) throw notFound(UPLOAD);
    const upload = await findUpload(db, id);
    if (!upload || (upload.userId !== user.id && !(await uploadInScope(db, user, upload)))) throw notFound(UPLOAD);
    res.set({
      'Content-Type': upload.contentType,
      'X-Content-Type-Options': 'nosniff',
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(upload.fileName)}`,
      'Cache-Control': 'private, no-store',
    });
    createReadStream(join(dir, id)).pipe(res);
  });

  return router;
}

/**
 * Whether an upload is within a user's scope. A file attached to a submission goes with it: whoever may read the
 * submission (may-read-submission.ts: its submitter — the uploader, served before this — and whoever's submission scope
 * holds it) may read the file. So a gate check's signature, uploaded by an officer who belongs to a site and not to an
 * enterprise, reaches the site's cadre, HQ and admins, and never the enterprise. Besides, a file of an enterprise (one
 * not attached yet, for a form still being filled in) is read by whoever sees that enterprise's records — not by gate
 * officers, whose enterprises are merely where their site is, nor by working-group members, who see the directory
 * city-wide but submissions only through their tasks.
 */
async function uploadInScope(db: AppDeps['db'], user: SessionUser, upload: UploadRow): Promise<boolean> {
  if (user.role !== 'gate' && user.role !== 'special_class') {
    const enterprises = await visibleEnterprises(db, user);
    if (enterprises === 'all' || (upload.enterpriseId !== null && enterprises.includes(upload.enterpriseId))) return true;
  }
  return attachedInScope(db, await visibleSubmissions(db, user), upload);
}
