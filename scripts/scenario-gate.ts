// Seed 004's gate, replayed against a running Fugong: 360 workers admitted, 30 quarantined (fever or a risk flag),
// 28 of them released, 10 turned back for want of a health certificate; then the site register is read back.
// Release stands in for 14 days of waiting: HQ shortens each quarantine to now, with a reason, as an operator could.
//   npm run scenario:gate -- [--url http://127.0.0.1:3000] [--scale 0.1] [--parallel 4]
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '#core/config';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { residentIdCheckChar } from '#core/domain/identifiers';
import { ApiSession } from './gate/api-session';

/** How many workers of each kind the scenario walks through the gate. */
export interface GateFigures {
  admitted: number;
  quarantined: number;
  released: number;
  turnedBack: number;
}

/** Seed 004's figures. */
export const SEED_004: GateFigures = { admitted: 360, quarantined: 30, released: 28, turnedBack: 10 };

// The smallest valid PNG (1×1, transparent): the signature each worker "draws".
const SIGNATURE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const STEPS = ['certificate', 'temperature', 'disinfection', 'registration', 'code-scan', 'commitment', 'notice', 'separate-lane'];

function residentIds(count: number): string[] {
  // Birth dates from a random day onwards keep each run's workers apart from earlier runs'.
  const first = Date.UTC(1965, 0, 1) + Math.floor(Math.random() * 9000) * 86_400_000;
  return Array.from({ length: count }, (_, i) => {
    const birth = new Date(first + i * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
    const first17 = `370102${birth}${String(100 + (i % 900)).padStart(3, '0')}`;
    return first17 + residentIdCheckChar(first17)!;
  });
}

type Kind = 'admit' | 'fever' | 'risk' | 'none';
type Totals = { admitted: number; quarantined: number; inQuarantine: number; released: number; turnedBack: number; workers: number };
type CheckAnswer = { check: { id: string; outcome: string } };

async function gateCheck(
  gate: ApiSession,
  setup: { commitment: { 'zh-CN': { sha256: string } } },
  residentId: string,
  n: number,
  kind: Kind,
) {
  const channel = ['people', 'passenger-vehicle', 'freight'][n % 3]!;
  const base = {
    residentId,
    name: `复工人员${String(n).padStart(3, '0')}`,
    channel,
    // The vehicle lanes register the vehicle with whoever enters by them (004).
    ...(channel === 'people' ? {} : { vehiclePlate: `豫A${String(10000 + n).slice(-5)}` }),
    riskFlag: kind === 'risk',
    recentTravel: kind === 'risk' ? '14 天内去过中风险地区' : '',
  };
  if (kind === 'none')
    return gate.send<CheckAnswer>('POST', '/api/gate/checks', {
      checkId: randomUUID(),
      data: { ...base, certificate: 'none', steps: ['certificate'] },
    });
  const upload = await gate.send<{ upload: { ref: string } }>('POST', '/api/uploads', new Uint8Array(SIGNATURE), 'image/png');
  const data = {
    ...base,
    certificate: n % 4 === 0 ? 'pass' : 'health-certificate',
    steps: STEPS,
    temperature: kind === 'fever' ? 37.8 : 36.3 + (n % 7) / 10,
    zone: ['construction', 'living', 'management'][n % 3],
    signature: upload.upload.ref,
    commitmentSha256: setup.commitment['zh-CN'].sha256,
  };
  return gate.send<CheckAnswer>('POST', '/api/gate/checks', { checkId: randomUUID(), data });
}

/** Runs the scenario with gate1 and hq; returns the register's totals before and after. */
export async function runGateScenario(
  baseUrl: string,
  figures: GateFigures = SEED_004,
  log: (line: string) => void = () => {},
  parallel = 1,
) {
  const gate = await new ApiSession(baseUrl).login('gate1', DEMO_PASSWORD);
  const hq = await new ApiSession(baseUrl).login('hq', DEMO_PASSWORD);
  const { setup, project } = await gate.send<{
    setup: { commitment: { 'zh-CN': { sha256: string } } };
    project: { id: number; name: string };
  }>('GET', '/api/gate/setup');
  const totals = async () => (await hq.send<{ totals: Totals }>('GET', `/api/gate/register?projectId=${project.id}`)).totals;
  const before = await totals();
  const kinds: Kind[] = [
    ...Array(figures.admitted).fill('admit'),
    ...Array(figures.quarantined)
      .fill(null)
      .map((_, i) => (i % 2 ? 'risk' : 'fever')),
    ...Array(figures.turnedBack).fill('none'),
  ];
  const ids = residentIds(kinds.length);
  const quarantined: string[] = [];
  // `parallel` officers check at once, as at a busy gate; any refusal (a 503 busy included) stops the run.
  let next = 0;
  const officer = async () => {
    for (let n = next++; n < kinds.length; n = next++) {
      const answer = await gateCheck(gate, setup, ids[n]!, n + 1, kinds[n]!);
      if (answer.check.outcome === 'quarantined') quarantined.push(answer.check.id);
      if ((n + 1) % 50 === 0) log(`  ${n + 1}/${kinds.length} gate checks`);
    }
  };
  await Promise.all(Array.from({ length: parallel }, officer));
  for (const id of quarantined.slice(0, figures.released)) {
    await hq.send('POST', `/api/gate/quarantines/${id}/end`, {
      endsAt: new Date().toISOString(),
      reason: '演练：以缩短代替 14 天等待，隔离期满解除',
    });
  }
  log(`  ${Math.min(figures.released, quarantined.length)} quarantines shortened to now; waiting for their release`);
  let after = await totals();
  for (let i = 0; i < 600 && after.released - before.released < figures.released; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    after = await totals();
  }
  return { project, before, after };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const arg = (name: string) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const baseUrl = arg('url') ?? loadConfig().publicUrl.replace(/\/$/, '');
  const scale = Number(arg('scale') ?? 1);
  const parallel = Math.max(1, Number(arg('parallel') ?? 1));
  const figures = Object.fromEntries(
    Object.entries(SEED_004).map(([k, v]) => [k, Math.max(1, Math.round(v * scale))]),
  ) as unknown as GateFigures;
  console.log(`Gate scenario against ${baseUrl} (${parallel} at once):`, figures);
  const started = Date.now();
  const { project, before, after } = await runGateScenario(baseUrl, figures, console.log, parallel);
  console.log(
    `${figures.admitted + figures.quarantined + figures.turnedBack} gate checks and releases in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  const delta = {
    admitted: after.admitted - before.admitted,
    quarantined: after.quarantined - before.quarantined,
    released: after.released - before.released,
    turnedBack: after.turnedBack - before.turnedBack,
  };
  console.log(
    `Register of ${project.name}: admitted ${after.admitted}, quarantined ${after.quarantined} (in quarantine ${after.inQuarantine}, released ${after.released}), turned back ${after.turnedBack}`,
  );
  console.log('This run added:', delta);
  const ok = (Object.keys(figures) as (keyof GateFigures)[]).every((key) => delta[key] === figures[key]);
  console.log(ok ? 'OK: the register shows the scenario’s figures.' : 'MISMATCH: the register does not show the scenario’s figures.');
  process.exitCode = ok ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
