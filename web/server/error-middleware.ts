// The single error handler: AppError → its status and code; body-parser errors → 400/413; a busy database or an
// unreachable Temporal or app DB → 503; a full disk → 507; anything else → 500.
import type { ErrorRequestHandler } from 'express';
import { AppError } from '#core/errors';
import type { Logger } from '#core/logger';
import { maskIdLike } from '#core/log-redaction';
import { databaseUnavailable } from '#core/database-unavailable';

const BODY_ERRORS: Record<string, AppError> = {
  'entity.parse.failed': new AppError(400, 'bad_json', { 'zh-CN': '请求体不是有效的 JSON', en: 'The request body is not valid JSON' }),
  'entity.too.large': new AppError(413, 'too_large', { 'zh-CN': '请求体过大', en: 'The request body is too large' }),
};
// Other client errors raised by body-parser and the router (unsupported charset or content encoding, a corrupt
// compressed body, an undecodable %-escape in the path) carry a 4xx `status`: answer them as such, never as a 500.
const UNSUPPORTED = {
  'zh-CN': '请求体的编码或字符集不受支持，请使用 UTF-8 JSON',
  en: 'The request body uses an unsupported encoding or character set; send UTF-8 JSON',
};
const MALFORMED = { 'zh-CN': '请求格式有误（路径或请求体无法解析）', en: 'The request is malformed (its path or body cannot be decoded)' };

// A database too busy to answer in time (SQLite's busy timeout, or no pooled connection free) is a moment's
// overload: answer 503 with Retry-After, which clients may retry, rather than an opaque 500.
const busy = new AppError(503, 'busy', { 'zh-CN': '系统繁忙，请稍后重试', en: 'The system is busy; please try again in a moment' });

function busyDatabase(error: unknown): AppError | undefined {
  const { code, name } = error as { code?: unknown; name?: unknown };
  return code === 'SQLITE_BUSY' || name === 'KnexTimeoutError' ? busy : undefined;
}

// Temporal not answering (restarting, or the network to it cut): its client gives up after its own retries with a
// ServiceError whose cause is gRPC UNAVAILABLE (14) or DEADLINE_EXCEEDED (4). A moment's outage like a busy database:
// 503 with Retry-After. A submission's row is kept meanwhile, and sending it again with its id starts its case once.
const temporalDown = new AppError(503, 'temporal_unavailable', {
  'zh-CN': '流程服务暂时无法连接，请稍后重试',
  en: 'The workflow service cannot be reached right now; please try again in a minute',
});

function temporalUnavailable(error: unknown): AppError | undefined {
  if ((error as { name?: unknown }).name !== 'ServiceError') return undefined;
  const code = ((error as { cause?: { code?: unknown } }).cause ?? {}).code;
  return code === 14 || code === 4 ? temporalDown : undefined;
}

// A full disk (DATA_DIR's uploads, SQLite's file, PostgreSQL's data) is no bug and no client's fault, and retrying at
// once will not help: 507 with words that say so, and an error line that names where to look, not a 500 "internal".
const storageFull = new AppError(507, 'storage_full', {
  'zh-CN': '服务器存储空间已满，暂时无法保存，请稍后重试',
  en: 'The server is out of storage space and cannot save this now; please try again later',
});
const FULL_CODES = new Set(['ENOSPC', 'EDQUOT', 'SQLITE_FULL', '53100']);

function fullStorage(error: unknown): AppError | undefined {
  return FULL_CODES.has(String((error as { code?: unknown }).code)) ? storageFull : undefined;
}

// The app DB not answering (restarting, failed over, the network to it cut): a moment's outage like Temporal's, not a
// bug. 503 with Retry-After, and an error line naming DATABASE_URL instead of "unhandled error" on every request.
const databaseDown = new AppError(503, 'database_unavailable', {
  'zh-CN': '数据库暂时无法连接，请稍后重试',
  en: 'The database cannot be reached right now; please try again in a minute',
});

function clientError(error: unknown): AppError | undefined {
  const status = (error as { status?: unknown }).status;
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 400 || status > 499) return undefined;
  return status === 415 ? new AppError(415, 'unsupported_encoding', UNSUPPORTED) : new AppError(status, 'bad_request', MALFORMED);
}

/** Turns any thrown error into `{ error: { code, message, details } }` in the caller's language. */
export function errorMiddleware(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const known =
      error instanceof AppError
        ? error
        : (BODY_ERRORS[(error as { type?: string }).type ?? ''] ??
          clientError(error) ??
          busyDatabase(error) ??
          temporalUnavailable(error) ??
          fullStorage(error) ??
          (databaseUnavailable(error) ? databaseDown : undefined));
    if (known) {
      if (known === busy) {
        logger.warn({ err: error, requestId: req.requestId, path: maskIdLike(req.path) }, 'database busy');
        res.set('retry-after', '5');
      }
      if (known === temporalDown) {
        logger.error({ err: error, requestId: req.requestId, path: maskIdLike(req.path) }, 'Temporal unavailable (TEMPORAL_ADDRESS)');
        res.set('retry-after', '30');
      }
      if (known === databaseDown) {
        logger.error({ err: error, requestId: req.requestId, path: maskIdLike(req.path) }, 'app database unavailable (DATABASE_URL)');
        res.set('retry-after', '10');
      }
      if (known === storageFull)
        logger.error(
          { err: error, requestId: req.requestId, path: maskIdLike(req.path) },
          "storage full: free space on DATA_DIR's disk (uploads, the SQLite file) or the database server's",
        );
      res
        .status(known.statusCode)
        .json({ error: { code: known.code, message: known.messageIn(req.locale ?? 'zh-CN'), details: known.details } });
      return;
    }
    logger.error({ err: error, requestId: req.requestId, path: maskIdLike(req.path) }, 'unhandled error');
    const message = req.locale === 'en' ? 'Something went wrong on our side; please try again.' : '服务器内部错误，请稍后重试。';
    res.status(500).json({ error: { code: 'internal', message, details: [] } });
  };
}
