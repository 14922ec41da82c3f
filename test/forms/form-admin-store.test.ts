import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDefinition } from '#forms/check-definition';
import { listFormSummaries, publishDraft, runningByVersion, saveDraft } from '#core/stores/forms/form-admin-store';
import { readShippedForms } from '#forms/shipped-forms';
import { processTypeOffers, starterDefinition, starterOffers } from '#forms/process-templates';
import { timelineOf } from '#core/stores/submissions/submission-store';
import { testDatabases, type OpenDatabase } from '../helpers/test-db';

const SHIPPED = readShippedForms().find((form) => form.key === 'liaison-designation')!;
const TITLE = { 'zh-CN': '新表单', en: 'New form' };

describe('starting a new form', () => {
  it.each(starterOffers())('starts a $name form from a definition that passes every check', ({ name }) => {
    expect(checkDefinition(starterDefinition('starter-form', TITLE, name))).toEqual([]);
  });

  it('offers every process type with starter parameters, and a collection both once and daily', () => {
    const offers = Object.fromEntries(processTypeOffers().map((offer) => [offer.name, offer.starterParams]));
    expect(offers.receipt).toMatchObject({ settleAfter: expect.any(String) });
    expect(offers.ladder).toMatchObject({ stages: expect.any(Array) });
    expect(offers.collection).toMatchObject({ recurrence: 'once' });
    expect(offers.monitoring).toMatchObject({ days: expect.any(Number), checkInTimes: expect.any(Array) });
    expect(starterOffers()).toEqual(
      expect.arrayContaining([
        { name: 'ladder', processType: 'ladder' },
        { name: 'collection-once', processType: 'collection' },
        { name: 'collection-daily', processType: 'collection' },
        { name: 'monitoring', processType: 'monitoring' },
      ]),
    );
  });
});

describe.each(testDatabases())('form list for admins on $name', (database) => {
  let open: OpenDatabase;
  beforeAll(async () => {
    open = await database.open();
  });
  afterAll(async () => {
    await open?.close();
  });

  it('counts running instances per form and per version, and names audience, draft and status', async () => {
    const { db } = open;
    const key = `list-${randomUUID().slice(0, 8)}`;
    await saveDraft(db, { ...SHIPPED, key, audience: ['enterprise', 'gate'] }, 'admin');
    await publishDraft(db, key);
    await saveDraft(db, { ...SHIPPED, key }, 'admin');
    const [user] = await db('users')
      .insert({ username: `u-${key}`, display_name: '甲', role: 'enterprise', password_hash: 'x', created_at: new Date().toISOString() })
      .returning('id');
    const userId = Number((user as { id: number }).id);
    const at = new Date().toISOString();
    for (const status of ['received', 'submitted', 'settled']) {
      const id = randomUUID();
      await db('submissions').insert({
        id,
        form_key: key,
        form_version: 1,
        user_id: userId,
        data: '{}',
        status,
        workflow_id: `wf-${id}`,
        created_at: at,
        updated_at: at,
      });
    }
    const summary = (await listFormSummaries(db)).find((form) => form.key === key);
    expect(summary).toMatchObject({
      status: 'published',
      latestVersion: 1,
      hasDraft: true,
      versions: 1,
      running: 2,
      audience: ['enterprise', 'gate'],
    });
    expect(await runningByVersion(db, key)).toEqual({ 1: 2 });
  });
});

describe.each(testDatabases())('submission timeline on $name', (database) => {
  let open: OpenDatabase;
  beforeAll(async () => {
    open = await database.open();
  });
  afterAll(async () => {
    await open?.close();
  });

  it('tells the submitter, in order, when each task opened and how it closed', async () => {
    const { db } = open;
    const submissionId = randomUUID();
    const title = JSON.stringify({ 'zh-CN': '包挂干部办理', en: 'Assigned cadre' });
    const task = (step: string, created: string, closed: string | null, status: string, outcome: unknown) => ({
      id: `${submissionId}/${step}`,
      workflow_id: `wf-${submissionId}`,
      submission_id: submissionId,
      process_type: 'ladder',
      step,
      title,
      priority: 0,
      due_at: '2026-02-11T09:00:00.000Z',
      created_at: created,
      closed_at: closed,
      status,
      outcome: outcome === null ? null : JSON.stringify(outcome),
      allowed_actions: '[]',
      completion_schema: '{}',
      search_text: '',
    });
    await db('submission_events').insert({
      submission_id: submissionId,
      kind: 'status.submitted',
      detail: '{}',
      at: '2026-02-10T01:00:00.000Z',
    });
    await db('tasks').insert([
      task('cadre', '2026-02-10T01:00:01.000Z', '2026-02-10T05:00:00.000Z', 'escalated', {
        kind: 'decided',
        action: 'escalate',
        data: {},
        comment: '',
        decidedBy: 1,
        decidedAt: '2026-02-10T05:00:00.000Z',
      }),
      task('hq', '2026-02-10T05:00:01.000Z', null, 'open', null),
    ]);
    const timeline = await timelineOf(db, submissionId);
    expect(timeline.map((e) => [e.kind, (e.detail as { step?: string }).step ?? null])).toEqual([
      ['status.submitted', null],
      ['task.opened', 'cadre'],
      ['task.closed', 'cadre'],
      ['task.opened', 'hq'],
    ]);
    expect(timeline[2]!.detail).toMatchObject({ status: 'escalated', action: 'escalate', title: { en: 'Assigned cadre' } });
  });

  it('says what each message was for, an admin’s own template by the one it stands in for, and its subject’s language', async () => {
    const { db } = open;
    const submissionId = randomUUID();
    const created = `receipt-${submissionId.slice(0, 8)}`;
    await db('email_template_purposes').insert({ name: created, purpose: 'submission-received', created_at: '2026-02-10T00:00:00.000Z' });
    const message = (n: number, template: string, locale: string) => ({
      idempotency_key: `${submissionId}/${n}`,
      template,
      locale,
      to_address: 'ent01@demo.fugong.local',
      subject: locale === 'en' ? 'Case update' : '【复工】已收到',
      text_body: '',
      html_body: '',
      status: 'outbox',
      submission_id: submissionId,
      created_at: `2026-02-10T01:00:0${n}.000Z`,
    });
    await db('outbox').insert([message(1, created, 'zh-CN'), message(2, 'case-update', 'en')]);
    const timeline = await timelineOf(db, submissionId);
    expect(
      timeline.map(({ kind, detail }) => [
        kind,
        (detail as Record<string, unknown>).purpose,
        (detail as Record<string, unknown>).subjectLocale,
      ]),
    ).toEqual([
      ['email', 'submission-received', 'zh-CN'],
      ['email', 'case-update', 'en'],
    ]);
  });
});
