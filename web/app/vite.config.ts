// Builds the React app into web/app/dist, where the Express server serves it from.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const api = 'http://localhost:3000';

/** Vite config: app root here, output in dist/, API proxied to the Express server in development. */
export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // The form page (rjsf + AJV) is the heavy part; it is split out anyway, so warn only above it.
    chunkSizeWarningLimit: 700,
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
