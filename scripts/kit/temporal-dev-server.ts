// The Temporal dev server for tests, benches and drills, on a port nobody chose by hand. A port found free can be bound
// by a parallel suite before the server binds it; the server then exits at once ("bind: address already in use", or
// without a word when a port of its own services was taken), and this tries again on another port, a few times.
import { DevServerExitedEarly, startDevServer, type DevServer, type DevServerOptions } from '#core/dev-server';
import { devServerMayStartAgain, freePort } from './ports';

/** How many ports a start tries before it gives up. */
const START_ATTEMPTS = 4;

/** Starts a dev server on a free port (and a free UI port when `withUi`), retrying on fresh ports when it loses a race. */
export async function startDevServerOnFreePort(
  options: Omit<DevServerOptions, 'port' | 'uiPort'> & { withUi?: boolean },
): Promise<DevServer> {
  const { withUi, ...rest } = options;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startDevServer({ ...rest, port: await freePort(), uiPort: withUi ? await freePort() : undefined });
    } catch (error) {
      const raced = error instanceof DevServerExitedEarly && devServerMayStartAgain(error.output);
      if (!raced || attempt === START_ATTEMPTS) throw error;
    }
  }
}
