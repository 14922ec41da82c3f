// The same-run baseline of `bench:pages`: the smallest honest page that does what an enterprise's form page does —
// Vite + React + @rjsf/core with @rjsf/validator-ajv8 rendering the shipped daily-report schema, nothing else (no
// i18n, no API, no router) — built into a temporary folder and served from loopback by a bare static server that
// gzips (once per file) and caches as a careful deployment would.
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

const MAIN = `import { createRoot } from 'react-dom/client';
import Form from '@rjsf/core';
import validator from '@rjsf/validator-ajv8';
import definition from './daily-report.json';

createRoot(document.getElementById('root')!).render(
  <Form schema={definition.schema} uiSchema={definition.uiSchema} validator={validator} />,
);
`;

const INDEX = `<!doctype html>
<html lang="zh-CN">
  <head><meta charset="UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>minimal</title></head>
  <body><div id="root"></div><script type="module" src="/main.tsx"></script></body>
</html>
`;

/** A built minimal page and the loopback server that serves it. */
export interface BaselinePage {
  url: string;
  stop(): Promise<void>;
}

/** Builds the minimal one-form page with Vite into a temporary folder and serves it on a free loopback port. */
export async function startBaselinePage(): Promise<BaselinePage> {
  const dir = mkdtempSync(join(tmpdir(), 'fugong-bench-minimal-page-'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'index.html'), INDEX);
  writeFileSync(join(dir, 'main.tsx'), MAIN);
  writeFileSync(join(dir, 'daily-report.json'), readFileSync(join(root, 'forms/definitions/daily-report.json')));
  const outDir = join(dir, 'dist');
  await build({ root: dir, configFile: false, logLevel: 'silent', plugins: [react()], build: { outDir, emptyOutDir: true } });
  const server = serveStatic(outDir);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function serveStatic(dir: string): Server {
  const gzipped = new Map<string, Buffer>();
  return createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(dir, path === '/' ? 'index.html' : path);
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      res.writeHead(404).end();
      return;
    }
    const headers: Record<string, string> = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      vary: 'accept-encoding',
    };
    if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      if (!gzipped.has(file)) gzipped.set(file, gzipSync(body));
      body = gzipped.get(file)!;
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(200, { ...headers, 'content-length': String(body.length) }).end(body);
  });
}
