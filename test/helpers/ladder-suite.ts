// A shipped ladder on the time-skipping server over a seeded SQLite file, as the ladder suites drive it: the database
// opened and seeded once per file, a server of its own per case (each starts from today with nothing left over), and
// the submission row and workflow start an enterprise's submit would make. Call inside a `describe`: it registers the
// hooks, and what it answers reads the current case's server and database when called.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Client } from '@temporalio/client';
import type { Knex } from 'knex';
import { createActivities } from '#activities/index';
import { prepareDatabase } from '#core/bootstrap';
import type { ProcessStartInput } from '#core/domain/process-start';
import { addDays, localDate, startOfLocalDay } from '#core/domain/working-calendar';
import type { FormDefinition } from '#forms/form-definition';
import { createTemplateRenderer } from '#core/mail/template-renderer';
import type { LadderParams } from '#workflows/ladder-workflow';
import { ladderTasks } from './ladder-tasks';
import { openSqlite } from './test-db';
import { startTimeSkipping, type TimeSkipping } from './time-skipping';

/** The demo enterprise user whose submissions the suites start. */
export interface Submitter {
  id: number;
  enterprise_id: number;
}

export interface LadderSuiteOptions {
  /** The time zone the activities and the morning use; Beijing's by default. */
  timeZone?: string;
  /** Whether each case starts at 09:00 tomorrow (a full working morning before the first deadline) rather than now. */
  startAtNineTomorrow?: boolean;
  /** More of the activities' dependencies (robot endpoints …), asked for when each case's worker starts. */
  activityDeps?: () => Partial<Parameters<typeof createActivities>[0]>;
  /** Whose submissions the cases start; the demo enterprise's user `ent01` by default. */
  submitter?: (db: Knex) => Promise<Submitter>;
}

/** One submission to start: the shipped `form` with `data`, by the demo enterprise unless `enterpriseId` says. */
export interface LadderStart {
  /** A shipped form, or a form of the test's own with `params` given. */
  form: Pick<FormDefinition, 'key' | 'version' | 'title'> & Partial<Pick<FormDefinition, 'process'>>;
  data: Record<string, unknown>;
  enterpriseId?: number;
  /** The submitter's email; `ent01`'s address by default, `null` for none. */
  email?: string | null;
  /** The ladder's parameters; the form's shipped ones by default. */
  params?: LadderParams;
}

/** One case to start on any server: `LadderStart` with whose it is spelled out, and the version recorded when it is
 * not the form's own. */
export interface LadderCase extends Omit<LadderStart, 'email'> {
  enterpriseId: number;
  submitter: { userId: number; name: string; email: string | null };
  /** The form version the submission row and the start name; the form's own by default. */
  version?: number;
}

/** Records the submission of `what` as the submit route would and starts its ladder on `queue` through `client`;
 * answers its id and workflow handle. */
export async function startLadderCase(db: Knex, client: Client, queue: string, what: LadderCase) {
  const { form, data, enterpriseId, submitter } = what;
  const version = what.version ?? form.version;
  const id = randomUUID();
  const at = new Date().toISOString();
  await db('submissions').insert({
    id,
    form_key: form.key,
    form_version: version,
    enterprise_id: enterpriseId,
    user_id: submitter.userId,
    data: JSON.stringify(data),
    status: 'submitted',
    workflow_id: `submission-${id}`,
    created_at: at,
    updated_at: at,
  });
  const input: ProcessStartInput<LadderParams> = {
    submissionId: id,
    formKey: form.key,
    formVersion: version,
    formTitle: form.title,
    enterpriseId,
    submitter: { ...submitter, locale: 'zh-CN' },
    data,
    params: what.params ?? (form.process!.params as unknown as LadderParams),
  };
  const handle = await client.workflow.start('ladderWorkflow', { taskQueue: queue, workflowId: `submission-${id}`, args: [input] });
  return { id, handle };
}

/** Registers the hooks of a ladder suite on `queue`; answers the case's database, server, submitter and helpers. */
export function ladderSuite(queue: string, options: LadderSuiteOptions = {}) {
  const timeZone = options.timeZone ?? 'Asia/Shanghai';
  let skipping: TimeSkipping | undefined;
  let db: Knex | undefined;
  let submitter: Submitter | undefined;
  const current = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the ladder suite's ${what} is not open (used outside a case?)`);
    return value;
  };
  const suite = {
    get db(): Knex {
      return current(db, 'database');
    },
    get skipping(): TimeSkipping {
      return current(skipping, 'time-skipping server');
    },
    get submitter(): Submitter {
      return current(submitter, 'submitter');
    },
  };

  /** Skips to 09:00 tomorrow in the suite's time zone. */
  async function nextMorning(): Promise<void> {
    const now = await suite.skipping.env.currentTimeMs();
    await suite.skipping.env.sleep(startOfLocalDay(addDays(localDate(now, timeZone), 1), timeZone) + 9 * 3_600_000 - now);
  }

  beforeAll(async () => {
    db = await openSqlite();
    await prepareDatabase(db, { seedDemo: true });
    submitter = options.submitter
      ? await options.submitter(db)
      : await db('users').where({ username: 'ent01' }).first('id', 'enterprise_id');
  });
  beforeEach(async () => {
    skipping = await startTimeSkipping(
      queue,
      createActivities({
        db: suite.db,
        renderer: createTemplateRenderer(timeZone),
        from: 'noreply@fugong.local',
        timeZone,
        ...options.activityDeps?.(),
      }),
    );
    if (options.startAtNineTomorrow) await nextMorning();
  });
  afterEach(async () => {
    await skipping?.stop();
    skipping = undefined;
  });
  afterAll(async () => {
    await db?.destroy();
  });

  /** Records the submission as the submit route would and starts its ladder; answers its id and workflow handle. */
  const start = (what: LadderStart) =>
    startLadderCase(suite.db, suite.skipping.env.client, queue, {
      ...what,
      enterpriseId: what.enterpriseId ?? suite.submitter.enterprise_id,
      submitter: {
        userId: suite.submitter.id,
        name: '企业联络员',
        email: what.email === undefined ? 'ent01@example.com' : what.email,
      },
    });

  /** The case's tasks in the order they opened, as `step:status`. */
  const stepsOf = async (submissionId: string) =>
    (await suite.db('tasks').where({ submission_id: submissionId }).orderBy('created_at').orderBy('id').select('step', 'status')).map(
      (t) => `${t.step}:${t.status}`,
    );
  /** Skips the server to a minute past `iso`. */
  const sleepPast = async (iso: string) => suite.skipping.env.sleep(Date.parse(iso) - (await suite.skipping.env.currentTimeMs()) + 60_000);
  const { openTask, decide } = ladderTasks(
    () => suite.db,
    () => suite.skipping.env.client,
  );

  return Object.assign(suite, { start, nextMorning, stepsOf, sleepPast, openTask, decide, timeZone });
}
