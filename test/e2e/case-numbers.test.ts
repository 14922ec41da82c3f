// Case numbers as people meet them: on the submission, on the cadre's task, in the emails, and as a search term;
// and the "urgent" answer raising the task's priority.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { localDate } from '#core/domain/working-calendar';
import { HttpSession } from '#scripts/kit/http-session';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';
import { eventually } from '#scripts/kit/eventually';

interface TaskRow {
  id: string;
  submissionId: string;
  caseNumber: string | null;
  priority: number;
  step: string;
}

describe.each(testDatabases())('case numbers on $name', (database) => {
  let system: RunningSystem;
  let ent01: HttpSession;
  let cadre1: HttpSession;
  const report = (summary: string, urgent = false) =>
    ent01.request('POST', '/api/forms/difficulty-report/submissions', {
      submissionId: randomUUID(),
      data: { category: 'materials', summary, urgent },
    });
  const taskOf = (submissionId: string) =>
    eventually(
      async () =>
        ((await cadre1.request('GET', '/api/tasks?box=mine')).body.tasks as TaskRow[]).find((t) => t.submissionId === submissionId),
      Boolean,
    );

  beforeAll(async () => {
    system = await startSystem(database);
    ent01 = new HttpSession(system.baseUrl);
    await ent01.login('ent01', DEMO_PASSWORD);
    cadre1 = new HttpSession(system.baseUrl);
    await cadre1.login('cadre1', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('numbers parallel submissions once each, per form prefix and local day', async () => {
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => report(`第 ${i + 1} 个项目缺少钢筋`)));
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(202));
    const numbers = answers.map((a) => a.body.submission.caseNumber as string);
    const day = localDate(answers[0]!.body.submission.createdAt, system.config.timeZone).replaceAll('-', '');
    expect(new Set(numbers).size).toBe(8);
    for (const number of numbers) expect(number).toMatch(new RegExp(`^KN-${day}-\\d{4}$`));
    const repeat = await ent01.request('POST', '/api/forms/difficulty-report/submissions', {
      submissionId: answers[0]!.body.submission.id,
      data: { category: 'materials', summary: '第 1 个项目缺少钢筋', urgent: false },
    });
    expect(repeat.body.submission.caseNumber).toBe(numbers[0]);
  });

  it('shows the number on the submission and the task, finds both by it, and names it in the emails', async () => {
    const filed = await report('塔吊司机未能返岗，两个项目无法吊装', true);
    const { id, caseNumber } = filed.body.submission as { id: string; caseNumber: string };
    expect((await ent01.request('GET', `/api/submissions/${id}`)).body.submission).toMatchObject({ id, caseNumber });
    expect((await ent01.request('GET', `/api/submissions/${caseNumber.toLowerCase()}`)).body.submission).toMatchObject({ id });

    const found = (await ent01.request('GET', `/api/submissions?q=${caseNumber.slice(-7)}`)).body.submissions as { id: string }[];
    expect(found.map((s) => s.id)).toEqual([id]);
    // A typed "%" or "_" is text: no case number holds one, so nothing is found (they once matched every case).
    for (const wildcard of ['%', '_', '-_'])
      expect((await ent01.request('GET', `/api/submissions?q=${encodeURIComponent(wildcard)}`)).body.page.total, wildcard).toBe(0);

    const task = await taskOf(id);
    expect(task).toMatchObject({ caseNumber, priority: 2 });
    const searched = (await cadre1.request('GET', `/api/tasks?box=mine&q=${encodeURIComponent(caseNumber.toLowerCase())}`)).body
      .tasks as TaskRow[];
    expect(searched.map((t) => t.submissionId)).toEqual([id]);

    const origin = (await cadre1.request('GET', `/api/tasks/${encodeURIComponent(task!.id)}/timeline`)).body;
    expect(origin.submission).toMatchObject({ id, caseNumber });

    const emails = await eventually(
      () => system.db('outbox').where({ submission_id: id }).select('template', 'subject', 'text_body'),
      (rows) => rows.some((row) => row.template === 'task-assigned'),
    );
    const assigned = emails.find((row) => row.template === 'task-assigned')!;
    expect(assigned.subject).toContain(caseNumber);
    expect(assigned.text_body).toContain(caseNumber);
  });

  it('keeps normal priority when the report is not urgent', async () => {
    const filed = await report('项目部防疫物资仅够三天使用');
    expect(await taskOf(filed.body.submission.id)).toMatchObject({ priority: 1 });
  });

  it('answers an id sent again with the same data with its case, and with other data 409 naming the case', async () => {
    const submissionId = randomUUID();
    const send = (summary: string, session = ent01) =>
      session.request('POST', '/api/forms/difficulty-report/submissions', { submissionId, data: { category: 'materials', summary } });
    const first = await send('塔吊配件短缺');
    expect(first.status).toBe(202);
    // Its line in the process's words, as reading it back gives it: what it is about and where it stands.
    expect(first.body.submission).toMatchObject({ summary: '塔吊配件短缺', statusText: '已提交' });
    const caseNumber = first.body.submission.caseNumber as string;
    const again = await send('塔吊配件短缺');
    expect(again.status).toBe(200);
    expect(again.body.submission).toMatchObject({ id: submissionId, caseNumber, data: { summary: '塔吊配件短缺' } });
    expect(again.body.submission.statusText).toEqual(expect.any(String));
    expect(again.body.submission.summary).toBe('塔吊配件短缺');
    const changed = await send('塔吊配件短缺，另缺钢筋');
    expect(changed.status).toBe(409);
    expect(changed.body.error).toEqual({
      code: 'submission_id_reused',
      message: `这次提交的编号已用于先前收到的提交 ${caseNumber}，内容与本次不同，本次内容未提交。请打开该提交核对；如仍要提交本次内容，请作为新的提交再次提交`,
      details: [],
    });
    ent01.locale = 'en';
    const english = await send('Tower crane parts short');
    ent01.locale = 'zh-CN';
    expect(english.body.error.message).toBe(
      `This submission's id was already used by submission ${caseNumber}, received earlier with other content; this content was not submitted. Check that submission; to send this content too, submit it again as a new submission`,
    );
    const stored = await ent01.request('GET', `/api/submissions/${submissionId}`);
    expect(stored.body.submission.data.summary).toBe('塔吊配件短缺');
  });
});
