// A real SMTP server on loopback that records what it receives, for tests and drills that send mail for real.
import { SMTPServer } from 'smtp-server';

/** One message as it arrived. */
export interface ReceivedMail {
  to: string;
  raw: string;
}

/** A running loopback SMTP server. */
export interface LoopbackSmtp {
  port: number;
  received: ReceivedMail[];
  close(): Promise<void>;
}

/** Starts the server on `port` (0: any free port). */
export async function startLoopbackSmtp(port = 0): Promise<LoopbackSmtp> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.server.address() as { port: number };
  return { port: address.port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
