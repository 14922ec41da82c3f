// Where a state-changing request comes from, as the browser tells it: the Origin header and Sec-Fetch-Site.
import type { Request } from 'express';
import { AppError } from '#core/errors';

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];

/** Refusal for an unsafe request sent by a page of another origin or site. */
export const foreignOrigin = new AppError(403, 'foreign_origin', {
  'zh-CN': '请求来自其他网站，已拒绝。请直接在复工系统的页面上操作（如地址不符，请管理员核对 PUBLIC_URL 设置）',
  en: 'The request came from another website and was refused. Use Fugong’s own pages (if the address differs, ask an administrator to check PUBLIC_URL)',
});

/** The origins whose pages may change state: the public URL's, and its loopback twins when it is a local address. */
export function trustedOrigins(publicUrl: string): Set<string> {
  const url = new URL(publicUrl);
  const origins = new Set([url.origin]);
  // `npm start` announces http://localhost:PORT, but people (and the browser tests) also open 127.0.0.1: the same machine.
  if (LOOPBACK.includes(url.hostname))
    for (const host of LOOPBACK) origins.add(`${url.protocol}//${host}${url.port ? `:${url.port}` : ''}`);
  return origins;
}

/** True when the browser says the request is not from one of our own pages. Without either header (curl, scripts) it is
 * not foreign: such callers carry no ambient cookies of a victim, and the CSRF token still has to match. */
export function isForeign(req: Request, trusted: Set<string>): boolean {
  const site = req.get('sec-fetch-site');
  if (site === 'cross-site' || site === 'same-site') return true;
  const origin = req.get('origin');
  return origin !== undefined && !trusted.has(origin);
}

/** Refuses a read that writes to the audit log (an audited export) when the browser says a page of another site sent
 * it there. The session cookie goes along with a link followed from anywhere (SameSite=Lax), so such a link would have
 * the signed-in user take the export and put the other site's words in the audit log under their name. Our own pages'
 * links, a bookmark or a typed address (Sec-Fetch-Site: same-origin or none) and scripts (no such header) pass. */
export function refuseForeignAuditedRead(req: Request, publicUrl: string): void {
  if (isForeign(req, trustedOrigins(publicUrl))) throw foreignOrigin;
}
