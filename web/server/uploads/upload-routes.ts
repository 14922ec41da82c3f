// File fields: the browser uploads the file first and puts the returned reference in the form data.
// Only a few document types, checked from first byte to last against their declared type (whole-file.ts), up to 5 MB;
// and only as many as the account's quota allows (upload-quota.ts), reserved before the body is read and counted while
// it streams in.
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// express.raw is imported by name: the lint's SQL rule (eslint.config.js) reads any `x.raw(…)` as knex's.
import { raw, Router, type Request, type Response } from 'express';
import { apiRouter } from '../api-router';
import { BIDI_CONTROLS } from '#core/domain/direction-marks';
import { AppError, notFound } from '#core/errors';
import { UPLOAD_CONTENT_TYPES, UPLOAD_MAX_BYTES } from '#forms/upload-limits';
import { attachedInScope, findUpload, type UploadRow } from '#core/stores/uploads/upload-store';
import { completeUpload, releaseReservation, reserveUpload } from '#core/stores/uploads/upload-quota-store';
import { requireUser, visibleEnterprises, visibleSubmissions } from '../access';
import type { SessionUser } from '../request-context';
import type { AppDeps } from '../app-deps';
import { auditRequest } from '../audit/audit-request';
import { accepts } from '../route-contract';
import { quotaRefusal, UPLOAD_QUOTA } from './upload-quota';
import { createUploadSweeper } from './upload-sweep';
import { keptFile } from './whole-file';
import { openStoredFile, sendStoredFile } from './stored-file';

const UPLOAD = { 'zh-CN': '文件', en: 'File' };
const badFileName = new AppError(400, 'bad_file_name', {
  'zh-CN': '文件名无效：X-File-Name 请求头须为 URL 编码（encodeURIComponent）的文件名',
  en: 'Invalid file name: the X-File-Name header must be a URL-encoded (encodeURIComponent) file name',
});

// A character that reorders the text around it (right-to-left override, isolates, direction marks): in a name shown to
// cadres and HQ, "报价单\u202Efdp.png" reads as 报价单png.pdf. Shown as _ instead, so the name reads as it is.
/** The file name the browser sent, URL-encoded in `x-file-name`, made safe to store and to offer back for download. */
function fileNameFrom(header: string | undefined): string {
  let name: string;
  try {
    name = decodeURIComponent(header ?? 'file');
  } catch {
    throw badFileName;
  }
  return (
    name
      .replace(/[\\/\0\r\n]/g, '_')
      .replace(BIDI_CONTROLS, '_')
      .slice(0, 200) || 'file'
  );
}

const badType = new AppError(415, 'unsupported_file', {
  'zh-CN': '只能上传 PNG、JPEG 图片或 PDF 文件',
  en: 'Only PNG or JPEG images and PDF files can be uploaded',
});

const TYPE_NAMES: Record<string, { 'zh-CN': string; en: string }> = {
  'image/png': { 'zh-CN': 'PNG 图片', en: 'PNG image' },
  'image/jpeg': { 'zh-CN': 'JPEG 图片', en: 'JPEG image' },
  'application/pdf': { 'zh-CN': 'PDF 文件', en: 'PDF file' },
};

/** The file is not wholly the type it claims: damaged, cut off, or (PNG, PDF) with something else after its end. */
function notWhole(type: string): AppError {
  const name = TYPE_NAMES[type]!;
  return new AppError(415, 'file_not_whole', {
    'zh-CN': `这个文件不是完整的${name['zh-CN']}：可能已损坏、未传完整，或在图片/文档之后附带了其他内容。请用相册或阅读器打开后重新导出（另存为）再上传。`,
    en: `This file is not a whole ${name.en}: it may be damaged or cut off, or carry something else after the picture or document. Open it in a photo viewer or PDF reader, export (save as) a new copy and upload that.`,
  });
}

// A form post (multipart) is how many upload APIs take files; this one takes the bytes alone, and says so.
const multipartRefused = new AppError(415, 'multipart_not_accepted', {
  'zh-CN':
    '请以文件本身作为请求体上传：Content-Type 写文件类型（image/png、image/jpeg 或 application/pdf），文件名 URL 编码后放在 X-File-Name 请求头；不接受 multipart/form-data',
  en: 'Send the file itself as the body: its type as Content-Type (image/png, image/jpeg or application/pdf) and its URL-encoded name in the X-File-Name header; multipart/form-data is not accepted',
});

const tooLarge = new AppError(413, 'too_large', {
  'zh-CN': `文件过大：最大 ${UPLOAD_MAX_BYTES / 1024 / 1024} MB`,
  en: `The file is too large: at most ${UPLOAD_MAX_BYTES / 1024 / 1024} MB`,
});

/** The body's length as the caller declares it (Content-Length), or undefined for a chunked body. */
function declaredLength(req: Request): number | undefined {
  const header = req.get('content-length');
  if (header === undefined) return undefined;
  const length = Number(header);
  if (length > UPLOAD_MAX_BYTES) throw tooLarge;
  return length;
}

/** Reads the body, refusing it (413) as soon as more than `limit` bytes have arrived, whatever its Content-Length said. */
function readBody(req: Request, res: Response, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    raw({ type: () => true, limit })(req, res, (error?: unknown) =>
      error ? reject(error as Error) : resolve(Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0)),
    );
  });
}

/** Reads the reserved upload's body, checks it is wholly of its type, and writes its file and row (audited) in its reservation's
 * place; the caller removes the file and the reservation when this throws. */
async function receive(
  { db, dir }: { db: AppDeps['db']; dir: string },
  req: Request,
  res: Response,
  { upload, limit }: { upload: Omit<UploadRow, 'size' | 'sha256'>; limit: number },
): Promise<UploadRow> {
  const body = keptFile(upload.contentType, await readBody(req, res, limit));
  if (!body) throw notWhole(upload.contentType);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, upload.id), body);
  const stored: UploadRow = { ...upload, size: body.length, sha256: createHash('sha256').update(body).digest('hex') };
  const { fileName, size, sha256 } = stored;
  await db.transaction(async (trx) => {
    await completeUpload(trx, stored);
    await auditRequest(trx, req, 'upload.create', { type: 'upload', id: upload.id }, { fileName, size, sha256 });
  });
  return stored;
}

/** Routes under /api/uploads. */
export function uploadRoutes({ db, config, logger, now = () => new Date() }: AppDeps): Router {
  const router = apiRouter();
  const dir = join(config.dataDir, 'uploads');
  const sweeper = createUploadSweeper({ db, dir, now, logger });

  router.post(
    '/api/uploads',
    accepts({
      summary: 'Upload a file',
      describedBody: {
        mediaTypes: UPLOAD_CONTENT_TYPES,
        description:
          `The file's bytes as the body (not multipart/form-data), its type as Content-Type, its URL-encoded name in X-File-Name; ` +
          `checked from first byte to last against that type (415 file_not_whole), at most ${UPLOAD_MAX_BYTES} bytes; 429 when the account holds ` +
          `${UPLOAD_QUOTA.unattachedFiles} files no draft, form or answer to a return uses yet (too_many_unattached_uploads) or has uploaded ` +
          `${UPLOAD_QUOTA.bytesPerWindow / 1024 / 1024} MB in 24 hours (upload_budget_spent, with Retry-After)`,
      },
      alsoRefuses: [429],
    }),
    async (req, res) => {
      const user = requireUser(req);
      const type = (req.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (type.startsWith('multipart/')) throw multipartRefused;
      if (!(UPLOAD_CONTENT_TYPES as readonly string[]).includes(type)) throw badType;
      const fileName = fileNameFrom(req.get('x-file-name'));
      // A chunked body may be as large as any file: room for the largest is reserved, and the count cuts it off there.
      const bytes = declaredLength(req) ?? UPLOAD_MAX_BYTES;
      sweeper.sweepIfDue();
      const id = randomUUID();
      const at = now();
      const refusal = await reserveUpload(db, { id, userId: user.id, bytes, at }, UPLOAD_QUOTA);
      if (refusal) {
        const { error, retryAfter } = quotaRefusal(refusal, UPLOAD_QUOTA, at);
        if (retryAfter) res.set('Retry-After', String(retryAfter));
        throw error;
      }
      const upload = { id, userId: user.id, enterpriseId: user.enterpriseId, fileName, contentType: type, createdAt: at.toISOString() };
      let stored: UploadRow | undefined;
      try {
        stored = await receive({ db, dir }, req, res, { upload, limit: bytes });
      } finally {
        if (!stored) {
          rmSync(join(dir, id), { force: true });
          await releaseReservation(db, id);
        }
      }
      const { size, sha256 } = stored;
      res.status(201).json({ upload: { id, ref: `upload:${id}`, fileName, contentType: type, size, sha256 } });
    },
  );

  router.get('/api/uploads/:id', async (req, res) => {
    const user = requireUser(req);
    const id = String(req.params.id);
    if (!/^[0-9a-f-]{36}$/.test(id)) throw notFound(UPLOAD);
    const upload = await findUpload(db, id);
    if (!upload || (upload.userId !== user.id && !(await uploadInScope(db, user, upload)))) throw notFound(UPLOAD);
    const file = await openStoredFile(dir, id, UPLOAD);
    res.set({
      'Content-Type': upload.contentType,
      'X-Content-Type-Options': 'nosniff',
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(upload.fileName)}`,
      'Cache-Control': 'private, no-store',
    });
    sendStoredFile(file, res);
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
