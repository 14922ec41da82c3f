// The overdue notice names what the process did when a task ran out of time: the group, body or role the case was
// escalated to, by the name people know, or why it was closed — in the recipient's language, with the case number and
// the link. A notice queued before the workflow said what it did, and an admin's copy with the old variables, still read.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmailActivities } from '#activities/email-activities';
import { createTaskActivities } from '#activities/task-activities';
import { prepareDatabase } from '#core/bootstrap';
import type { TaskAssignee, TaskBreach, TaskSpec } from '#core/domain/human-task';
import { createTemplateRenderer } from '#core/mail/template-renderer';
import { deleteEditedCopy, saveEditedCopy } from '#core/stores/email-templates/email-template-store';
import { testDatabases } from '../helpers/test-db';

const PUBLIC_URL = 'https://fugong.example.gov.cn';

interface Case {
  name: string;
  /** Who held the task (and gets the notice), and in which language they read. */
  holder: { assignee: TaskAssignee; username: string; locale: 'zh-CN' | 'en' };
  breach?: TaskBreach;
  says: string;
}

const CADRE = { assignee: { kind: 'cadre-of-enterprise' }, username: 'cadre1', locale: 'zh-CN' } as const;
const PERSONNEL = {
  assignee: { kind: 'role', role: 'special_class', workingGroupKey: 'personnel' },
  username: 'class-personnel',
  locale: 'en',
} as const;
const HQ = { assignee: { kind: 'role', role: 'hq' }, username: 'hq', locale: 'en' } as const;

const CASES: Case[] = [
  {
    name: 'escalated to the working group the category maps to',
    holder: CADRE,
    breach: { kind: 'escalated', to: { kind: 'group-of-category', category: 'personnel_return' } },
    says: '超过办理时限，已升级至「企业服务专班（人员保障组）」继续办理。',
  },
  {
    name: 'escalated to HQ, in English',
    holder: PERSONNEL,
    breach: { kind: 'escalated', to: { kind: 'role', role: 'hq' } },
    says: 'it has been escalated to Prevention and control HQ.',
  },
  {
    name: 'escalated to an inspection body, by its own name',
    holder: CADRE,
    breach: { kind: 'escalated', to: { kind: 'role', role: 'special_class', workingGroupKey: 'joint-inspection' } },
    says: '已升级至「复工联合检查组」继续办理。',
  },
  {
    name: 'closed: the case expired at the last rung, in English',
    holder: HQ,
    breach: { kind: 'closed', reason: 'case-expired' },
    says: 'and has been closed: nobody acted on it in time, so the case has ended as "Expired".',
  },
  {
    name: 'closed: the case expired',
    holder: CADRE,
    breach: { kind: 'closed', reason: 'case-expired' },
    says: '超过办理时限，已关闭：超时未办理，案件已按流程规定以“已超期”结束。',
  },
  {
    name: 'closed: an objection review lapsed and the case goes back to the enterprise’s cadre',
    holder: PERSONNEL,
    breach: { kind: 'closed', reason: 'objection-upheld', returnsTo: { kind: 'cadre-of-enterprise' } },
    says: 'the objection review ran out of time, so the objection counts as upheld and the case goes back to 王建国（包挂干部）.',
  },
  {
    name: 'closed: a fever referral nobody acknowledged, in English',
    holder: HQ,
    breach: { kind: 'closed', reason: 'referral-lapsed' },
    says: "and has been closed: the referral was not acknowledged in time, and that is now on the person's quarantine record.",
  },
  {
    name: 'closed with no reason given',
    holder: CADRE,
    breach: { kind: 'closed' },
    says: '超过办理时限，已关闭：按流程规定，超过时限即结束办理。',
  },
  {
    name: 'queued before the workflow said what it did',
    holder: CADRE,
    says: '超过办理时限，系统已按流程规定处理（升级或关闭）。',
  },
];

describe.each(testDatabases())('the overdue notice on $name', (database) => {
  let db: Knex;
  let close: () => Promise<void>;
  let tasks: ReturnType<typeof createTaskActivities>;
  let enterpriseId: number;
  let ent01: { id: number };

  beforeAll(async () => {
    ({ db, close } = await database.open());
    await prepareDatabase(db, { seedDemo: true });
    const renderer = createTemplateRenderer('Asia/Shanghai');
    const email = createEmailActivities({ db, renderer, from: 'noreply@fugong.local', publicUrl: PUBLIC_URL });
    tasks = createTaskActivities({ db, email });
    ent01 = await db('users').where({ username: 'ent01' }).first('id', 'enterprise_id');
    enterpriseId = Number((ent01 as unknown as { enterprise_id: number }).enterprise_id);
    await db('users').whereIn('username', ['class-personnel', 'hq']).update({ locale: 'en' });
  });
  afterAll(async () => {
    await close?.();
  });

  /** Opens a task about a new case of ent01's enterprise, held by `holder`, and sends its overdue notice with `breach`. */
  async function overdue(holder: Case['holder'], breach?: TaskBreach) {
    const submissionId = randomUUID();
    const caseNumber = `KN-20261205-${submissionId.slice(0, 4).toUpperCase()}`;
    const at = new Date().toISOString();
    await db('submissions').insert({
      id: submissionId,
      form_key: 'difficulty-report',
      form_version: 1,
      enterprise_id: enterpriseId,
      user_id: ent01.id,
      data: '{}',
      status: 'received',
      workflow_id: `submission-${submissionId}`,
      case_number: caseNumber,
      created_at: at,
      updated_at: at,
    });
    const spec: TaskSpec = {
      taskId: `submission-${submissionId}/0-0-rung`,
      step: 'rung',
      processType: 'ladder',
      title: { 'zh-CN': '困难问题反映 · 本级办理', en: 'Difficulty report · this rung' },
      submissionId,
      enterpriseId,
      assignee: holder.assignee,
      priority: 0,
      dueAt: '2026-12-05T16:00:00.000Z',
      allowedActions: ['resolve', 'escalate'],
      completionSchema: { type: 'object' },
      breachStatus: breach?.kind === 'escalated' ? 'escalated' : 'expired',
      silent: true,
    };
    await tasks.openTask(spec);
    await tasks.notifyTask({ taskId: spec.taskId, notice: 'overdue', ...(breach ? { breach } : {}) });
    const to = `${holder.username}@demo.fugong.local`;
    const row = await db('outbox')
      .where({ template: 'task-overdue', to_address: to })
      .where('idempotency_key', 'like', `${spec.taskId}/%`)
      .first();
    return { row, caseNumber, link: `${PUBLIC_URL}/#/tasks/${encodeURIComponent(spec.taskId)}` };
  }

  it.each(CASES)('$name', async ({ holder, breach, says }) => {
    const { row, caseNumber, link } = await overdue(holder, breach);
    expect(row, 'an overdue notice to the holder').toBeDefined();
    expect(row.locale).toBe(holder.locale);
    expect(row.text_body).toContain(says);
    expect(row.text_body).toContain(caseNumber);
    expect(row.text_body).toContain(link);
    expect(row.subject).toContain(caseNumber);
    // The HTML says the same, with the name set in bold.
    expect(
      row.html_body
        .replace(/<\/?strong>/g, '')
        .replaceAll('&quot;', '"')
        .replaceAll('&#x27;', "'"),
    ).toContain(says);
    for (const internal of ['personnel_return', 'joint-inspection', 'special_class', 'group-of-category', 'case-expired'])
      expect(row.text_body).not.toContain(internal);
  });

  it('still sends an administrator’s copy written with the variables the notice always had', async () => {
    const admin = await db('users').where({ username: 'admin' }).first('id');
    await saveEditedCopy(
      db,
      'task-overdue',
      'zh-CN',
      {
        subject: '超时：{{taskTitle}}（{{caseNumber}}）',
        html: '<p>{{recipientName}}：“{{taskTitle}}”已于 {{datetime dueAt locale}} 超时。<a href="{{appLink}}">查看</a></p>',
        text: '{{recipientName}}：“{{taskTitle}}”已于 {{datetime dueAt locale}} 超时。{{appLink}}',
      },
      admin.id,
      new Date(),
    );
    try {
      const { row, caseNumber, link } = await overdue(CADRE, { kind: 'escalated', to: { kind: 'role', role: 'hq' } });
      expect(row.subject).toBe(`超时：困难问题反映 · 本级办理（${caseNumber}）`);
      expect(row.text_body).toBe(`王建国（包挂干部）：“困难问题反映 · 本级办理”已于 2026年12月5日 24:00 超时。${link}`);
    } finally {
      await deleteEditedCopy(db, 'task-overdue', 'zh-CN');
    }
  });
});
