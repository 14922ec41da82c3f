// A time-skipping Temporal server, a worker and a seeded SQLite DB for collection-round tests, with helpers to file a
// report as an enterprise at the server's current time and to wait for projection rows.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { createActivities } from '#activities/index';
import { addDays, localDate, startOfLocalDay } from '#core/domain/working-calendar';
import { createTemplateRenderer } from '#core/mail/template-renderer';
import type { FormDefinition } from '#forms/form-definition';
import { syncShippedForms } from '#core/stores/forms/form-store';
import { readShippedForms } from '#forms/shipped-forms';
import { testWorkerCode, timeSkippingEnvironment } from '../helpers/test-codec';
import { eventually as pollUntil } from '#scripts/kit/eventually';

/** The configured time zone of every collection test. */
export const TZ = 'Asia/Shanghai';
const QUEUE = 'collection-round-test';

/** A running time-skipping environment with its worker. */
export interface Harness {
  env: TestWorkflowEnvironment;
  stop(): Promise<void>;
}

/** Starts a fresh time-skipping server and a worker over `db`; `extra` adds activity dependencies (robot endpoints, say). */
export async function startHarness(db: Knex, extra: Partial<Parameters<typeof createActivities>[0]> = {}): Promise<Harness> {
  const env = await timeSkippingEnvironment();
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue: QUEUE,
    ...testWorkerCode(),
    activities: createActivities({ db, renderer: createTemplateRenderer(TZ), from: 'noreply@fugong.local', timeZone: TZ, ...extra }),
  });
  const running = worker.run();
  return {
    env,
    async stop() {
      worker.shutdown();
      await running;
      await env.teardown();
    },
  };
}

/** A copy of a shipped collection form under a fresh key, published in `db`, with params changed by `change`. */
export async function publishCopy(
  db: Knex,
  shippedKey: string,
  change: (params: Record<string, unknown>) => void = () => {},
): Promise<FormDefinition> {
  const form = structuredClone(readShippedForms().find((f) => f.key === shippedKey)!);
  form.key = `${shippedKey.slice(0, 8)}-${randomUUID().slice(0, 8)}`;
  form.version = 1;
  change(form.process.params);
  await syncShippedForms(db, [form]);
  return form;
}

/** Skips the server's clock forward to `time` local (HH:MM) on the day `dayOffset` days after today. */
export async function skipTo(env: TestWorkflowEnvironment, dayOffset: number, time: string, base?: string): Promise<string> {
  const now = await env.currentTimeMs();
  const date = addDays(base ?? localDate(now, TZ), dayOffset);
  const [h, m] = time.split(':').map(Number);
  const target = startOfLocalDay(date, TZ) + (h! * 60 + m!) * 60_000;
  if (target > now) await env.sleep(target - now);
  return date;
}

/** Polls `read` until `done` holds (activities run in real time on a busy machine). */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const value = await pollUntil(read, done, 30_000, 100);
  if (!done(value)) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value).slice(0, 400)}`);
  return value;
}

/** Files a submission of `form` as enterprise user `username`, stamped with the server's current time, and runs its
 * workflow (on `taskQueue`, when the worker is not the harness's own). */
export async function fileReport(
  h: Pick<Harness, 'env'>,
  db: Knex,
  form: FormDefinition,
  username: string,
  data: Record<string, unknown>,
  taskQueue = QUEUE,
): Promise<string> {
  const user = await db('users').where({ username }).first('id', 'enterprise_id', 'email', 'display_name');
  const id = randomUUID();
  const at = new Date(await h.env.currentTimeMs()).toISOString();
  await db('submissions').insert({
    id,
    form_key: form.key,
    form_version: form.version,
    enterprise_id: user.enterprise_id,
    user_id: user.id,
    data: JSON.stringify(data),
    status: 'submitted',
    workflow_id: `submission-${id}`,
    created_at: at,
    updated_at: at,
  });
  // Started, not awaited: awaiting a result lets the time-skipping server jump to the round's next timer.
  await h.env.client.workflow.start('collectionReportWorkflow', {
    taskQueue,
    workflowId: `submission-${id}`,
    args: [
      {
        submissionId: id,
        formKey: form.key,
        formVersion: form.version,
        formTitle: form.title,
        enterpriseId: user.enterprise_id,
        submitter: { userId: user.id, name: user.display_name, email: user.email, locale: 'zh-CN' },
        data,
        params: form.process.params,
      },
    ],
  });
  await eventually(
    () => db('submissions').where({ id }).first('status'),
    (row) => row.status === 'settled',
    `submission ${id} to be filed and settled`,
  );
  return id;
}

/** Starts a round of `formKey` now (a campaign when `campaign` is given). */
export async function startRound(h: Harness, formKey: string, campaign?: { roundId: string; deadline: string; openedBy: number | null }) {
  return h.env.client.workflow.start('collectionRoundWorkflow', {
    taskQueue: QUEUE,
    workflowId: `round-${randomUUID()}`,
    args: [{ formKey, campaign }],
  });
}
