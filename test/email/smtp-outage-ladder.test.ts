// An SMTP outage must not stop the difficulty ladder: with the mail server down, a report the cadre escalates reaches the
// working group's inbox while its emails wait in the outbox, and the mail pass delivers each of them once SMTP is back.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpMailer, type Mailer } from '#core/mail/mailer';
import { messageIdOf } from '#core/mail/mail-attempt';
import { eventually } from '#scripts/kit/eventually';
import { signedInOnce } from '#scripts/kit/http-session';
import { startLoopbackSmtp, type LoopbackSmtp } from '#scripts/kit/loopback-smtp';
import { freePort } from '#scripts/kit/start-script';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';

interface TaskRow {
  id: string;
  submissionId: string;
  step: string;
  status: string;
}

interface OutboxRow {
  idempotency_key: string;
  status: string;
  attempts: number;
  last_error: string | null;
}

describe('difficulty ladder while SMTP is down', () => {
  let system: RunningSystem;
  let mailer: Mailer;
  let smtp: LoopbackSmtp | undefined;
  let port: number;
  const as = signedInOnce(() => system.baseUrl);
  const openTask = async (username: string, box: string, submissionId: string, step: string) =>
    eventually(
      async () =>
        ((await (await as(username)).request('GET', `/api/tasks?box=${box}`)).body.tasks as TaskRow[]).find(
          (t) => t.submissionId === submissionId && t.step === step && ['open', 'claimed'].includes(t.status),
        ),
      Boolean,
    );
  const mailsAbout = (submissionId: string): Promise<OutboxRow[]> =>
    system
      .db('outbox')
      .where({ submission_id: submissionId, channel: 'email' })
      .orderBy('id')
      .select('idempotency_key', 'status', 'attempts', 'last_error');

  beforeAll(async () => {
    // Nothing listens on the port until the test starts a server there: every connection is refused.
    port = await freePort();
    mailer = createSmtpMailer(`smtp://127.0.0.1:${port}`);
    system = await startSystem(testDatabases()[0]!, undefined, { mailer });
  });
  afterAll(async () => {
    await system?.stop();
    mailer?.close();
    await smtp?.close();
  });

  it('opens the working group’s task while the escalation email waits, and delivers every email once SMTP returns', async () => {
    const id = randomUUID();
    const filed = await (
      await as('ent01')
    ).request('POST', '/api/forms/difficulty-report/submissions', {
      submissionId: id,
      data: { category: 'materials', summary: '钢筋供应中断，两个项目停工待料' },
    });
    expect(filed.status, JSON.stringify(filed.body)).toBe(202);

    const cadreTask = await openTask('cadre1', 'mine', id, 'cadre');
    expect(cadreTask, 'the cadre’s task opens although the receipt could not be sent').toBeDefined();
    const decided = await (
      await as('cadre1')
    ).request('POST', `/api/tasks/${encodeURIComponent(cadreTask!.id)}/decide`, {
      action: 'escalate',
      data: { note: '需专班协调钢材调配' },
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);

    const groupTask = await openTask('class-materials', 'groups', id, 'group');
    expect(groupTask, 'the working group’s task opens while SMTP is down').toBeDefined();
    const waiting = await mailsAbout(id);
    const escalation = waiting.find((row) => row.idempotency_key.endsWith('/decision/update'));
    expect(escalation, JSON.stringify(waiting)).toMatchObject({ status: 'queued' });
    expect(escalation!.attempts).toBeGreaterThanOrEqual(1);
    expect(escalation!.last_error).toContain('ECONNREFUSED');
    expect(waiting.filter((row) => row.status === 'sent')).toEqual([]);

    smtp = await startLoopbackSmtp(port);
    const delivered = await eventually(
      () => mailsAbout(id),
      (rows) => rows.every((row) => row.status === 'sent'),
      120_000,
      500,
    );
    expect(delivered.map((row) => row.status)).toEqual(delivered.map(() => 'sent'));
    expect(delivered.map((row) => row.idempotency_key)).toEqual(expect.arrayContaining(waiting.map((row) => row.idempotency_key)));
    // Each message arrived exactly once, told apart by its stable Message-ID.
    const received = smtp.received.map((mail) => /^Message-ID:\s*(<[^>]+>)/im.exec(mail.raw)?.[1]);
    expect(received.sort()).toEqual(delivered.map((row) => messageIdOf(row.idempotency_key)).sort());
  }, 240_000);
});
