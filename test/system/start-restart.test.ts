import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import knexFactory from 'knex';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { toRow } from '#core/stores/forms/form-store';
import { receiptForm, RECEIPT_FORM_KEY, RECEIPT_FORM_TITLE } from '../fixtures/receipt-form';
import { HttpSession } from '#scripts/kit/http-session';
import { installationEnv, portOpen, startScript, until, type StartedScript } from '#scripts/kit/start-script';

describe('npm start (the whole system as one command)', () => {
  const started: StartedScript[] = [];
  afterAll(() => {
    for (const run of started) if (run.child.exitCode === null) run.child.kill('SIGKILL');
  });

  it('keeps a workflow started before a restart, which then completes; Ctrl-C stops every child', async () => {
    const env = await installationEnv();
    const first = await startScript(env);
    started.push(first);
    expect(first.output()).toContain('Demo data seeded on this first run');
    // While the demo accounts sign in with it (start-up-checks.test.ts: not once they do not).
    expect(first.output()).toContain(`Demo logins / 演示账号 (password 密码: ${DEMO_PASSWORD})`);
    expect(first.output()).toMatch(/ent01\s+enterprise/);
    expect(first.output()).toContain(`UI: http://localhost:${env.TEMPORAL_DEV_UI_PORT}`);
    // The dev server's UI is told to show sealed payloads through the web app's codec endpoint.
    const uiSettings = await (await fetch(`http://127.0.0.1:${env.TEMPORAL_DEV_UI_PORT}/api/v1/settings`)).json();
    expect(uiSettings.Codec.Endpoint).toBe(`http://localhost:${env.PORT}/api/temporal-codec`);

    // As an admin would by publishing a form: a receipt with a short hold, so the restart happens mid-timer.
    const db = knexFactory({ client: 'sqlite3', connection: { filename: join(env.DATA_DIR!, 'fugong.sqlite') }, useNullAsDefault: true });
    await db('form_definitions').insert({
      ...toRow(receiptForm('25 seconds')),
      status: 'published',
      source: 'admin',
      author: 'admin',
      created_at: new Date().toISOString(),
    });
    await db.destroy();

    const session = new HttpSession(first.baseUrl);
    await session.login('ent01', DEMO_PASSWORD);
    const submissionId = randomUUID();
    const accepted = await session.request('POST', `/api/forms/${RECEIPT_FORM_KEY}/submissions`, {
      submissionId,
      data: { liaisonName: '张三', mobile: '13800138000', email: 'z@example.com' },
    });
    expect(accepted).toMatchObject({ status: 202, body: { submission: { formKey: RECEIPT_FORM_KEY, formVersion: 1 } } });
    await until(
      async () => (await session.request('GET', `/api/submissions/${submissionId}`)).body.submission.status === 'received',
      30_000,
      'the receipt',
    );

    expect(await first.stop()).toBe(0);
    // The payload key the first run created stays, owner-only, so the second run can read what the first sealed.
    const keyFile = join(env.DATA_DIR!, 'payload-keys');
    const key = readFileSync(keyFile, 'utf8');
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(await portOpen(Number(env.PORT))).toBe(false);
    expect(await portOpen(Number(env.TEMPORAL_DEV_PORT))).toBe(false);

    const second = await startScript(env);
    started.push(second);
    expect(second.output()).toContain('Existing data reused');
    expect(readFileSync(keyFile, 'utf8')).toBe(key);
    const again = new HttpSession(second.baseUrl);
    await again.login('ent01', DEMO_PASSWORD);
    const listed = await again.request('GET', '/api/submissions');
    expect(listed.body.submissions.map((s: { id: string }) => s.id)).toContain(submissionId);
    const settledWithEmail = async () => {
      const { submission } = (await again.request('GET', `/api/submissions/${submissionId}`)).body;
      return submission.status === 'settled' && submission.emails.length === 2;
    };
    await until(settledWithEmail, 90_000, 'the hold to end, the submission to settle and its email');
    const settled = await again.request('GET', `/api/submissions/${submissionId}`);
    const { caseNumber } = settled.body.submission as { caseNumber: string };
    expect(settled.body.submission.emails.map((e: { subject: string }) => e.subject)).toEqual([
      `【复工】已收到您的《${RECEIPT_FORM_TITLE}》（${caseNumber}）`,
      `【复工】《${RECEIPT_FORM_TITLE}》已办结（${caseNumber}）`,
    ]);
    expect(await second.stop()).toBe(0);
  }, 240_000);
});
