// A task about a gate check names its case as the gate check's own row in a list does: the worker, the resident ID
// masked, and where the check stands — 放行 / 劝返 / 隔离观察 — in the inbox list and on the task's own route, in the
// reader's language; a ladder's task keeps its case's summary and says nothing more (its rung says where it stands).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '#core/domain/locale';
import { publicId } from '#core/domain/public-id';
import { maskIdNumber } from '#core/privacy/mask';
import { freshResidentId } from '#scripts/kit/fresh-resident-id';
import { signedIn } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { gateTaskForHq, quarantinedAtGate, type GateWorker } from '../helpers/gate-task-fixtures';
import { taskPath } from '../helpers/inbox-fixtures';
import { testDatabases } from '../helpers/test-db';
import { account, difficultyCase, offeredTask } from '../browser/work-list-fixtures';

interface ListedTask {
  id: string;
  submissionId: string | null;
  summary: string | null;
  caseStatusText: string | null;
}

describe.each(testDatabases())('a gate check’s tasks in HQ’s inbox ($name)', (database) => {
  let app: BareApp;
  const worker: GateWorker = { name: `隔离者${randomUUID().slice(0, 4)}`, residentId: freshResidentId(), mobile: '13912345678' };
  const taskIds: string[] = [];
  let ladderTask = '';
  const line = (locale: Locale) =>
    locale === 'en' ? `${worker.name} (${maskIdNumber(worker.residentId)})` : `${worker.name}（${maskIdNumber(worker.residentId)}）`;

  beforeAll(async () => {
    app = await startBareApp({ database });
    const check = await quarantinedAtGate(app.db, worker, 'MG-20261206-0001');
    for (const step of ['offline-review', 'referral'] as const)
      taskIds.push(await gateTaskForHq(app.db, { ...check, workerName: worker.name }, step));
    const difficulty = await difficultyCase(app.db, 'ent05', {
      summary: '返岗人员集中隔离场所不足',
      caseNumber: 'KN-20261206-0001',
      status: 'received',
    });
    const title = { 'zh-CN': '困难问题反映 · 防控指挥部', en: 'Difficulty report · Headquarters' };
    const enterpriseId = (await account(app.db, 'ent05')).enterpriseId!;
    ladderTask = await offeredTask(app.db, { submissionId: difficulty, enterpriseId, role: 'hq', title, dueInHours: 6 });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it.each(['zh-CN', 'en'] as const)('lists them by the worker and 隔离观察, never the full ID (%s)', async (locale) => {
    const hq = await signedIn(app.baseUrl, 'hq', { locale });
    const answer = await hq.request('GET', '/api/tasks?box=groups&limit=100');
    expect(answer.status).toBe(200);
    const tasks = answer.body.tasks as ListedTask[];
    const status = locale === 'en' ? 'In quarantine' : '隔离观察';
    for (const taskId of taskIds)
      expect(tasks.find((task) => task.id === publicId(taskId))).toMatchObject({ summary: line(locale), caseStatusText: status });
    expect(JSON.stringify(answer.body)).not.toContain(worker.residentId);
    expect(tasks.find((task) => task.id === publicId(ladderTask))).toMatchObject({
      summary: '返岗人员集中隔离场所不足',
      caseStatusText: null,
    });
  });

  it.each(['zh-CN', 'en'] as const)('says the same on the task’s own route (%s)', async (locale) => {
    const hq = await signedIn(app.baseUrl, 'hq', { locale });
    for (const taskId of taskIds) {
      const answer = await hq.request('GET', taskPath(taskId));
      expect(answer.status).toBe(200);
      expect(answer.body.task).toMatchObject({ summary: line(locale), caseStatusText: locale === 'en' ? 'In quarantine' : '隔离观察' });
      expect(JSON.stringify(answer.body.task)).not.toContain(worker.residentId);
    }
  });
});
