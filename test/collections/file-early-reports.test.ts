// A report submitted on a round's day before the round opened (the install day, or 00:00–00:05 before the Schedule's
// opening activity runs) found no round to file into. The round takes it when it opens: the enterprise counts as
// reported, on the dashboard and in the evaluation, and is never chased as overdue. Reports of an earlier day stay
// that day's. Both databases.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordReport } from '#activities/collection/record-report';
import { closeRound, noticePage, type NoticePageInput } from '#activities/collection/round-notices';
import { openRound } from '#activities/collection/round-opening';
import type { SendEmailInput } from '#activities/email-activities';
import { createSubmissionActivities } from '#activities/submission-activities';
import { prepareDatabase } from '#core/bootstrap';
import { migrationSource } from '#core/migrations';
import { atLocalTime } from '#core/domain/collection-plan';
import { addDays } from '#core/domain/working-calendar';
import { evaluateEnterprises } from '#core/evaluation/enterprise-evaluation';
import { DEFAULT_WEIGHTS } from '#core/evaluation/evaluation-weights';
import type { FormDefinition } from '#forms/form-definition';
import { findSubmission } from '#core/stores/submissions/submission-store';
import { presentSubmission } from '#web/server/submissions/present-submission';
import { enterpriseTodo } from '#web/server/todo/enterprise-todo';
import { migrateDownThrough } from '../helpers/migrate-down';
import { testDatabases } from '../helpers/test-db';
import { publishCopy, TZ } from './collection-harness';

// A day no demo record reaches, so only this test's rounds and reports count.
const DAY = '2032-03-10';
const REPORT = { projectsStarted: 2, projectsReady: 1, projectsDelayed: 0, workersOnSite: 120, returnedToday: 8, awaitingReturn: 15 };

const at = (date: string, time: string) => new Date(atLocalTime(date, time, TZ)).toISOString();

describe.each(testDatabases())('reports submitted before their round opened ($name)', (database) => {
  let db: Knex;
  let close: () => Promise<void>;
  let ent01: { id: number; email: string; name: string; userId: number };
  let ent02: { id: number; email: string; name: string; userId: number };

  beforeAll(async () => {
    ({ db, close } = await database.open());
    await prepareDatabase(db, { seedDemo: true });
    const account = async (username: string) => {
      const row = await db('users as u')
        .join('enterprises as e', 'e.id', 'u.enterprise_id')
        .where('u.username', username)
        .first('u.id', 'u.email', 'e.id as enterprise_id', 'e.name');
      return { id: Number(row.enterprise_id), email: String(row.email), name: String(row.name), userId: Number(row.id) };
    };
    ent01 = await account('ent01');
    ent02 = await account('ent02');
  });
  afterAll(async () => {
    await close?.();
  });

  /** A submission of `form` by the enterprise, made at `createdAt`, whose workflow has not run yet. */
  async function submit(form: FormDefinition, enterprise: typeof ent01, data: Record<string, unknown>, createdAt: string) {
    const id = randomUUID();
    await db('submissions').insert({
      id,
      form_key: form.key,
      form_version: form.version,
      enterprise_id: enterprise.id,
      user_id: enterprise.userId,
      data: JSON.stringify(data),
      status: 'submitted',
      workflow_id: `submission-${id}`,
      created_at: createdAt,
      updated_at: createdAt,
    });
    return id;
  }

  const record = (form: FormDefinition, enterprise: typeof ent01, submissionId: string) =>
    recordReport(db, TZ, { submissionId, formKey: form.key, enterpriseId: enterprise.id }, () => new Date());
  /** The submission's own workflow (workflows/collection-report-workflow.ts): files it, then settles it with where it landed. */
  async function file(form: FormDefinition, enterprise: typeof ent01, submissionId: string) {
    const filed = await record(form, enterprise, submissionId);
    await settle(submissionId, filed);
    return filed;
  }
  const settle = (submissionId: string, filed: object) =>
    createSubmissionActivities({ db }).settleCollectionReport({
      submissionId,
      result: { ...filed, receivedAt: new Date().toISOString() },
    });
  /** The submission's status, result and result sentence as its page shows them (GET /api/submissions/:id). */
  async function shown(submissionId: string, locale: 'zh-CN' | 'en' = 'zh-CN') {
    const submission = (await findSubmission(db, submissionId))!;
    const { resultText } = await presentSubmission(db, submission, locale, 'Asia/Shanghai');
    return { status: submission.status, result: submission.result, resultText };
  }
  const reportOf = (roundId: string, enterprise: typeof ent01) =>
    db('collection_reports').where({ round_id: roundId, enterprise_id: enterprise.id }).first();
  const totalsOf = (roundId: string) =>
    db('collection_day_totals').where({ round_id: roundId }).first('targeted', 'pending', 'on_time', 'late', 'missed', 'workers_on_site');
  const versionsOf = (roundId: string) =>
    db('collection_report_versions')
      .where({ round_id: roundId })
      .orderBy('submitted_at')
      .select('enterprise_id', 'submission_id', 'superseded_by');

  /** Runs one notice step over every page and answers the emails it sent. */
  async function notices(step: Omit<NoticePageInput, 'cursor' | 'limit'>): Promise<SendEmailInput[]> {
    const sent: SendEmailInput[] = [];
    let cursor: number | null = null;
    do {
      ({ cursor } = await noticePage(
        db,
        { ...step, cursor, limit: 250 },
        async (email) => sent.push(email),
        () => new Date(),
      ));
    } while (cursor !== null);
    return sent;
  }

  it('files the day’s early reports when the daily round opens, so the enterprise is neither chased nor counted missing', async () => {
    const form = await publishCopy(db, 'daily-report');
    const first = await submit(form, ent01, REPORT, at(DAY, '00:01'));
    const amended = await submit(form, ent01, { ...REPORT, workersOnSite: 100 }, at(DAY, '00:02'));
    // Yesterday's report, from a day with no round: it belongs to yesterday, not to today's round.
    const yesterday = await submit(form, ent02, REPORT, at(addDays(DAY, -1), '10:00'));
    for (const [enterprise, id] of [
      [ent01, first],
      [ent01, amended],
      [ent02, yesterday],
    ] as const)
      expect(await file(form, enterprise, id)).toEqual({ roundId: null, punctuality: null, amends: null });

    const opening = { formKey: form.key, at: at(DAY, '00:05'), workflowId: `round-${randomUUID()}` };
    const opened = await openRound(db, TZ, opening);
    const roundId = `${form.key}/${DAY}`;
    expect(opened.roundId).toBe(roundId);
    expect(opened.plan).not.toBeNull();

    expect(await reportOf(roundId, ent01)).toMatchObject({ status: 'on_time', submission_id: amended, amendments: 1 });
    expect(await reportOf(roundId, ent02)).toMatchObject({ status: 'expected', submission_id: null });
    expect(await versionsOf(roundId)).toEqual([
      { enterprise_id: ent01.id, submission_id: first, superseded_by: amended },
      { enterprise_id: ent01.id, submission_id: amended, superseded_by: null },
    ]);
    const totals = { targeted: opened.expected, pending: opened.expected - 1, on_time: 1, late: 0, missed: 0, workers_on_site: 100 };
    expect(await totalsOf(roundId)).toEqual(totals);
    // Each submission reads as a report filed in its round would: on time, or amending the earlier one; not "received".
    const receivedAt = expect.any(String);
    expect(await shown(first)).toEqual({
      status: 'settled',
      result: { roundId, punctuality: 'on_time', amends: null, receivedAt },
      resultText: expect.stringMatching(/^按时提交，/),
    });
    expect((await shown(first, 'en')).resultText).toMatch(/^Submitted on time, /);
    expect(await shown(amended)).toEqual({
      status: 'settled',
      result: { roundId, punctuality: 'on_time', amends: first, receivedAt },
      resultText: expect.stringMatching(/^已更正：替换本期此前提交的报告，/),
    });
    expect(await shown(yesterday)).toMatchObject({
      status: 'settled',
      result: { roundId: null, punctuality: null },
      resultText: expect.stringMatching(/^已收到，/),
    });
    const firstRow = await db('submissions').where({ id: first }).first('result', 'updated_at');
    expect(await db('collection_latest_reports').where({ form_key: form.key, enterprise_id: ent01.id }).first()).toMatchObject({
      round_id: roundId,
      submission_id: amended,
    });

    // The opening activity retried, and the amendment's own workflow running late: nothing is filed or counted twice.
    expect(await openRound(db, TZ, opening)).toMatchObject({ roundId, expected: opened.expected });
    expect(await file(form, ent01, amended)).toEqual({ roundId, punctuality: 'on_time', amends: first });
    expect(await versionsOf(roundId)).toHaveLength(2);
    expect(await reportOf(roundId, ent01)).toMatchObject({ status: 'on_time', amendments: 1 });
    expect(await totalsOf(roundId)).toEqual(totals);
    expect(await db('submissions').where({ id: first }).first('result', 'updated_at')).toEqual(firstRow);

    const reminders = await notices({ roundId, kind: 'remind', index: 0, to: 'enterprise', template: 'collection-reminder' });
    expect(reminders.map((email) => email.to)).not.toContain(ent01.email);
    expect(reminders.map((email) => email.to)).toContain(ent02.email);

    await closeRound(db, roundId, at(DAY, '17:00'));
    expect(await reportOf(roundId, ent01)).toMatchObject({ status: 'on_time' });
    expect(await reportOf(roundId, ent02)).toMatchObject({ status: 'missed' });
    const overdue = await notices({ roundId, kind: 'escalate', index: 0, to: 'enterprise', template: 'collection-overdue' });
    expect(overdue.map((email) => email.to)).not.toContain(ent01.email);
    expect(overdue.map((email) => email.to)).toContain(ent02.email);
    const toCadres = await notices({ roundId, kind: 'escalate', index: 1, to: 'cadre', template: 'collection-overdue' });
    const listed = toCadres.flatMap((email) => (email.data.enterprises as { name: string }[]).map((e) => e.name));
    expect(listed).not.toContain(ent01.name);
    expect(listed).toContain(ent02.name);
    // The enterprise's home page says it has reported today.
    const todayOf = async (enterprise: typeof ent01) =>
      (await enterpriseTodo(db, enterprise.id, TZ, new Date(at(DAY, '17:30')), { limit: 10, offset: 0 })).reports.find(
        (report) => report.formKey === form.key,
      );
    expect(await todayOf(ent01)).toMatchObject({ state: 'submitted', late: false, submissionId: amended });
    expect(await todayOf(ent02)).toMatchObject({ state: 'overdue', submissionId: null });

    const evaluation = await evaluateEnterprises(
      db,
      [ent01.id, ent02.id],
      { from: DAY, to: DAY },
      { ...DEFAULT_WEIGHTS, reportForms: [form.key] },
      TZ,
    );
    const counts = (id: number) => evaluation.find((row) => row.enterpriseId === id)!.counts;
    expect(counts(ent01.id)).toMatchObject({ onTimeReport: 1, lateReport: 0, missedReport: 0 });
    expect(counts(ent02.id)).toMatchObject({ onTimeReport: 0, missedReport: 1 });
  });

  it('takes a liaison named before the campaign opened that day, and updates the enterprise’s liaison', async () => {
    const form = await publishCopy(db, 'liaison-designation', (params) => (params.target = { kind: 'list', enterpriseIds: [ent01.id] }));
    const liaison = { liaisonName: '早报联络员', mobile: '13900139000', email: 'early@example.com' };
    const id = await submit(form, ent01, liaison, at(DAY, '08:00'));
    // Its workflow finds no round, and settles the submission only after the campaign opened and filed it.
    const nowhere = await record(form, ent01, id);
    expect(nowhere).toEqual({ roundId: null, punctuality: null, amends: null });

    const roundId = `${form.key}/campaign-${randomUUID().slice(0, 8)}`;
    const campaign = { roundId, deadline: at(addDays(DAY, 3), '18:00'), openedBy: null };
    await openRound(db, TZ, { formKey: form.key, at: at(DAY, '09:00'), workflowId: `round-${randomUUID()}`, campaign });

    expect(await reportOf(roundId, ent01)).toMatchObject({ status: 'on_time', submission_id: id });
    expect(await totalsOf(roundId)).toMatchObject({ targeted: 1, pending: 0, on_time: 1 });
    await settle(id, nowhere);
    expect(await shown(id)).toEqual({
      status: 'settled',
      result: { roundId, punctuality: 'on_time', amends: null, receivedAt: at(DAY, '09:00') },
      resultText: expect.stringMatching(/^按时提交，/),
    });
    expect(await db('submission_events').where({ submission_id: id, kind: 'status.received' })).toHaveLength(1);
    expect(await db('submission_events').where({ submission_id: id, kind: 'status.settled' })).toHaveLength(1);
    // The workflow's activity retried after a lost reply: nothing is written twice.
    await settle(id, nowhere);
    expect(await db('submission_events').where({ submission_id: id, kind: 'status.settled' })).toHaveLength(1);
    expect(await db('enterprises').where({ id: ent01.id }).first('liaison_name', 'liaison_mobile', 'liaison_email')).toEqual({
      liaison_name: '早报联络员',
      liaison_mobile: '13900139000',
      liaison_email: 'early@example.com',
    });
  });

  it('names the liaison on the enterprise even when no campaign is open to file the designation into', async () => {
    const form = await publishCopy(db, 'liaison-designation', (params) => (params.target = { kind: 'list', enterpriseIds: [ent02.id] }));
    const liaison = { liaisonName: '无期联络员', mobile: '13311112222', email: 'noround@example.com' };
    const id = await submit(form, ent02, liaison, at(addDays(DAY, 20), '10:00'));
    expect(await record(form, ent02, id)).toEqual({ roundId: null, punctuality: null, amends: null });
    expect(await db('enterprises').where({ id: ent02.id }).first('liaison_name', 'liaison_mobile', 'liaison_email')).toEqual({
      liaison_name: '无期联络员',
      liaison_mobile: '13311112222',
      liaison_email: 'noround@example.com',
    });
    const audit = await db('audit_log').where({ action: 'enterprise.liaison', target_id: String(ent02.id) });
    expect(audit.some((row) => String(row.summary).includes(id))).toBe(true);
  });

  // Last: it rolls the schema back to before migration 0052 and forward again.
  it('settles on upgrade the filed reports an earlier version left received; one that found no round keeps its status', async () => {
    const name = '20261205-0052-collection-reports-settled';
    // Published first: the form store writes columns later migrations add, which the rolled-back schema lacks.
    const form = await publishCopy(db, 'daily-report');
    expect((await migrateDownThrough(db, name)).at(-1)).toBe(name);
    const day = addDays(DAY, 7);
    await openRound(db, TZ, { formKey: form.key, at: at(day, '00:05'), workflowId: `round-${randomUUID()}` });
    const filed = await submit(form, ent01, REPORT, at(day, '09:00'));
    // The next day has no round: its report was filed nowhere.
    const nowhere = await submit(form, ent02, REPORT, at(addDays(day, 1), '09:00'));
    // What the workflow recorded before it settled its submissions.
    for (const [enterprise, id] of [
      [ent01, filed],
      [ent02, nowhere],
    ] as const) {
      const result = { ...(await record(form, enterprise, id)), receivedAt: new Date().toISOString() };
      await createSubmissionActivities({ db }).markSubmission({ submissionId: id, status: 'received', result });
    }
    await db.migrate.latest({ migrationSource });
    expect(await shown(filed)).toMatchObject({ status: 'settled', resultText: expect.stringMatching(/^按时提交，/) });
    expect(await shown(nowhere)).toMatchObject({ status: 'received', resultText: expect.stringMatching(/^已收到，/) });
  });
});
