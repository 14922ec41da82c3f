// A NUL byte reaches PostgreSQL as a 500 ("invalid byte sequence for encoding UTF8: 0x00", the SQL in the error log),
// so anyone signed in could flood the error alerts with `GET /api/submissions/%00`. No id, query or field of ours holds
// a C0 control character, save the tab and line breaks a text field may hold: such a request is refused here, once, for
// every route, with the parameter or field named — not left to each route or to the database.
/* eslint-disable no-control-regex -- finding control characters is what this file is for */
import type { NextFunction, Request, Response } from 'express';
import { stripDirectionMarks, withoutDirectionMarks } from '#core/domain/direction-marks';
import { AppError, type ErrorDetail } from '#core/errors';

/** Any C0 control character (NUL included). */
const ANY_CONTROL = /[\u0000-\u001f]/;
/** A C0 control character other than tab, line feed and carriage return, which text (a textarea's lines) may hold. */
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

const refused = (details: ErrorDetail[]) =>
  new AppError(
    400,
    'control_character',
    {
      'zh-CN': `请求中含有不允许的控制字符（如 NUL）：${details.map((detail) => detail.path).join('、')}`,
      en: `The request holds a control character (such as NUL) that is not allowed: ${details.map((detail) => detail.path).join(', ')}`,
    },
    details,
  );

// The key as a pointer segment, with its control characters written out (`\u0000`) so the message shows them.
const escapePointer = (key: string) =>
  key
    .replaceAll('~', '~0')
    .replaceAll('/', '~1')
    .replace(/[\u0000-\u001f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The JSON-pointer paths (`/a/0/b`) of the strings and keys in `value` that `pattern` finds; iterative, like the
 * depth check, and stopping at `limit` paths. */
export function controlCharacterPaths(value: unknown, pattern: RegExp = CONTROL_IN_TEXT, limit = 10): string[] {
  const found: string[] = [];
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length && found.length < limit) {
    const [node, path] = stack.pop()!;
    if (typeof node === 'string') {
      if (pattern.test(node)) found.push(path || '/');
      continue;
    }
    if (typeof node !== 'object' || node === null) continue;
    for (const [key, child] of Object.entries(node)) {
      const childPath = `${path}/${escapePointer(key)}`;
      if (pattern.test(key)) found.push(childPath);
      else stack.push([child, childPath]);
    }
  }
  return found.sort();
}

/** The decoded path segments holding a control character, as `path[n]` (n counting from 1 after the host). */
function pathSegments(path: string): string[] {
  return path
    .split('/')
    .slice(1)
    .flatMap((segment, index) => {
      let decoded: string;
      try {
        decoded = decodeURIComponent(segment);
      } catch {
        return []; // an undecodable escape is the router's 400, not ours
      }
      return ANY_CONTROL.test(decoded) ? [`path[${index + 1}]`] : [];
    });
}

/** Refuses (400 `control_character`) a path segment with any C0 control character, or a query parameter whose name or
 * value holds one other than tab and line breaks; the details name each (`path[3]`, `?q`). */
export function refuseControlCharactersInUrl(req: Request, _res: Response, next: NextFunction): void {
  const inQuery = controlCharacterPaths(req.query).map((pointer) => `?${pointer.slice(1).split('/')[0]}`);
  const paths = [...pathSegments(req.path), ...new Set(inQuery)];
  const message = req.locale === 'en' ? 'control character not allowed' : '不允许的控制字符';
  next(paths.length ? refused(paths.map((path) => ({ path, message }))) : undefined);
}

/** Refuses (400 `control_character`) a parsed JSON body with a control character other than tab and line breaks in
 * any key or string; the details give each field's JSON pointer. */
export function refuseControlCharactersInBody(req: Request, _res: Response, next: NextFunction): void {
  const paths = controlCharacterPaths(req.body);
  const message = req.locale === 'en' ? 'control character not allowed' : '不允许的控制字符';
  next(paths.length ? refused(paths.map((path) => ({ path, message }))) : undefined);
}

// A password is compared with the hash of what was set, perhaps before marks were stripped: it is kept as typed.
const isPassword = (key: string) => /password/i.test(key);

/** Strips direction marks and zero-width no-break spaces (core/domain/direction-marks.ts) from every string of a parsed
 * JSON body but a password, before any route validates or stores it: a mobile number pasted from Excel or WeChat
 * desktop then passes its check, and a name is kept as it reads. */
export function stripDirectionMarksInBody(req: Request, _res: Response, next: NextFunction): void {
  if (typeof req.body === 'object' && req.body !== null) req.body = withoutDirectionMarks(req.body, isPassword);
  next();
}

/** Strips direction marks and zero-width no-break spaces from every segment of the URL's path before any router matches
 * it, so each route's path parameters (`req.params`) arrive without them: a resident ID pasted from Excel into
 * `/api/gate/workers/:residentId` finds the worker. Only a segment that held one is written anew; the query string is
 * left to the route contract (route-contract.ts), and `req.originalUrl` keeps what was asked for. */
export function stripDirectionMarksInPath(req: Request, _res: Response, next: NextFunction): void {
  const queryAt = req.url.indexOf('?');
  const path = queryAt < 0 ? req.url : req.url.slice(0, queryAt);
  // A mark is never ASCII: a path of plain ASCII without an escape (nearly every request) has none.
  if (!/[%\u0080-\uffff]/.test(path)) return next();
  const stripped = path
    .split('/')
    .map((segment) => {
      let decoded: string;
      try {
        decoded = decodeURIComponent(segment);
      } catch {
        return segment; // an undecodable escape is the router's 400, not ours
      }
      const clean = stripDirectionMarks(decoded);
      return clean === decoded ? segment : encodeURIComponent(clean);
    })
    .join('/');
  if (stripped !== path) req.url = stripped + (queryAt < 0 ? '' : req.url.slice(queryAt));
  next();
}
