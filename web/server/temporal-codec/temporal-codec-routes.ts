// The remote codec the Temporal UI (and `temporal --codec-endpoint`) calls to show sealed payloads: POST
// /api/temporal-codec/decode, for admins only, audited. There is no /encode: a sealed payload is how a workflow knows a
// decision came through Fugong (workflows/sealed-input.ts), so an endpoint that sealed whatever an admin sent would let
// anyone with an admin session and a line to Temporal decide any task in any cadre's or HQ member's name, audited only
// as a codec call. Reading payloads needs decode alone; the UI's write actions are not a way into Fugong's processes.
// Resident IDs and mobiles in what it decodes are masked. Mounted before the session middleware: the UI sends no CSRF
// token, so this router resolves the session itself and stands on other defences instead — it changes no state but
// the audit log, it accepts only application/json (which forces a CORS preflight), and it answers cross-origin calls
// for the configured Temporal UI origin alone. The session cookie is SameSite=Lax and stays so: the
// UI must be served from Fugong's own site (a subdomain, same scheme) for the browser to send it (same-site.ts).
import express, { type Request, type Response, type Router } from 'express';
import { parseCookie } from 'cookie';
import type { Payload } from '@temporalio/common';
import { ENCRYPTED_ENCODING } from '#core/codec/aes-gcm-codec';
import { AppError } from '#core/errors';
import { SEALED_MARK } from '#core/domain/sealed-mark';
import { maskNumbersInText } from '#core/privacy/mask';
import type { AppDeps } from '../app-deps';
import { requireRole } from '../access';
import { auditRequest } from '../audit/audit-request';
import { apiRouter } from '../api-router';
import { cookieNames } from '../session/cookie-names';
import { findSession } from '#core/stores/session-store';
import { payloadsFromWire, payloadsToWire } from './codec-wire';
import { accepts, describedBodyOf } from '../route-contract';
import { sameSite } from './same-site';

const PATH = '/api/temporal-codec/decode';
const foreignOrigin = new AppError(403, 'foreign_origin', {
  'zh-CN': '此来源不能调用 Temporal 编解码接口',
  en: 'This origin may not call the Temporal codec endpoint',
});
const notJson = new AppError(415, 'json_only', { 'zh-CN': '请以 application/json 发送', en: 'Send application/json' });
const otherNamespace = new AppError(403, 'other_namespace', {
  'zh-CN': '此编解码接口只服务本系统的命名空间',
  en: 'This codec serves only the namespace Fugong runs in',
});

/** 401 for a call from the UI that came without the session cookie: say why, since the browser shows nothing. */
const noCookieFromUi = (uiOrigin: string, publicUrl: string) =>
  new AppError(401, 'codec_no_session', {
    'zh-CN': `请求未带登录会话：请先以管理员身份登录 ${publicUrl}；Temporal UI（${uiOrigin}）须与本系统同站（同一协议、同一注册域名，例如其子域名），浏览器才会随请求发送会话 Cookie`,
    en: `The call came without a session: sign in to ${publicUrl} as an admin first; the Temporal UI (${uiOrigin}) must be on the same site as Fugong (same scheme and registrable domain, a subdomain for example) for the browser to send the session cookie`,
  });

/** Routes under /api/temporal-codec. */
export function temporalCodecRoutes({ config, db, temporal, logger }: AppDeps, now: () => Date): Router {
  const router = apiRouter();
  const sessionCookie = cookieNames(config.publicUrl.startsWith('https://')).session;
  const ownOrigin = new URL(config.publicUrl).origin;
  const uiOrigin = config.temporal.uiOrigin;
  if (uiOrigin && !sameSite(uiOrigin, ownOrigin))
    logger.warn(
      { temporalUiOrigin: uiOrigin, publicUrl: ownOrigin },
      'TEMPORAL_UI_ORIGIN is another site than PUBLIC_URL: browsers keep the SameSite=Lax session cookie from its codec calls, so payloads will not decode; serve the UI on a subdomain of PUBLIC_URL with the same scheme (deploy/README.md)',
    );

  // CORS for the Temporal UI's origin only, with credentials, so an admin's session cookie comes along.
  const allowOrigin = (req: Request, res: Response): void => {
    res.vary('Origin');
    const origin = req.get('origin');
    if (!origin || origin === ownOrigin) return;
    if (origin !== config.temporal.uiOrigin) throw foreignOrigin;
    res.set({ 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true' });
  };

  // The preflight is answered here (a middleware, not a route: the routes of the app are POST only).
  router.use(PATH, (req, res, next) => {
    if (req.method !== 'OPTIONS') return next();
    allowOrigin(req, res);
    res.set({
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': 'content-type, x-namespace, authorization',
      'access-control-max-age': '600',
    });
    res.status(204).end();
  });

  router.post(
    PATH,
    accepts({
      summary: "Decode Temporal payloads (the Temporal UI's codec server)",
      describedBody: {
        mediaTypes: ['application/json'],
        // Temporal's remote codec protocol, not ours: a field a later Temporal UI sends beside `payloads` is let through,
        // not refused, so an upgrade of the UI cannot break decoding.
        schema: { type: 'object', required: ['payloads'], properties: { payloads: { type: 'array', items: { type: 'object' } } } },
        description: 'For admins, from the Temporal UI origin: the session cookie without a CSRF token',
      },
    }),
    // Who calls is settled before the body is read: its 8 MB parser (32 times the app's) ran for anyone, and a few
    // anonymous bodies nested millions deep held the process for seconds on JSON.parse before the 401.
    async (req, res, next) => {
      allowOrigin(req, res);
      if (!req.is('application/json')) throw notJson;
      const token = parseCookie(req.headers.cookie ?? '')[sessionCookie];
      if (!token && uiOrigin && req.get('origin') === uiOrigin) throw noCookieFromUi(uiOrigin, ownOrigin);
      const session = token ? await findSession(db, token, now()) : undefined;
      // An admin who still owes a password change reads nothing here either (the app's gate does not run before this).
      if (session && !session.user.mustChangePassword) req.user = session.user;
      requireRole(req, ['admin']);
      const namespace = req.get('x-namespace') ?? config.temporal.namespace;
      if (namespace !== config.temporal.namespace) throw otherNamespace;
      next();
    },
    express.json({ limit: '8mb', type: () => true }),
    async (req, res) => {
      const payloads = payloadsFromWire(describedBodyOf<unknown>(req));
      const namespace = config.temporal.namespace;
      const codecs = temporal.options.loadedDataConverter.payloadCodecs;
      let out = payloads;
      for (const codec of [...codecs].reverse()) out = await codec.decode(out);
      // What no key opens goes back as it came (still sealed) rather than as the null a workflow would see.
      out = out.map((payload, i) => (payload.metadata?.[SEALED_MARK] || isPlain(payloads[i]!) ? masked(payload) : payloads[i]!));
      await auditRequest(db, req, 'temporal.codec.decode', { type: 'temporal_namespace', id: namespace }, { payloads: payloads.length });
      res.json(payloadsToWire(out));
    },
  );
  return router;
}

/** A decoded JSON payload as the UI shows it: resident IDs and mobiles in its strings masked. A gate check's or a
 * report's input carries them in full, and an admin reads them in full only through the form export, with a reason. */
function masked(payload: Payload): Payload {
  if (!payload.data || Buffer.from(payload.metadata?.encoding ?? new Uint8Array()).toString() !== 'json/plain') return payload;
  const text = Buffer.from(payload.data).toString('utf8');
  let shown: string;
  try {
    shown = JSON.stringify(maskedStrings(JSON.parse(text)));
  } catch {
    shown = maskNumbersInText(text);
  }
  return { ...payload, data: Buffer.from(shown) };
}

function maskedStrings(value: unknown): unknown {
  if (typeof value === 'string') return maskNumbersInText(value);
  if (Array.isArray(value)) return value.map(maskedStrings);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskedStrings(v)]));
  return value;
}

function isPlain(payload: Payload): boolean {
  return Buffer.from(payload.metadata?.encoding ?? new Uint8Array()).toString() !== ENCRYPTED_ENCODING;
}
