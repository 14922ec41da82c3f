import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import knexFactory from 'knex';
import { DEMO_PASSWORD } from '../../core/demo/demo-seed';
import { HttpSession } from '../helpers/http-session';

const root = fileURLToPath(new URL('../..', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

describe('npm start (the whole system as one command)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'fugong-start-'));
  const started: ChildProcess[] = [];
  let env: NodeJS.ProcessEnv;
  let output = '';

  afterAll(() => {
    for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
  });

  async function start(): Promise<ChildProcess> {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts/start.ts')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
    started.push(child);
    await until(async () => (await fetch(`http://127.0.0.1:${env.PORT}/healthz`).then((r) => r.ok).catch(() => false)), 90_000, 'the web server to report healthy');
    return child;
  }

  async function stop(child: ChildProcess): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    return exited;
  }

  it('keeps a workflow started before a restart, which then completes; Ctrl-C stops every child', async () => {
    env = { ...process.env, DATA_DIR: dataDir, PORT: String(await freePort()), TEMPORAL_DEV_PORT: String(await freePort()), TEMPORAL_DEV_UI_PORT: String(await freePort()), LOG_LEVEL: 'warn' };
    delete env.TEMPORAL_ADDRESS;
    delete env.DATABASE_URL;
    const first = await start();
    expect(output).toContain('Demo data seeded on this first run');
    expect(output).toMatch(/ent01\s+enterprise/);
    expect(output).toContain(`UI: http://localhost:${env.TEMPORAL_DEV_UI_PORT}`);

    // As an admin would by publishing a new version: a short hold so the restart happens mid-timer.
    const db = knexFactory({ client: 'sqlite3', connection: { filename: join(dataDir, 'fugong.sqlite') }, useNullAsDefault: true });
    const v1 = await db('form_definitions').where({ key: 'liaison-designation', version: 1 }).first();
    const process1 = JSON.parse(v1.process);
    await db('form_definitions').insert({ ...v1, id: undefined, version: 2, source: 'admin', process: JSON.stringify({ ...process1, params: { ...process1.params, settleAfter: '25 seconds' } }) });
    await db.destroy();

    const session = new HttpSession(`http://127.0.0.1:${env.PORT}`);
    await session.login('ent01', DEMO_PASSWORD);
    const submissionId = randomUUID();
    const accepted = await session.request('POST', '/api/forms/liaison-designation/submissions', { submissionId, data: { liaisonName: '张三', mobile: '13800138000', email: 'z@example.com' } });
    expect(accepted).toMatchObject({ status: 202, body: { submission: { formVersion: 2 } } });
    await until(async () => (await session.request('GET', `/api/submissions/${submissionId}`)).body.submission.status === 'received', 30_000, 'the receipt');

    expect(await stop(first)).toBe(0);
    expect(await portOpen(Number(env.PORT))).toBe(false);
    expect(await portOpen(Number(env.TEMPORAL_DEV_PORT))).toBe(false);

    output = '';
    const second = await start();
    expect(output).toContain('Existing data reused');
    const again = new HttpSession(`http://127.0.0.1:${env.PORT}`);
    await again.login('ent01', DEMO_PASSWORD);
    const listed = await again.request('GET', '/api/submissions');
    expect(listed.body.submissions.map((s: { id: string }) => s.id)).toContain(submissionId);
    await until(async () => (await again.request('GET', `/api/submissions/${submissionId}`)).body.submission.status === 'settled', 90_000, 'the hold to end and the submission to settle');
    const settled = await again.request('GET', `/api/submissions/${submissionId}`);
    expect(settled.body.submission.emails.map((e: { subject: string }) => e.subject)).toEqual(['【复工】已收到您的《工作联络员指定》', '【复工】《工作联络员指定》已办结']);
    expect(await stop(second)).toBe(0);
  }, 240_000);
});
