// How the built app is served (web/server/app-files.ts): hashed assets cached for a year as immutable and sent as the
// build's brotli or gzip copy, index.html always revalidated and only at `/`, JSON compressed when the browser asks,
// never the session.
// Needs `npm run build:web` (the pretest script runs it).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { HttpSession } from '#scripts/kit/http-session';

const DIST = fileURLToPath(new URL('../../web/app/dist/', import.meta.url));
const manifest = JSON.parse(readFileSync(`${DIST}.vite/manifest.json`, 'utf8')) as Record<string, { file: string; isEntry?: boolean }>;
const entry = Object.values(manifest).find((chunk) => chunk.isEntry)!.file;
const entryBytes = readFileSync(`${DIST}${entry}`);

describe('serving the built app', () => {
  let app: BareApp;
  beforeAll(async () => {
    app = await startBareApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it.each([
    ['brotli', 'br, gzip', (bytes: Buffer) => brotliDecompressSync(bytes)],
    ['gzip', 'gzip', (bytes: Buffer) => gunzipSync(bytes)],
    ['nothing', 'identity', (bytes: Buffer) => bytes],
  ])('sends a hashed script compressed with %s when the browser accepts it, cached as immutable', async (_name, accept, decode) => {
    const response = await fetch(`${app.baseUrl}/${entry}`, { headers: { 'accept-encoding': accept } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(response.headers.get('content-encoding')).toBe(accept === 'identity' ? null : accept.split(',')[0]);
    // fetch would decode on its own: read the raw bytes through a second request without automatic decoding.
    const raw = Buffer.from(await rawBody(`${app.baseUrl}/${entry}`, accept));
    expect(decode(raw).equals(entryBytes)).toBe(true);
  });

  it('answers a missing asset with a 404, not with index.html', async () => {
    const response = await fetch(`${app.baseUrl}/assets/index-gone1234.js`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/json/);
  });

  it.each(['/', '/index.html'])('lets the browser cache %s only with revalidation', async (path) => {
    const response = await fetch(`${app.baseUrl}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain(entry);
  });

  it.each(['/inbox', '/health', '/readyz'])('answers %s, a path the app does not route by (it routes by #), with a 404', async (path) => {
    const response = await fetch(`${app.baseUrl}${path}`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(entry);
  });

  it.each(['/sw.js', '/manifest.webmanifest', '/icon.svg'])('serves the built %s the page and its service worker ask for', async (path) => {
    expect((await fetch(`${app.baseUrl}${path}`)).status).toBe(200);
  });

  it('compresses a JSON answer when asked, and never the session answer that carries the CSRF token', async () => {
    const session = new HttpSession(app.baseUrl);
    await session.login('hq', DEMO_PASSWORD);
    const list = await session.request('GET', '/api/enterprises', undefined, { headers: { 'accept-encoding': 'gzip' } });
    expect(list.status).toBe(200);
    expect(list.headers.get('content-encoding')).toBe('gzip');
    expect(list.body.enterprises.length).toBeGreaterThan(0);
    const plain = await session.request('GET', '/api/enterprises', undefined, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.body).toEqual(list.body);
    const who = await session.request('GET', '/api/session', undefined, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(who.body.user.username).toBe('hq');
    expect(who.headers.get('content-encoding')).toBeNull();
  });
});

/** The body exactly as sent, still encoded (node's fetch decodes gzip and br itself). */
async function rawBody(url: string, acceptEncoding: string): Promise<Uint8Array> {
  const { request } = await import('node:http');
  return new Promise((resolve, reject) => {
    request(url, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve(Buffer.concat(chunks)));
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}
