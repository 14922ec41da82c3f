// GET /api/openapi.json (the generated description) and GET /api/docs (a viewer for it, served from this app alone:
// swagger-ui-dist's files from node_modules, nothing from a CDN). Both are open to anyone — see OPEN_ROUTES.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Application, Router } from 'express';
import { notFound } from '#core/errors';
import { apiRouter } from '../api-router';
import { accepts } from '../route-contract';
import { DOCS_PAGE, DOCS_SCRIPT } from './docs-page';
import { openApiDocument } from './openapi-document';

const require = createRequire(import.meta.url);
const VERSION = (require('../../../package.json') as { version: string }).version;
const SWAGGER_UI = dirname(require.resolve('swagger-ui-dist/package.json'));
/** The viewer's files, by the name the page asks for. */
const VIEWER_FILES: Record<string, string> = {
  'swagger-ui.css': join(SWAGGER_UI, 'swagger-ui.css'),
  'swagger-ui-bundle.js': join(SWAGGER_UI, 'swagger-ui-bundle.js'),
};
const FILE = { 'zh-CN': '文件', en: 'File' };

// The app's routes are all declared before the first request, so each app's description is built once.
const documents = new WeakMap<Application, ReturnType<typeof openApiDocument>>();

/** Routes of the API description and its viewer. */
export function openApiRoutes(): Router {
  const router = apiRouter();

  router.get('/api/openapi.json', accepts({ summary: 'This description of the API (OpenAPI 3.1)' }), (req, res) => {
    let document = documents.get(req.app);
    if (!document) documents.set(req.app, (document = openApiDocument(req.app, VERSION)));
    res.json(document);
  });

  router.get('/api/docs', accepts({ summary: 'The API docs page' }), (_req, res) => {
    res.type('html').send(DOCS_PAGE);
  });

  router.get('/api/docs/:file', accepts({ summary: 'A file of the API docs page' }), (req, res) => {
    const file = String(req.params.file);
    if (file === 'docs-page.js') return void res.type('js').send(DOCS_SCRIPT);
    // Only the viewer's own files, by name: `__proto__` or `constructor` name nothing here.
    const path = Object.hasOwn(VIEWER_FILES, file) ? VIEWER_FILES[file] : undefined;
    if (typeof path !== 'string') throw notFound(FILE);
    res.sendFile(path, { maxAge: '1h' });
  });

  return router;
}
