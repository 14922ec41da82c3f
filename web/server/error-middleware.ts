// The single error handler: AppError → its status and code; body-parser errors → 400/413; anything else → 500.
import type { ErrorRequestHandler } from 'express';
import { AppError } from '../../core/errors';
import type { Logger } from '../../core/logger';

const BODY_ERRORS: Record<string, AppError> = {
  'entity.parse.failed': new AppError(400, 'bad_json', { 'zh-CN': '请求体不是有效的 JSON', en: 'The request body is not valid JSON' }),
  'entity.too.large': new AppError(413, 'too_large', { 'zh-CN': '请求体过大', en: 'The request body is too large' }),
};

/** Turns any thrown error into `{ error: { code, message, details } }` in the caller's language. */
export function errorMiddleware(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const known = error instanceof AppError ? error : BODY_ERRORS[(error as { type?: string }).type ?? ''];
    if (known) {
      res.status(known.statusCode).json({ error: { code: known.code, message: known.messageIn(req.locale ?? 'zh-CN'), details: known.details } });
      return;
    }
    logger.error({ err: error, requestId: req.requestId, path: req.path }, 'unhandled error');
    const message = req.locale === 'en' ? 'Something went wrong on our side; please try again.' : '服务器内部错误，请稍后重试。';
    res.status(500).json({ error: { code: 'internal', message, details: [] } });
  };
}
