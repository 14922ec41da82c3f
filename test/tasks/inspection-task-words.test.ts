// The readiness inspection's task speaks the inspection's words through the API: its rung names the actions a body
// takes ("核查通过，报送下一级核查", not 上报), in the reader's language; a failed inspection reads 不予通过 / Not approved
// (never a difficulty report's 不予受理) for the inspector — its done tab too — the enterprise and HQ, one sent back
// reads 退回整改 (never 退回补充材料), and one passed on reads 核查通过，已报送下一级核查 (never 已上报) where its pass is
// told; and the demo has a second HQ member, who is offered the article another HQ member wrote (its author cannot
// approve it).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { eventually } from '#scripts/kit/eventually';
import { signedIn, signedInOnce } from '#scripts/kit/http-session';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';
import { listedIn, taskPath } from '../helpers/inbox-fixtures';
import { publicId } from '#core/domain/public-id';
import { taskEnding } from '#web/app/src/pages/inbox/task-ending';
import { loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';
import { translate } from '#web/app/src/i18n/translate';
import type { Task } from '#core/api/task-types';
import { taskResultWord } from '#web/app/src/pages/inbox/closed-words';
import { timelineEntries } from '#web/app/src/pages/inbox/timeline-entries';
import { caseEventText } from '#web/app/src/pages/case/case-event-text';

const inPlace = (...keys: string[]) => Object.fromEntries(keys.map((key) => [key, { done: true }]));
const selfCheck = {
  projectsStarted: 0,
  projectsReady: 1,
  projectsDelayed: 0,
  fourInPlace: inPlace('mechanism', 'screening', 'facilities', 'management'),
  eightOnes: inPlace('healthReport', 'temperature', 'mask', 'isolationRoom', 'hotline', 'patrioticHealth', 'healthEducation', 'humaneCare'),
  commitment: true,
};

describe('an inspection task’s words', () => {
  let system: RunningSystem;
  const as = signedInOnce(() => system.baseUrl);
  beforeAll(async () => {
    await loadDictionary('en');
    system = await startSystem(testDatabases()[0]!);
  });
  // The line the inspector's done tab shows for the task, as the page words it from the list's row.
  const doneLine = async (username: string, taskId: string, locale: 'zh-CN' | 'en') => {
    const session = locale === 'en' ? await signedIn(system.baseUrl, username, { locale }) : await as(username);
    const rows = (await session.request('GET', '/api/tasks?box=done&limit=500')).body.tasks as Task[];
    const row = rows.find((task) => task.id === publicId(taskId))!;
    const ending = taskEnding(row)!;
    return translate(locale, ending.key, { name: row.decidedByName ?? '?', time: '12月4日', result: ending.result ?? '' });
  };
  afterAll(async () => {
    await system?.stop();
  });
  // An enterprise files a readiness self-check; the town team's task opens for it.
  const fileForTown = async () => {
    const submissionId = randomUUID();
    const filed = await (
      await as('ent01')
    ).request('POST', '/api/forms/resumption-readiness/submissions', { submissionId, data: selfCheck });
    expect(filed.status, JSON.stringify(filed.body)).toBe(202);
    const open = (step: string) => () => system.db('tasks').where({ submission_id: submissionId, step, status: 'open' }).first('id');
    const town = (await eventually(open('town'), Boolean)) as { id: string };
    return { submissionId, town, open };
  };
  const inspectorName = async (): Promise<string> =>
    (await system.db('users').where({ username: 'inspector-town' }).first('display_name')).display_name;
  // The status the enterprise's own list shows for its case.
  const listedStatus = async (ent: Awaited<ReturnType<typeof as>>, submissionId: string) => {
    const listed = (await ent.request('GET', '/api/submissions?formKey=resumption-readiness')).body.submissions as {
      id: string;
      statusText: string;
    }[];
    return listed.find((row) => row.id === submissionId)?.statusText;
  };

  it('names the town team’s actions as passes and rework, in either language', async () => {
    const { town } = await fileForTown();
    const zh = await (await as('inspector-town')).request('GET', taskPath(town.id));
    expect(zh.status).toBe(200);
    // v7: the town/street pass is the resumption (seed 003), and its button says so.
    expect(zh.body.task.actionLabels).toEqual({
      escalate: '核查通过，准予复工，报送联合检查组督导',
      return: '退回整改',
      reject: '不予通过',
    });
    const en = await (await signedIn(system.baseUrl, 'inspector-town', { locale: 'en' })).request('GET', taskPath(town.id));
    expect(en.body.task.actionLabels).toMatchObject({
      escalate: 'Pass: cleared to resume, on to the joint team',
      return: 'Return for rework',
    });
  }, 120_000);

  it('says a failed inspection is 不予通过 to the inspector, the enterprise and HQ, in either language', async () => {
    const { submissionId, town } = await fileForTown();
    const inspector = await as('inspector-town');
    const decided = await inspector.request('POST', taskPath(town.id, '/decide'), { action: 'reject', data: { note: '隔离室未设置' } });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    await eventually(
      () => system.db('submissions').where({ id: submissionId }).first('status'),
      (row) => row?.status === 'rejected',
    );

    // The inspector's task page: the case's status, its timeline's status line and the rung's ending.
    const timeline = (await inspector.request('GET', taskPath(town.id, '/timeline'))).body;
    expect(timeline.submission).toMatchObject({ statusText: '不予通过', statusWords: { rejected: '不予通过' } });
    expect(JSON.stringify(timeline)).not.toContain('不予受理');
    // Its done tab's line, from the row's own words for the statuses its case may come to.
    const name = await inspectorName();
    expect(await doneLine('inspector-town', town.id, 'zh-CN')).toBe(`不予通过：${name}，12月4日`);
    expect(await doneLine('inspector-town', town.id, 'en')).toBe(`Not approved: ${name}, 12月4日`);

    // The enterprise's list and case page.
    const ent = await as('ent01');
    expect(await listedStatus(ent, submissionId)).toBe('不予通过');
    const own = (await ent.request('GET', `/api/submissions/${submissionId}`)).body.submission;
    expect(own).toMatchObject({ status: 'rejected', statusText: '不予通过', statusWords: { rejected: '不予通过' } });
    const english = await signedIn(system.baseUrl, 'ent01', { locale: 'en' });
    expect((await english.request('GET', `/api/submissions/${submissionId}`)).body.submission).toMatchObject({
      statusText: 'Not approved',
      statusWords: { rejected: 'Not approved' },
    });

    // HQ's CSV export and the dashboard's cases of other processes.
    const hq = await as('hq');
    const csv = new TextDecoder().decode((await hq.download('/api/admin/forms/resumption-readiness/export.csv')).bytes);
    const rows = parse(csv.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    expect(rows.find((row) => Object.values(row).includes(submissionId))).toMatchObject({ 状态: '不予通过' });
    const dashboard = (await hq.request('GET', '/api/dashboard?groups=processes')).body;
    const records = dashboard.groups[0].tables.find((table: { key: string }) => table.key === 'process-records');
    const record = records.rows.find((row: { link?: { id: string } }) => row.link?.id === submissionId);
    expect(record.cells.status).toBe('不予通过');
  }, 120_000);

  it('says an inspection sent back is 退回整改 to the inspector and the enterprise, in either language', async () => {
    const { submissionId, town } = await fileForTown();
    const inspector = await as('inspector-town');
    const decided = await inspector.request('POST', taskPath(town.id, '/decide'), { action: 'return', data: { note: '补充消毒记录' } });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    await eventually(
      () => system.db('submissions').where({ id: submissionId }).first('status'),
      (row) => row?.status === 'returned',
    );

    const name = await inspectorName();
    expect(await doneLine('inspector-town', town.id, 'zh-CN')).toBe(`退回整改：${name}，12月4日`);
    expect(await doneLine('inspector-town', town.id, 'en')).toBe(`Returned for rework: ${name}, 12月4日`);
    const timeline = (await inspector.request('GET', taskPath(town.id, '/timeline'))).body;
    expect(timeline.submission).toMatchObject({ statusText: '退回整改', statusWords: { returned: '退回整改' } });
    expect(JSON.stringify(timeline)).not.toContain('退回补充材料');

    const ent = await as('ent01');
    expect(await listedStatus(ent, submissionId)).toBe('退回整改');
    const english = await signedIn(system.baseUrl, 'ent01', { locale: 'en' });
    expect((await english.request('GET', `/api/submissions/${submissionId}`)).body.submission).toMatchObject({
      status: 'returned',
      statusText: 'Returned for rework',
      statusWords: { returned: 'Returned for rework', rejected: 'Not approved' },
    });
  }, 120_000);

  it('says an inspection passed on is 核查通过，已报送下一级核查 to the inspector and the enterprise, never 已上报', async () => {
    const { submissionId, town, open } = await fileForTown();
    const inspector = await as('inspector-town');
    const decided = await inspector.request('POST', taskPath(town.id, '/decide'), {
      action: 'escalate',
      data: { findings: '四个到位已落实' },
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    await eventually(open('joint'), Boolean);

    // The inspector's done tab, the task page's outcome and its timeline.
    const name = await inspectorName();
    expect(await doneLine('inspector-town', town.id, 'zh-CN')).toBe(`核查通过，已报送下一级核查：${name}，12月4日`);
    expect(await doneLine('inspector-town', town.id, 'en')).toBe(`Passed, sent on to the next inspection: ${name}, 12月4日`);
    const t = translate.bind(null, 'zh-CN');
    const task = (await inspector.request('GET', taskPath(town.id))).body.task as Task & { actionLabels: Record<string, string> };
    expect(taskResultWord(t, 'escalate', task.actionLabels, task.caseStatusWords)).toBe('核查通过，已报送下一级核查');
    const timeline = (await inspector.request('GET', taskPath(town.id, '/timeline'))).body;
    const words = { t, pick: (text: Record<string, string>) => text['zh-CN'], locale: 'zh-CN' };
    const lines = timelineEntries(words as never, timeline, publicId(town.id)).map((entry) => entry.text);
    expect(lines).toContain(`「镇（街道）检查组核查」环节：${name}，核查通过，已报送下一级核查`);
    expect(lines.join('\n')).not.toContain('上报');

    // The enterprise's list: its case is 已受理 while the next body inspects it; its case page's timeline, in English.
    const ent = await as('ent01');
    expect(await listedStatus(ent, submissionId)).toBe('已受理');
    const english = await signedIn(system.baseUrl, 'ent01', { locale: 'en' });
    const own = (await english.request('GET', `/api/submissions/${submissionId}`)).body.submission;
    expect(own).toMatchObject({ statusText: 'Received', statusWords: { escalated: 'Passed, sent on to the next inspection' } });
    const passed = own.timeline.find((event: { kind: string }) => event.kind === 'ladder.escalate');
    expect(caseEventText(translate.bind(null, 'en'), passed, own.stageTitles, own.statusWords)).toBe(
      'Town/street inspection team: Passed, sent on to the next inspection. Note: 四个到位已落实',
    );
  }, 120_000);

  it('offers an article one HQ member wrote to the other HQ member', async () => {
    const enterprise = await system.db('enterprises').orderBy('id').first('credit_code');
    const submissionId = randomUUID();
    const written = await (
      await as('hq')
    ).request('POST', '/api/forms/good-practice-article/submissions', {
      submissionId,
      data: {
        enterpriseCreditCode: enterprise.credit_code,
        kind: 'good_practice',
        headline: `分批返岗 ${submissionId.slice(0, 8)}`,
        body: '该企业提前摸排返岗人员，分三批组织工人返岗，每批入场前完成体温检测、信息登记和安全教育，做到防疫和施工两不误，经验值得推广。',
      },
    });
    expect(written.status, JSON.stringify(written.body)).toBe(202);
    const approval = (await eventually(
      () => system.db('tasks').where({ submission_id: submissionId, status: 'open' }).first('id'),
      Boolean,
    )) as { id: string };
    expect((await (await as('hq2')).request('GET', '/api/session')).body.user).toMatchObject({ role: 'hq', displayName: '指挥部副值班员' });
    expect(await listedIn(as, 'hq2', 'groups', approval.id)).toBe(true);
    expect(await listedIn(as, 'hq', 'groups', approval.id)).toBe(false);
  }, 120_000);
});
