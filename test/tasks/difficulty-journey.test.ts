// The shipped difficulty report, driven end to end through the HTTP API on the dev server by the people who use it:
// the enterprise reports, its cadre asks for more and then escalates, the category's working group escalates,
// headquarters resolves, the enterprise reopens, headquarters resolves again and the enterprise confirms. And an answer to
// a return with documents: shown beside the answer to those who work the case, downloadable by them alone.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, signedInOnce } from '#scripts/kit/http-session';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';
import { eventually } from '#scripts/kit/eventually';
import { SAMPLE_PDF, SAMPLE_PNG } from '#scripts/kit/sample-files';
import { unattachedUploadCount } from '#core/stores/uploads/upload-quota-store';
import { historyLookup, settlePendingReplies, SETTLE_AFTER_MS } from '#web/server/cases/pending-replies';
import { stoppingAfterUpdate } from '../helpers/stopping-after-update';

interface TaskRow {
  /** The task's id in URLs (no `/`). */
  id: string;
  /** The stored id, the task row's key. */
  taskKey: string;
  submissionId: string;
  step: string;
  status: string;
}

describe('difficulty report through the HTTP API (dev server)', () => {
  let system: RunningSystem;
  const as = signedInOnce(() => system.baseUrl);
  const openTask = async (username: string, box: string, submissionId: string, step: string): Promise<TaskRow> => {
    const found = await eventually(
      async () =>
        ((await (await as(username)).request('GET', `/api/tasks?box=${box}`)).body.tasks as TaskRow[]).find(
          (t) => t.submissionId === submissionId && t.step === step && ['open', 'claimed'].includes(t.status),
        ),
      Boolean,
    );
    expect(found, `${username} should see an open ${step} task`).toBeDefined();
    return found!;
  };
  const decide = async (username: string, task: TaskRow, action: string, data: Record<string, unknown>) => {
    const answer = await (await as(username)).request('POST', `/api/tasks/${encodeURIComponent(task.id)}/decide`, { action, data });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  };
  const submission = async (id: string) => (await (await as('ent01')).request('GET', `/api/submissions/${id}`)).body.submission;
  const statusBecomes = (id: string, status: string) =>
    eventually(
      () => submission(id),
      (s) => s.status === status,
    );

  const upload = async (username: string, bytes: Uint8Array, type: string, name: string): Promise<{ id: string; ref: string }> => {
    const sent = await (
      await as(username)
    ).request('POST', '/api/uploads', bytes, { contentType: type, headers: { 'x-file-name': encodeURIComponent(name) } });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    return sent.body.upload;
  };
  const returnedCase = async (summary: string, note: string) => {
    const id = randomUUID();
    const filed = await (
      await as('ent01')
    ).request('POST', '/api/forms/difficulty-report/submissions', {
      submissionId: id,
      data: { category: 'materials', summary },
    });
    expect(filed.status, JSON.stringify(filed.body)).toBe(202);
    await decide('cadre1', await openTask('cadre1', 'mine', id, 'cadre'), 'return', { note });
    await statusBecomes(id, 'returned');
    return id;
  };

  beforeAll(async () => {
    system = await startSystem(testDatabases()[0]!);
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('climbs from the cadre to the materials group to headquarters, pauses for information, and settles after a reopen', async () => {
    const id = randomUUID();
    const ent01 = await as('ent01');
    const filed = await ent01.request('POST', '/api/forms/difficulty-report/submissions', {
      submissionId: id,
      data: { category: 'materials', summary: '商品混凝土供应中断，三个项目停工待料' },
    });
    expect(filed.status, JSON.stringify(filed.body)).toBe(202);

    const asked = await openTask('cadre1', 'mine', id, 'cadre');
    await decide('cadre1', asked, 'return', { note: '请说明缺口数量和供应商' });
    const returned = await statusBecomes(id, 'returned');
    // The rung's title names a step ("包挂干部办理"): it stands apart, never as the subject of the next verb.
    expect(returned.resultText).toBe('已退回补充：包挂干部办理，请补充材料');
    expect((await ent01.request('GET', `/api/submissions/${id}/case`)).body.state).toMatchObject({ phase: 'returned', stage: 'cadre' });
    expect((await ent01.request('POST', `/api/submissions/${id}/case/verdict`, { verdict: 'confirm' })).status).toBe(409);
    expect(
      (await ent01.request('POST', `/api/submissions/${id}/case/reply`, { text: '缺口约 800 立方米，原供应商为历城商混站' })).status,
    ).toBe(200);

    await decide('cadre1', await openTask('cadre1', 'mine', id, 'cadre'), 'escalate', { note: '需专班协调其他商混站' });
    const groupTask = await openTask('class-materials', 'groups', id, 'group');
    expect((await (await as('class-personnel')).request('GET', `/api/tasks/${encodeURIComponent(groupTask.id)}`)).status).toBe(404);
    await decide('class-materials', groupTask, 'escalate', { note: '跨区调配需指挥部协调' });

    const hqTask = await openTask('hq', 'groups', id, 'hq');
    const missing = await (
      await as('hq')
    ).request('POST', `/api/tasks/${encodeURIComponent(hqTask.id)}/decide`, { action: 'resolve', data: { resolution: '已协调' } });
    expect(missing.status, JSON.stringify(missing.body)).toBe(422);
    // Resolving needs how it was resolved: the answer names that field, in words, at its path.
    expect(missing.body.error.details).toEqual([{ path: '/data/outcome', message: '请选择「办结方式」' }]);
    // A task row that does not say which fields each action needs (opened before it did): the workflow's own check
    // refuses, and its refusal is answered at the same field.
    const stored = await system.db('tasks').where({ id: hqTask.taskKey }).first('completion_schema');
    const { 'x-required-by-action': byAction, ...bare } = JSON.parse(stored.completion_schema);
    expect(byAction).toMatchObject({ resolve: ['resolution', 'outcome'] });
    await system
      .db('tasks')
      .where({ id: hqTask.taskKey })
      .update({ completion_schema: JSON.stringify(bare) });
    const refused = await (
      await as('hq')
    ).request('POST', `/api/tasks/${encodeURIComponent(hqTask.id)}/decide`, { action: 'resolve', data: { resolution: '已协调' } });
    expect(refused.body.error).toMatchObject({
      code: 'invalid_completion',
      details: [{ path: '/data/outcome', message: '请选择「办结方式」' }],
    });
    // Resolved by coordination: the coordinating department is then asked for (difficulty report v5).
    const noDepartment = await (
      await as('hq')
    ).request('POST', `/api/tasks/${encodeURIComponent(hqTask.id)}/decide`, {
      action: 'resolve',
      data: { resolution: '已协调', outcome: 'coordinated' },
    });
    expect(noDepartment.status).toBe(422);
    expect(noDepartment.body.error.details).toEqual([{ path: '/data/department', message: '请填写「协调部门」' }]);
    await decide('hq', hqTask, 'resolve', {
      resolution: '协调章丘两家商混站每日供货 300 立方米',
      outcome: 'coordinated',
      department: '市住建局',
    });
    await statusBecomes(id, 'resolved');
    expect(
      (await ent01.request('POST', `/api/submissions/${id}/case/verdict`, { verdict: 'reopen', reason: '实际到货不足一半' })).status,
    ).toBe(200);

    await decide('hq', await openTask('hq', 'groups', id, 'hq'), 'resolve', {
      resolution: '增派运输车辆，已足量供货',
      outcome: 'coordinated',
      department: '市交通运输局',
    });
    const resolved = await statusBecomes(id, 'resolved');
    // Waiting for the enterprise: what was done, at which rung and by whom, as the settled sentence names them.
    const hq = await system.db('users').where({ username: 'hq' }).first('display_name');
    expect(resolved.resultText).toMatch(
      new RegExp(`^已办理：协调解决（防控指挥部协调），办理人 ${hq.display_name}，待企业于 \\d{4}年\\d{1,2}月\\d{1,2}日 前确认$`),
    );
    const english = await signedIn(system.baseUrl, 'ent01', { locale: 'en' });
    expect((await english.request('GET', `/api/submissions/${id}`)).body.submission.resultText).toMatch(
      new RegExp(
        `^Handled by ${hq.display_name}: resolved by coordination \\(Prevention and control HQ\\); the enterprise is to confirm by \\d{1,2} \\w{3} \\d{4}$`,
      ),
    );
    expect((await (await as('ent06')).request('POST', `/api/submissions/${id}/case/verdict`, { verdict: 'confirm' })).status).toBe(404);
    expect((await ent01.request('POST', `/api/submissions/${id}/case/verdict`, { verdict: 'confirm' })).status).toBe(200);

    const settled = await statusBecomes(id, 'settled');
    expect(settled.result).toMatchObject({
      status: 'settled',
      stage: 'hq',
      action: 'resolve',
      data: { outcome: 'coordinated', department: '市交通运输局' },
    });
    // Read by the enterprise in words, the deciding HQ user by name: no rung, action or user id.
    expect(settled.resultText).toMatch(new RegExp(`^已办结：协调解决，办理人 ${hq.display_name}，\\d{4}年\\d{1,2}月\\d{1,2}日$`));
    // The rungs by the definition's own titles, so an admin's own ladder never shows its engine names.
    expect(settled.stageTitles).toEqual({ cadre: '包挂干部办理', group: '企业服务专班办理', hq: '防控指挥部协调' });
    const kinds = settled.timeline.map((event: { kind: string }) => event.kind);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'ladder.return',
        'ladder.reply',
        'ladder.escalate',
        'ladder.resolve',
        'ladder.reopen',
        'ladder.confirm',
        'status.settled',
      ]),
    );
    // No step carries the internal id of the account that took it to the enterprise (`by`: the cadre's, HQ's, its own);
    // staff reading the same case keep it.
    const cadre1 = Number((await system.db('users').where({ username: 'cadre1' }).first('id')).id);
    type Step = { kind: string; detail: Record<string, unknown> };
    const escalated = (timeline: Step[]) => timeline.find((event) => event.kind === 'ladder.escalate')!.detail;
    expect(escalated(settled.timeline)).toMatchObject({ stage: 'cadre', note: '需专班协调其他商混站' });
    for (const event of settled.timeline as Step[]) expect(event.detail, event.kind).not.toHaveProperty('by');
    const onStaff = (await (await as('hq')).request('GET', `/api/submissions/${id}`)).body.submission;
    expect(escalated(onStaff.timeline)).toMatchObject({ stage: 'cadre', by: cadre1 });
    // Nor the deciding account's id in the result, on the case or in the list (its name is in resultText).
    const hqId = Number((await system.db('users').where({ username: 'hq' }).first('id')).id);
    expect(onStaff.result).toMatchObject({ decidedBy: hqId });
    expect(settled.result).not.toHaveProperty('decidedBy');
    const listed = (await ent01.request('GET', '/api/submissions?limit=100')).body.submissions.find((row: { id: string }) => row.id === id);
    expect(listed.result).not.toHaveProperty('decidedBy');
    expect(listed.result).toMatchObject({ status: 'settled', stage: 'hq' });
    const updates = await system.db('outbox').where({ submission_id: id, template: 'case-update' }).select('subject');
    // Returned, escalated twice, resolved twice, all to the enterprise, each once.
    expect(updates).toHaveLength(5);
  });

  it('takes files with the answer to a return, shows them beside it, and lets only those on the case download them', async () => {
    const id = randomUUID();
    const ent01 = await as('ent01');
    const permit = await upload('ent01', SAMPLE_PDF, 'application/pdf', '施工许可证.pdf');
    const photo = await upload('ent01', SAMPLE_PNG, 'image/png', '现场照片.png');
    const filed = await ent01.request('POST', '/api/forms/difficulty-report/submissions', {
      submissionId: id,
      data: { category: 'materials', summary: '钢筋进场受阻，需补办运输通行证' },
    });
    expect(filed.status, JSON.stringify(filed.body)).toBe(202);
    await decide('cadre1', await openTask('cadre1', 'mine', id, 'cadre'), 'return', { note: '请上传施工许可证和现场照片' });
    await statusBecomes(id, 'returned');

    const reply = (session: Awaited<ReturnType<typeof as>>, body: unknown) =>
      session.request('POST', `/api/submissions/${id}/case/reply`, body);
    // Another account's file is answered as a file gone, at its place in the list, and the case still waits.
    const stranger = await upload('ent06', SAMPLE_PNG, 'image/png', 'other.png');
    const foreign = await reply(ent01, { text: '许可证见附件', files: [permit.ref, stranger.ref] });
    expect(foreign.status).toBe(422);
    expect(foreign.body.error.details).toEqual([
      { path: '/files/1', message: '这个文件已失效（上传后长期未使用已被清理，或不是本账号上传的），请重新上传' },
    ]);
    const six = Array.from({ length: 6 }, () => `upload:${randomUUID()}`);
    const tooMany = await reply(ent01, { text: '许可证见附件', files: six });
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.error.details).toEqual([expect.objectContaining({ path: '/files' })]);
    expect((await ent01.request('GET', `/api/submissions/${id}/case`)).body.state).toMatchObject({ phase: 'returned' });

    const since = new Date(Date.now() - 3_600_000).toISOString();
    const ent01Id = Number((await system.db('users').where({ username: 'ent01' }).first('id')).id);
    const unattachedBefore = await unattachedUploadCount(system.db, ent01Id, since, since);
    expect((await reply(ent01, { text: '许可证与现场照片见附件', files: [permit.ref, photo.ref] })).status).toBe(200);
    // Attached to the answer: no longer counted against the account's unattached uploads, nor the sweep's.
    expect(await unattachedUploadCount(system.db, ent01Id, since, since)).toBe(unattachedBefore - 2);

    const files = [
      { id: permit.id, fileName: '施工许可证.pdf', contentType: 'application/pdf', size: SAMPLE_PDF.length },
      { id: photo.id, fileName: '现场照片.png', contentType: 'image/png', size: SAMPLE_PNG.length },
    ];
    const replyEvent = (timeline: { kind: string; detail: Record<string, unknown> }[]) =>
      timeline.find((event) => event.kind === 'ladder.reply');
    const cadreTask = await openTask('cadre1', 'mine', id, 'cadre');
    const onTask = await (await as('cadre1')).request('GET', `/api/tasks/${encodeURIComponent(cadreTask.id)}/timeline`);
    expect(replyEvent(onTask.body.events)?.detail).toMatchObject({ text: '许可证与现场照片见附件', files });
    const onCase = await (await as('cadre1')).request('GET', `/api/submissions/${id}`);
    expect(replyEvent(onCase.body.submission.timeline)?.detail).toMatchObject({ files });
    expect(replyEvent((await ent01.request('GET', `/api/submissions/${id}`)).body.submission.timeline)?.detail).toMatchObject({ files });

    const download = async (username: string, upload: { id: string }) => (await as(username)).download(`/api/uploads/${upload.id}`);
    expect(await download('ent01', permit)).toMatchObject({ status: 200, bytes: SAMPLE_PDF });
    expect(await download('cadre1', permit)).toMatchObject({ status: 200, bytes: SAMPLE_PDF });
    // A foreign enterprise, a foreign cadre, and a working group the case never reached: not found.
    for (const outsider of ['ent06', 'cadre2', 'class-materials']) expect((await download(outsider, photo)).status, outsider).toBe(404);
    // Escalated, the case's working group works it and reads the files of its answers.
    await decide('cadre1', cadreTask, 'escalate', { note: '需专班协调通行证' });
    await openTask('class-materials', 'groups', id, 'group');
    expect(await download('class-materials', photo)).toMatchObject({ status: 200, bytes: SAMPLE_PNG });
    expect((await download('class-personnel', photo)).status).toBe(404);
  });

  it('keeps the files of an answer the workflow accepted just before the process stopped, and frees those of a refused one', async () => {
    const id = await returnedCase('塔吊进场需办理临时占道手续', '请上传占道许可申请');
    const ent01 = await as('ent01');
    const application = await upload('ent01', SAMPLE_PDF, 'application/pdf', '占道申请.pdf');
    // The process stops right after the workflow accepted the answer, before anything the route does next.
    const body = { text: '占道申请见附件', files: [application.ref] };
    const stopped = await stoppingAfterUpdate(system.client.workflow, () =>
      ent01.request('POST', `/api/submissions/${id}/case/reply`, body),
    );
    expect(stopped.status).toBe(500);
    await statusBecomes(id, 'received');

    // Settled as every web process does on its timer (scripts/web.ts), once the answer is old enough to have arrived.
    const later = () => new Date(Date.now() + SETTLE_AFTER_MS);
    await settlePendingReplies({ db: system.db, now: later, lookup: historyLookup(system.client) });
    const cadreTask = await openTask('cadre1', 'mine', id, 'cadre');
    const onTask = await eventually(
      async () => (await (await as('cadre1')).request('GET', `/api/tasks/${encodeURIComponent(cadreTask.id)}/timeline`)).body,
      (body) => body.events.some((event: { kind: string }) => event.kind === 'ladder.reply'),
    );
    const answer = onTask.events.find((event: { kind: string }) => event.kind === 'ladder.reply');
    expect(answer.detail).toMatchObject({
      text: '占道申请见附件',
      files: [{ id: application.id, fileName: '占道申请.pdf', contentType: 'application/pdf', size: SAMPLE_PDF.length }],
    });
    expect(await (await as('cadre1')).download(`/api/uploads/${application.id}`)).toMatchObject({ status: 200, bytes: SAMPLE_PDF });

    // Answered again while nothing waits for an answer: refused, and its file is an unused upload again (the sweep's).
    const photo = await upload('ent01', SAMPLE_PNG, 'image/png', '现场照片.png');
    const since = new Date(Date.now() - 3_600_000).toISOString();
    const ent01Id = Number((await system.db('users').where({ username: 'ent01' }).first('id')).id);
    const unattached = await unattachedUploadCount(system.db, ent01Id, since, since);
    const refused = await ent01.request('POST', `/api/submissions/${id}/case/reply`, { text: '补充照片', files: [photo.ref] });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe('该事项当前不需要您答复，请刷新查看最新状态');
    expect(await unattachedUploadCount(system.db, ent01Id, since, since)).toBe(unattached);
  });
});
