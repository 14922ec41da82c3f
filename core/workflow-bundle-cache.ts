// The worker's workflow bundle, kept under DATA_DIR so that a start reuses webpack's output instead of bundling again
// (about 2 s of CPU, far more on a loaded machine; tests and drills start workers dozens of times). A bundle is named by
// a digest of everything webpack read for it — each file's content, the paths it probed and did not find — and of the
// bundler's options and the lockfile, so a changed workflow, domain module or dependency names another bundle. Each
// bundle's manifest lists those paths; a start re-hashes them and takes the bundle only when the digest still matches
// and the code is the one the manifest names. Anything wrong with the cache means bundling as before, never a failed start.
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleWorkflowCode, type BundleOptions, type WorkflowBundle } from '@temporalio/worker';
import type { Logger } from './logger';

/** Bundles kept besides the newest: one per branch or version a developer switches between. */
export const BUNDLES_KEPT = 3;
/** Bumped when the manifest or the digest changes meaning, so older caches are ignored, not misread. */
const FORMAT = 1;
const LOCKFILE = fileURLToPath(new URL('../package-lock.json', import.meta.url));
/** A file changed this close to (or after) the bundling's start may have been read before the change: not cached. */
const SETTLE_MS = 2_000;
/** Temporary files of a writer that died are removed after this long. */
const STALE_TEMP_MS = 3_600_000;

/** What webpack read for one bundle: files (and folders it looked into), and paths it probed that did not exist. */
interface Manifest {
  format: typeof FORMAT;
  files: string[];
  missing: string[];
  codeSha256: string;
}

/** Options for cachedWorkflowBundle: the folder of the cache and the bundler's options (workflows, converter, interceptors). */
export interface BundleCacheSetup {
  dir: string;
  options: Omit<BundleOptions, 'webpackConfigHook' | 'logger'>;
  bundlerLogger?: BundleOptions['logger'];
  logger?: Logger;
}

/** The cached bundle matching the workflow code as it is now, or a fresh one (then cached for the next start). */
export async function cachedWorkflowBundle({ dir, options, bundlerLogger, logger }: BundleCacheSetup): Promise<WorkflowBundle> {
  const checkedFrom = performance.now();
  const key = await optionsKey(options);
  try {
    const hit = await findBundle(dir, key, (reason) => logger?.info({ dir, reason }, 'workflow bundle cache entry skipped'));
    if (hit) {
      logger?.info({ bundle: hit.path, ms: Math.round(performance.now() - checkedFrom) }, 'workflow bundle reused from cache');
      // The code as verified, rather than its path for the SDK to read again (and find replaced, in theory).
      return { code: hit.code };
    }
    logger?.info({ dir }, 'no cached workflow bundle matches the workflow code: bundling');
  } catch (error) {
    logger?.info({ dir, reason: String(error) }, 'workflow bundle cache unreadable: bundling');
  }
  const startedAt = Date.now();
  const read: Omit<Manifest, 'format' | 'codeSha256'> = { files: [], missing: [] };
  const bundle = await bundleWorkflowCode({ ...options, logger: bundlerLogger, webpackConfigHook: recordingReads(read) });
  try {
    const stored = await storeBundle(dir, key, bundle.code, read, startedAt);
    logger?.info({ bundle: stored }, 'workflow bundle cached');
    await pruneBundles(dir);
  } catch (error) {
    logger?.info({ dir, reason: String(error) }, 'workflow bundle not cached');
  }
  return bundle;
}

/** A webpack config hook adding a plugin that notes every path the compilation read or probed. */
function recordingReads(into: Omit<Manifest, 'format' | 'codeSha256'>) {
  type Config = Parameters<NonNullable<BundleOptions['webpackConfigHook']>>[0];
  return (config: Config): Config => ({
    ...config,
    plugins: [
      ...(config.plugins ?? []),
      (compiler) =>
        compiler.hooks.afterCompile.tap('fugong-workflow-bundle-cache', (compilation) => {
          into.files = [...compilation.fileDependencies, ...compilation.contextDependencies].sort();
          into.missing = [...compilation.missingDependencies].sort();
        }),
    ],
  });
}

/** The digest of what does not show in webpack's reads: the cache format, the bundler's options, the lockfile (which
 * pins webpack, swc and the SDK's bundler). */
async function optionsKey(options: BundleCacheSetup['options']): Promise<string> {
  const lockfile = await readFile(LOCKFILE).catch(() => Buffer.from('no lockfile'));
  return sha256(JSON.stringify({ format: FORMAT, options, lockfile: sha256(lockfile) }));
}

/** The digest naming a bundle: the options key, each read path's content (a folder counts by its path alone: its listing
 * changes with unrelated files) and whether each probed path is still absent. */
export async function bundleDigest(key: string, read: Pick<Manifest, 'files' | 'missing'>): Promise<string> {
  const hash = createHash('sha256').update(key);
  const files = await Promise.all(read.files.map(async (path) => `${path}\0${await contentMark(path)}\n`));
  const missing = await Promise.all(read.missing.map(async (path) => `${path}\0${(await exists(path)) ? 'present' : 'absent'}\n`));
  for (const line of [...files, '\0missing\n', ...missing]) hash.update(line);
  return hash.digest('hex');
}

async function contentMark(path: string): Promise<string> {
  try {
    return sha256(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // The SDK's generated entry point lives in memory and reads as absent every time.
    if (code === 'EISDIR' || code === 'ENOENT') return code;
    throw error;
  }
}

/** The newest bundle whose manifest still matches the files; broken entries are reported and removed. */
async function findBundle(
  dir: string,
  key: string,
  skipped: (reason: string) => void,
): Promise<{ path: string; code: string } | undefined> {
  for (const digest of await newestFirst(dir)) {
    try {
      const manifest = parseManifest(await readFile(join(dir, `${digest}.json`), 'utf8'));
      if ((await bundleDigest(key, manifest)) !== digest) continue;
      const path = join(dir, `${digest}.js`);
      const code = await readFile(path, 'utf8');
      if (sha256(code) !== manifest.codeSha256) throw new Error(`${digest}.js is not the code its manifest names`);
      const now = new Date();
      await utimes(join(dir, `${digest}.json`), now, now).catch(() => undefined); // recently used: pruned last
      return { path, code };
    } catch (error) {
      skipped(`${digest}: ${String(error)}`);
      await removeBundle(dir, digest);
    }
  }
  return undefined;
}

function parseManifest(text: string): Manifest {
  const manifest = JSON.parse(text) as Partial<Manifest>;
  const paths = (list: unknown) => Array.isArray(list) && list.every((path) => typeof path === 'string');
  if (manifest.format !== FORMAT || !paths(manifest.files) || !paths(manifest.missing) || typeof manifest.codeSha256 !== 'string')
    throw new Error('manifest of another format or cut short');
  return manifest as Manifest;
}

/** Writes the code, then its manifest (the manifest's presence commits the pair), each through a temporary file and a
 * rename, so a worker starting beside this one reads a whole file or none. */
async function storeBundle(
  dir: string,
  key: string,
  code: string,
  read: Pick<Manifest, 'files' | 'missing'>,
  startedAt: number,
): Promise<string> {
  const changed = await changedSince(read.files, startedAt - SETTLE_MS);
  if (changed) throw new Error(`${changed} changed while bundling`);
  const digest = await bundleDigest(key, read);
  const manifest: Manifest = { format: FORMAT, ...read, codeSha256: sha256(code) };
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await writeAtomically(join(dir, `${digest}.js`), code);
  await writeAtomically(join(dir, `${digest}.json`), JSON.stringify(manifest));
  return join(dir, `${digest}.js`);
}

async function changedSince(files: string[], since: number): Promise<string | undefined> {
  const times = await Promise.all(
    files.map((path) =>
      stat(path).then(
        (s) => (s.isFile() && s.mtimeMs >= since ? path : undefined),
        () => undefined,
      ),
    ),
  );
  return times.find(Boolean);
}

async function writeAtomically(path: string, text: string): Promise<void> {
  const temp = `${path}.${randomUUID()}.tmp`;
  try {
    await writeFile(temp, text, { mode: 0o600 });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Removes bundles beyond the newest few, and temporary files a writer left behind long ago. */
async function pruneBundles(dir: string): Promise<void> {
  for (const digest of (await newestFirst(dir)).slice(BUNDLES_KEPT)) await removeBundle(dir, digest);
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.tmp')) continue;
    const { mtimeMs } = await stat(join(dir, name)).catch(() => ({ mtimeMs: Date.now() }));
    if (Date.now() - mtimeMs > STALE_TEMP_MS) await rm(join(dir, name), { force: true });
  }
}

/** Digests of the bundles in `dir`, most recently written or used first; none when the folder does not exist yet. */
async function newestFirst(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const manifests = names.filter((name) => /^[0-9a-f]{64}\.json$/.test(name));
  const timed = await Promise.all(
    manifests.map(async (name) => ({ digest: name.slice(0, -5), at: (await stat(join(dir, name)).catch(() => undefined))?.mtimeMs ?? 0 })),
  );
  return timed.sort((a, b) => b.at - a.at).map(({ digest }) => digest);
}

async function removeBundle(dir: string, digest: string): Promise<void> {
  await rm(join(dir, `${digest}.json`), { force: true });
  await rm(join(dir, `${digest}.js`), { force: true });
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );
const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
