// A process for the worker-log test: the worker's Temporal runtime as scripts/worker.ts installs it, a connection to
// Temporal through a loopback relay, then the relay gone and one call, so the SDK's native core retries and logs.
import { connect, createServer, type Socket } from 'node:net';
import { NativeConnection } from '@temporalio/worker';
import { createLogger } from '#core/logger';
import { installTemporalRuntime } from '#core/temporal';

const [host, port] = (process.env.TEMPORAL_ADDRESS ?? '').split(':');
if (!host || !port) throw new Error('TEMPORAL_ADDRESS (host:port) is required');

installTemporalRuntime(createLogger('worker'));
const sockets = new Set<Socket>();
const relay = createServer((client) => {
  const server = connect(Number(port), host);
  for (const socket of [client, server]) {
    sockets.add(socket);
    socket.on('error', () => undefined);
  }
  client.pipe(server).pipe(client);
});
await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
const connection = await NativeConnection.connect({ address: `127.0.0.1:${(relay.address() as { port: number }).port}` });
relay.close();
for (const socket of sockets) socket.destroy();
await connection.workflowService.getSystemInfo({}).catch(() => undefined);
await connection.close();
