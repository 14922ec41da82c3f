// Turns a V8 .cpuprofile (node --cpu-prof) into a short text: where the process spent its CPU, by function (self and
// inclusive time) and by package, so a profile of the web process under `npm run bench` can be read and kept small.
// Usage: tsx bench/profile-summary.ts <file.cpuprofile> [--top 40] [--from-ms 0 --to-ms Infinity]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '40' }, 'from-ms': { type: 'string', default: '0' }, 'to-ms': { type: 'string' } },
});
const file = positionals[0];
if (!file) throw new Error('usage: tsx bench/profile-summary.ts <file.cpuprofile> [--top N]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const top = Number(values.top);
const fromUs = Number(values['from-ms']) * 1000;
const toUs = values['to-ms'] ? Number(values['to-ms']) * 1000 : Infinity;

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

/** The package (node_modules/<name>), or the project folder, or node's own internals. */
function placeOf(url: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1]!;
  if (url.startsWith('node:')) return 'node:internal';
  const project = /\/(core|web|forms|activities|workflows|bench|scripts)\//.exec(url);
  if (project) return `(project) ${project[1]}`;
  return url ? '(other)' : '(native/vm)';
}
function keyOf(n: ProfileNode): string {
  const { functionName, url, lineNumber } = n.callFrame;
  const short = url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(core|web|forms|activities|bench)\//, '$1/');
  return `${functionName || '(anonymous)'} ${short}:${lineNumber + 1}`;
}

const self = new Map<string, number>();
const inclusive = new Map<string, number>();
const places = new Map<string, number>();
let total = 0;
let t = profile.startTime;
for (let i = 0; i < profile.samples.length; i++) {
  t += profile.timeDeltas[i]!;
  if (t - profile.startTime < fromUs || t - profile.startTime > toUs) continue;
  const dt = profile.timeDeltas[i + 1] ?? profile.timeDeltas[i]!;
  const node = byId.get(profile.samples[i]!)!;
  if (node.callFrame.functionName === '(idle)') continue;
  total += dt;
  self.set(keyOf(node), (self.get(keyOf(node)) ?? 0) + dt);
  places.set(placeOf(node.callFrame.url), (places.get(placeOf(node.callFrame.url)) ?? 0) + dt);
  const seen = new Set<string>();
  for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
    const k = keyOf(byId.get(id)!);
    if (!seen.has(k)) {
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
    }
  }
}

const ms = (us: number) => (us / 1000).toFixed(0).padStart(7);
const pct = (us: number) => ((100 * us) / total).toFixed(1).padStart(5);
const list = (m: Map<string, number>, n: number) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, us]) => `${ms(us)} ms ${pct(us)} %  ${k}`)
    .join('\n');
console.log(`${file}\nbusy CPU: ${(total / 1000).toFixed(0)} ms (idle samples left out)\n`);
console.log(`## self time by package or folder\n${list(places, 25)}\n`);
console.log(`## self time by function (top ${top})\n${list(self, top)}\n`);
console.log(`## inclusive time by function (top ${top})\n${list(inclusive, top)}`);
