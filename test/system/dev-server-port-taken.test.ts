// When the port chosen for the Temporal dev server is taken by the time it binds, its start fails with the CLI's own
// bind error in hand: the test kit retries on fresh ports only when it can read "address already in use", and the
// dev server's exit used to be seen before the last of its stderr was read (a CI run failed on an empty message). A
// later CI run saw the dev server stop under load without a word at all (exit code 1, empty stderr): that start is
// tried again too, by the kit's dev server and by `npm start` as the browser journeys run it.
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '#core/config';
import { DevServerExitedEarly, startDevServer } from '#core/dev-server';
import { installationEnv, startScript } from '#scripts/kit/start-script';
import { startDevServerOnFreePort } from '#scripts/kit/temporal-dev-server';

describe('a dev server whose port is taken', () => {
  // The start probes the port with a gRPC client, which reaches this listener and keeps its socket open.
  const sockets = new Set<Socket>();
  const taken = createServer((socket) => sockets.add(socket));
  beforeAll(() => new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve)));
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => taken.close(() => resolve()));
  });

  it('fails with the bind error it printed, every time', async () => {
    const port = (taken.address() as AddressInfo).port;
    for (let attempt = 0; attempt < 3; attempt++) {
      const failure = await startDevServer({ cliPath: loadConfig().temporal.cliPath, port, headless: true }).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(DevServerExitedEarly);
      expect((failure as DevServerExitedEarly).output).toMatch(/address already in use/);
    }
  }, 60_000);

  it('waits for the last of stderr when the exit comes first', async () => {
    // A stand-in CLI that exits at once while a process it leaves behind still holds stderr and writes the bind error
    // a moment later: the order a loaded machine can produce with the real CLI.
    const cli = join(mkdtempSync(join(tmpdir(), 'fugong-fake-cli-')), 'temporal');
    writeFileSync(cli, '#!/bin/sh\n(sleep 3; echo "listen tcp: bind: address already in use" >&2) &\nexit 1\n');
    chmodSync(cli, 0o755);
    const failure = await startDevServer({ cliPath: cli, port: (taken.address() as AddressInfo).port, headless: true }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(DevServerExitedEarly);
    expect((failure as DevServerExitedEarly).output).toMatch(/address already in use/);
  }, 30_000);
});

describe('a dev server that stops without a word', () => {
  /** A stand-in CLI that exits 1 saying nothing the first time it runs, then runs the real one. */
  function silentOnce(): { cli: string; stoppedOnce: () => boolean } {
    const dir = mkdtempSync(join(tmpdir(), 'fugong-silent-cli-'));
    const cli = join(dir, 'temporal');
    const mark = join(dir, 'stopped-once');
    writeFileSync(
      cli,
      `#!/bin/sh\nif [ ! -e "${mark}" ]; then touch "${mark}"; exit 1; fi\nexec "${loadConfig().temporal.cliPath}" "$@"\n`,
    );
    chmodSync(cli, 0o755);
    return { cli, stoppedOnce: () => existsSync(mark) };
  }

  it('is started again on fresh ports by the test kit', async () => {
    const { cli, stoppedOnce } = silentOnce();
    const server = await startDevServerOnFreePort({ cliPath: cli, headless: true });
    await server.stop();
    expect(stoppedOnce()).toBe(true);
  }, 60_000);

  it('stops `npm start`, and the kit starts it again on fresh ports', async () => {
    const { cli, stoppedOnce } = silentOnce();
    const started = await startScript({ ...(await installationEnv()), TEMPORAL_CLI_PATH: cli });
    try {
      expect(stoppedOnce()).toBe(true);
      expect((await fetch(`${started.baseUrl}/healthz`)).ok).toBe(true);
    } finally {
      await started.stop();
    }
  }, 180_000);
});
