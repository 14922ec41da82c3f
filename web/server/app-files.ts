// How the built React app (web/app/dist) reaches the browser cheaply. Hashed files under /assets never change under
// their name: they are cached for a year as immutable and sent as the brotli or gzip copy written at build time
// (web/app/vite.config.ts), so a 2-core server spends no CPU compressing them and a returning visitor asks for none.
// index.html names the current hashes, so it is revalidated on every load (no-cache, answered 304 when unchanged).
// JSON and HTML made per request are compressed on the fly by the `compression` middleware.
import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import compression from 'compression';
import express, { Router, type RequestHandler } from 'express';
import { AppError } from '#core/errors';

/** Cache-Control of a file whose name carries a hash of its content. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Cache-Control of index.html and every other unhashed file: always revalidate. */
export const REVALIDATE = 'no-cache';

const TEXT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
};

// The build's copies, best first; each is used only when the browser accepts that encoding.
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

const noAsset = new AppError(404, 'no_asset', {
  'zh-CN': '没有这个文件（页面可能已更新，请刷新）',
  en: 'No such file (the app may have been updated; reload the page)',
});

/** Serves `/assets` from `dir`: immutable caching, the precompressed copy the browser accepts, 404 for a missing file. */
export function hashedAssets(dir: string): Router {
  const router = Router();
  router.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.includes('..') || !TEXT_TYPES[extname(req.path)]) return next();
    const accepted = req.acceptsEncodings(...ENCODINGS.map((encoding) => encoding.name), 'identity');
    const encoding = ENCODINGS.find((candidate) => candidate.name === accepted);
    res.vary('Accept-Encoding');
    if (encoding && existsSync(join(dir, req.path + encoding.suffix))) {
      res.set('Content-Type', TEXT_TYPES[extname(req.path)]);
      res.set('Content-Encoding', encoding.name);
      req.url = req.path + encoding.suffix;
    }
    next();
  });
  router.use(
    express.static(dir, {
      index: false,
      dotfiles: 'ignore',
      cacheControl: false,
      setHeaders: (res) => res.set('Cache-Control', IMMUTABLE),
    }),
  );
  // A chunk of an older build that a still-open tab asks for: a clear 404, never index.html under a script's name.
  router.use((_req, _res, next) => next(noAsset));
  return router;
}

/**
 * Compresses answers made per request (JSON, index.html) when the browser accepts it, brotli first. Not the session
 * answers: they carry the CSRF token, and a compressed secret beside reflected input is what BREACH reads.
 */
export function dynamicCompression(): RequestHandler {
  return compression({
    threshold: 1024,
    filter: (req, res) => !/^\/api\/session(\/|$)/.test(req.path) && compression.filter(req, res),
  });
}

// The app routes by the part after `#` (web/app/src/routing), and every link it or a message makes is `<PUBLIC_URL>/#/…`,
// so `/` is its one page. Any other path is a 404: answered with index.html, a probe at a guessed path (`/health`,
// `/readyz`) or a mistyped link would read as a working page.
const PAGES = new Set(['/', '/index.html']);

const NOT_FOUND_PAGE = `<!doctype html>
<html lang="zh-CN">
  <head><meta charset="UTF-8" /><title>404 · 复工 Fugong</title></head>
  <body>
    <h1>404</h1>
    <p>没有这个页面。请从<a href="/">首页</a>打开。</p>
    <p lang="en">No such page. Open the <a href="/">home page</a> instead.</p>
  </body>
</html>
`;

/** The app's other files (no-cache), index.html at `/` and `/index.html`, and a plain 404 page for every other GET path. */
export function appShell(dir: string): Router {
  const router = Router();
  router.use(express.static(dir, { index: false, cacheControl: false, setHeaders: (res) => res.set('Cache-Control', REVALIDATE) }));
  router.get('/{*path}', (req, res) => {
    if (!PAGES.has(req.path)) {
      res.status(404).type('html').set('Cache-Control', REVALIDATE).send(NOT_FOUND_PAGE);
      return;
    }
    const index = join(dir, 'index.html');
    if (existsSync(index)) res.set('Cache-Control', REVALIDATE).sendFile(index, { cacheControl: false });
    else
      res
        .status(503)
        .type('text/plain')
        .send('The web app is not built yet: run `npm run build:web`.\n前端尚未构建：请运行 npm run build:web');
  });
  return router;
}
