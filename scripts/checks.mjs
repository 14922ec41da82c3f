// `npm test`'s checks before vitest: formatting, lint and types at once (each keeps about one core busy; together on
// two cores they take about as long as eslint alone), then the web build the browser tests load. Each check's output
// is printed when it ends; any failure stops `npm test` before vitest starts.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';

const AT_ONCE = ['format:check', 'lint', 'typecheck'];
const THEN = ['build:web'];

/** Runs `npm run <script>`, its output kept until it ends; resolves to whether it passed. */
function run(script) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const text = Buffer.concat(output).toString().trimEnd();
      console.log(`${code === 0 ? '✓' : '✗'} ${script} (${seconds} s)${text ? `\n${text}` : ''}`);
      resolve(code === 0);
    });
  });
}

const passed = (await Promise.all(AT_ONCE.map(run))).every(Boolean) && (await Promise.all(THEN.map(run))).every(Boolean);
process.exit(passed ? 0 : 1);
