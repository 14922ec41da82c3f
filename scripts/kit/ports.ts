// Loopback ports for the systems tests, benches and drills start. A port found free can be taken by a parallel suite
// before the server binds it, so whoever spawns a server on one retries with another when the bind fails
// (start-script.ts, temporal-dev-server.ts).
import { createConnection, createServer } from 'node:net';
import { SAID_NOTHING } from '#core/dev-server';

/** A port that was free on loopback a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Whether something accepts connections on a loopback port. */
export function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Whether a server's output says its port was taken: worth another try on a fresh port. */
export function lostPortRace(output: string): boolean {
  return /EADDRINUSE|address already in use/i.test(output);
}

/** Whether the output of a Temporal dev server that stopped before serving (its stderr, or start.ts's line about it)
 * says another try on fresh ports may work: its port was taken, or it stopped saying nothing at all — seen in CI under
 * load (exit code 1, empty stderr), most likely one of the ports it picks for its own services taken meanwhile. One that
 * says why it stopped (a bad database file) is not tried again. */
export function devServerMayStartAgain(output: string): boolean {
  return lostPortRace(output) || output.trim() === '' || output.includes(SAID_NOTHING);
}
