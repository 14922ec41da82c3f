// A JSON body nested thousands of levels deep parses fine, then overflows the stack of whatever walks it recursively
// (the embedded-file scan of a draft answered 500 "Maximum call stack size exceeded"). No form of ours nests more than a
// few levels (sections, repeating groups, a group inside one), so a body deeper than MAX_DEPTH is refused up front.
import type { NextFunction, Request, Response } from 'express';
import { AppError } from '#core/errors';

/** The deepest nesting of objects and arrays a request body may have. */
export const MAX_DEPTH = 32;

const TOO_DEEP = new AppError(400, 'too_deep', {
  'zh-CN': `请求内容嵌套层级过深（最多 ${MAX_DEPTH} 层）`,
  en: `The request body is nested too deeply (at most ${MAX_DEPTH} levels)`,
});

/** Whether `value` nests objects/arrays deeper than `limit` levels; iterative, so the check cannot overflow itself. */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > limit) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}

/** Refuses (400 `too_deep`) a parsed JSON body nested deeper than MAX_DEPTH. */
export function refuseDeepBodies(req: Request, _res: Response, next: NextFunction): void {
  next(nestedDeeperThan(req.body, MAX_DEPTH) ? TOO_DEEP : undefined);
}
