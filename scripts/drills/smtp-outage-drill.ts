// SMTP outage: receipt workflows send mail while nothing listens on the SMTP port; every message waits in the
// outbox (the workflows go on) and the mail pass retries it with a backoff. Then a real SMTP server comes up on that
// port: every message arrives exactly once, told apart by its stable Message-ID.
import { processWorkflowId } from '#core/domain/process-start';
import { messageIdOf } from '#core/mail/mail-attempt';
import { createSmtpMailer } from '#core/mail/mailer';
import { startLoopbackSmtp } from '../kit/loopback-smtp';
import { countOf, freePort, openDrillDb, startDrillSystem, until, type DrillContext } from './drill-kit';
import { receiptParams, startProcesses } from './drill-processes';
import { verdict, type DrillResult } from './drill-result';

/** Scale of the SMTP-outage drill: workflows (two mails each) and how long the server stays down once all wait. */
export interface SmtpOutageOptions {
  workflows: number;
  outageMs: number;
}

/** Runs the outage and counts messages by Message-ID against the ones the workflows were due to send. */
export async function smtpOutageDrill(ctx: DrillContext, options: SmtpOutageOptions): Promise<DrillResult[]> {
  const port = await freePort();
  const mailer = createSmtpMailer(`smtp://127.0.0.1:${port}`);
  const database = await openDrillDb();
  const system = await startDrillSystem(ctx, { db: database.db, mailer });
  const { db } = system;
  let smtp: Awaited<ReturnType<typeof startLoopbackSmtp>> | undefined;
  try {
    const ids = await startProcesses(db, system.client, {
      count: options.workflows,
      workflowType: 'receiptWorkflow',
      taskQueue: system.config.temporal.taskQueue,
      formKey: 'smtp-drill',
      params: receiptParams('2 seconds'),
      email: (i) => `drill${i}@example.com`,
    });
    // Down: every receipt is rendered into the outbox and has failed at least once.
    await until(
      async () => (await countOf(db('outbox').where('attempts', '>=', 1).whereNot({ status: 'sent' }))) >= ids.length,
      180_000,
      'every receipt to fail once',
    );
    const queuedDuringOutage = await countOf(db('outbox').whereNot({ status: 'sent' }));
    const sentDuringOutage = await countOf(db('outbox').where({ status: 'sent' }));
    ctx.log(`smtp outage: ${queuedDuringOutage} mails queued with the server down; down ${options.outageMs / 1000} s more`);
    await new Promise((resolve) => setTimeout(resolve, options.outageMs));
    smtp = await startLoopbackSmtp(port);
    const expected = ids.flatMap((id) => [`${processWorkflowId(id)}/receipt`, `${processWorkflowId(id)}/settled`]).map(messageIdOf);
    await until(
      async () => (await countOf(db('outbox').where({ status: 'sent' }))) >= expected.length,
      600_000,
      'every mail to be sent',
    ).catch(() => undefined);
    // A little longer, so that a duplicate on its way would be counted too.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const received = smtp.received.map((mail) => /^Message-ID:\s*(<[^>]+>)/im.exec(mail.raw)?.[1] ?? 'none');
    const unique = new Set(received);
    const lost = expected.filter((id) => !unique.has(id)).length;
    const retries = Number((await db('outbox').sum({ n: 'attempts' }))[0]!.n) - expected.length;
    return [
      verdict(
        {
          drill: 'smtp-outage',
          measured: `${expected.length} mails (${queuedDuringOutage} queued while SMTP was down), counted by Message-ID`,
          lost,
          doubled: received.length - unique.size,
          errors: unique.size - expected.filter((id) => unique.has(id)).length,
          notes: [
            `${retries} failed delivery attempts retried; ${sentDuringOutage} sent during the outage (must be 0); ${received.length} messages received`,
          ],
        },
        sentDuringOutage === 0,
      ),
    ];
  } finally {
    await system.stop();
    mailer.close();
    await smtp?.close();
    await database.close();
  }
}
