// The app's one page and its unhashed files (web/server/app-files.ts, appShell): the app routes by `#`, so index.html
// answers `/` and `/index.html` only; a guessed or mistyped path is a 404, never the app's page read as "healthy".
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appShell } from '#web/server/app-files';

const INDEX = '<!doctype html><title>复工 Fugong</title><div id="root"></div>';

describe('the app shell', () => {
  let server: Server;
  let baseUrl: string;
  let unbuilt: Server;
  let unbuiltUrl: string;
  const listen = (dir: string) => express().use(appShell(dir)).listen(0, '127.0.0.1');
  const url = (s: Server) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fugong-dist-'));
    writeFileSync(join(dir, 'index.html'), INDEX);
    writeFileSync(join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    writeFileSync(join(dir, 'manifest.webmanifest'), '{"start_url":"/"}');
    writeFileSync(join(dir, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    server = listen(dir);
    unbuilt = listen(mkdtempSync(join(tmpdir(), 'fugong-nodist-')));
    await Promise.all([server, unbuilt].map((s) => new Promise((resolve) => s.once('listening', resolve))));
    baseUrl = url(server);
    unbuiltUrl = url(unbuilt);
  });
  afterAll(() => {
    server?.close();
    unbuilt?.close();
  });

  it.each(['/', '/index.html', '/?lang=en'])('answers %s with the app, revalidated on every load', async (path) => {
    const response = await fetch(`${baseUrl}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toBe(INDEX);
  });

  it.each(['/sw.js', '/manifest.webmanifest', '/icon.svg'])('serves the unhashed file %s the page asks for', async (path) => {
    const response = await fetch(`${baseUrl}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it.each(['/health', '/readyz', '/inbox', '/admin/system', '/favicon.ico', '/robots.txt', '/index.htm', '/tasks/x/'])(
    'answers %s with a plain 404 page in both languages, not with the app',
    async (path) => {
      const response = await fetch(`${baseUrl}${path}`);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      const text = await response.text();
      expect(text).not.toContain('id="root"');
      expect(text).toContain('没有这个页面');
      expect(text).toContain('No such page');
    },
  );

  it('says how to build the app when it is not built, and still 404s other paths', async () => {
    const page = await fetch(`${unbuiltUrl}/`);
    expect(page.status).toBe(503);
    expect(await page.text()).toContain('npm run build:web');
    expect((await fetch(`${unbuiltUrl}/health`)).status).toBe(404);
  });
});
