// Builds the React app into web/app/dist, where the Express server serves it from.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build, defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const api = 'http://localhost:3000';

// A brotli (quality 11) and a gzip (level 9) copy beside every text asset, so the server sends compressed scripts
// without compressing at request time (web/server/app-files.ts picks the copy the browser accepts).
const TEXT = /\.(js|css|svg|json)$/;
// Below this a compressed copy saves less than its extra request headers cost.
const MIN_BYTES = 1024;

/** Writes `<file>.br` and `<file>.gz` for each text file over 1 KB in `<outDir>/assets` once the bundle is written. */
function precompressAssets(): Plugin {
  return {
    name: 'fugong-precompress-assets',
    apply: 'build',
    writeBundle(options) {
      const dir = join(options.dir!, 'assets');
      for (const name of readdirSync(dir)) {
        if (!TEXT.test(name)) continue;
        const body = readFileSync(join(dir, name));
        if (body.length < MIN_BYTES) continue;
        const brotli = brotliCompressSync(body, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
        });
        writeFileSync(join(dir, `${name}.br`), brotli);
        writeFileSync(join(dir, `${name}.gz`), gzipSync(body, { level: 9 }));
      }
    },
  };
}

// The message files keep zh-CN and en side by side, which is easy to edit but puts both languages in one module. The
// English dictionary (i18n/en-messages.ts, a chunk loaded only for English) imports its own instance of each file
// (`?lang=en`): tree-shaking leaves the Chinese strings in the first scripts and the English ones in that chunk alone.
function messagesPerLanguage(): Plugin {
  return {
    name: 'fugong-messages-per-language',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('/i18n/en-messages.ts')) return undefined;
      return code.replace(/from '(\.\/messages\/[\w-]+)'/g, "from '$1.ts?lang=en'");
    },
  };
}

// rjsf imports markdown-to-jsx in every form, though only `ui:enableMarkdownInDescription` fields use it: its imports
// resolve to src/form/lazy-markdown.tsx, which fetches the real component on first use (its own import passes through).
const LAZY_MARKDOWN = join(root, 'src/form/lazy-markdown.tsx');
// AJV (fast-uri 3) and @rjsf/utils (fast-uri 4) would each bring a copy of the same URI parser; rjsf calls only
// `equal` and `resolve`, which both versions share, so both get AJV's.
const AJV_FAST_URI = fileURLToPath(new URL('../../node_modules/ajv/node_modules/fast-uri/index.js', import.meta.url));

/** Sends rjsf's markdown-to-jsx to the lazy stand-in and every fast-uri import to AJV's copy. */
function slimFormEngine(): Plugin {
  return {
    name: 'fugong-slim-form-engine',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'markdown-to-jsx/react' && importer !== LAZY_MARKDOWN) return LAZY_MARKDOWN;
      if (source === 'fast-uri') return AJV_FAST_URI;
      return undefined;
    },
  };
}

// The pages a gate officer or a cadre opens without signal (issue 23), with the parts they load lazily, the login (a
// chunk of its own) and the English words (a chunk of their own, so switching language works without signal too):
// their scripts are cached when the service worker installs.
const FIELD_PAGES = [
  'src/pages/login-page.tsx',
  'src/i18n/en-messages.ts',
  'src/pages/gate/gate-check-page.tsx',
  'src/pages/gate/site-register-page.tsx',
  'src/pages/visits/visits-page.tsx',
  'src/pages/visits/visit-form.tsx',
  'src/pages/visits/visit-offline.tsx',
];

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

/** The entry's and the field pages' files (scripts with their static imports, and styles), from the build manifest. */
function fieldShell(outDir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(`/${chunk.file}`)) return;
    files.add(`/${chunk.file}`);
    for (const css of chunk.css ?? []) files.add(`/${css}`);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of [...Object.keys(manifest).filter((k) => manifest[k]!.isEntry), ...FIELD_PAGES]) visit(key);
  return [...files].sort();
}

/** Builds src/offline/service-worker.ts to /sw.js (one classic script, outside the app's chunks and manifest), with the
 * field pages' shell files and a hash of them written in. */
function serviceWorker(): Plugin {
  return {
    name: 'fugong-service-worker',
    apply: 'build',
    async writeBundle(options) {
      const outDir = options.dir!;
      const shell = fieldShell(outDir);
      await build({
        configFile: false,
        logLevel: 'warn',
        define: {
          __FUGONG_SHELL__: JSON.stringify(shell),
          __FUGONG_BUILD__: JSON.stringify(createHash('sha256').update(shell.join('\n')).digest('hex').slice(0, 12)),
        },
        build: {
          outDir,
          emptyOutDir: false,
          copyPublicDir: false,
          minify: true,
          lib: {
            entry: join(root, 'src/offline/service-worker.ts'),
            formats: ['iife'],
            name: 'fugongServiceWorker',
            fileName: () => 'sw.js',
          },
        },
      });
    },
  };
}

/** Vite config: app root here, output in dist/, API proxied to the Express server in development. */
export default defineConfig({
  root,
  base: '/',
  plugins: [messagesPerLanguage(), slimFormEngine(), react(), precompressAssets(), serviceWorker()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // The form page (rjsf + AJV) is the heavy part; it is split out anyway, so warn only above it.
    chunkSizeWarningLimit: 700,
    // dist/.vite/manifest.json: which chunks each page pulls in (test/web/role-chunks.test.ts reads it; not served).
    manifest: true,
    rolldownOptions: {
      output: {
        // Named library chunks, each fetched only by the pages that import it: React for every page, the form
        // engine for form pages, ECharts for the dashboard alone. Only these exact packages: a group that caught a
        // module the entry also uses would pull the whole group into every page. markdown-to-jsx stays out of the form
        // engine's group: it is a chunk of its own, fetched on demand (slimFormEngine).
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'rjsf', test: /node_modules[\\/](@rjsf|ajv|ajv-formats|fast-uri|@x0k)[\\/]/ },
            // Vite's helper for dynamic imports: without a group it may land in the form engine's chunk (whose
            // lazy-markdown uses it too), and that would make every page load rjsf.
            { name: 'preload-helper', test: /vite[\\/]preload-helper/, priority: 10 },
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    // The app imports the shared form validator from forms/ and core/ outside this folder.
    fs: { allow: [repoRoot] },
    proxy: {
      // The browser's Origin is the dev server's; the API only takes state changes from its own (PUBLIC_URL) origin.
      '/api': { target: api, changeOrigin: false, headers: { origin: api } },
      '/healthz': { target: api, changeOrigin: false },
    },
  },
});
