// Who holds each step, as the task page and its timeline say it from what the server sends with the task: a readiness
// inspection's step is held by the inspection body it was opened for (镇（街道）检查组, then 复工联合检查组), never by the
// service class whose role its members carry in the data; a difficulty report's working-group step by the service class's
// group (企业服务专班 · 原材料供应组); a cadre's step by the cadre. In both languages.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '#scripts/kit/eventually';
import { signedIn, signedInOnce, type HttpSession } from '#scripts/kit/http-session';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';
import { taskPath } from '../helpers/inbox-fixtures';
import { publicId } from '#core/domain/public-id';
import type { LocalizedText } from '#core/domain/locale';
import type { Task } from '#core/api/task-types';
import { loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';
import { translate } from '#web/app/src/i18n/translate';
import { timelineEntries } from '#web/app/src/pages/inbox/timeline-entries';
import { offeredTo, unitOf } from '#web/app/src/pages/inbox/holder-words';

const inPlace = (...keys: string[]) => Object.fromEntries(keys.map((key) => [key, { done: true }]));
const selfCheck = {
  projectsStarted: 0,
  projectsReady: 1,
  projectsDelayed: 0,
  fourInPlace: inPlace('mechanism', 'screening', 'facilities', 'management'),
  eightOnes: inPlace('healthReport', 'temperature', 'mask', 'isolationRoom', 'hotline', 'patrioticHealth', 'healthEducation', 'humaneCare'),
  commitment: true,
};

type Locale = 'zh-CN' | 'en';
const wordsOf = (locale: Locale) => ({
  t: translate.bind(null, locale),
  pick: (text: LocalizedText | null | undefined) => text?.[locale] ?? '',
  locale,
});

describe('who holds each step of a timeline', () => {
  let system: RunningSystem;
  const as = signedInOnce(() => system.baseUrl);
  const inEnglish = (username: string) => signedIn(system.baseUrl, username, { locale: 'en' });
  const openTask = (submissionId: string, step: string) =>
    eventually(() => system.db('tasks').where({ submission_id: submissionId, step, status: 'open' }).first('id'), Boolean) as Promise<{
      id: string;
    }>;
  // The timeline's lines as the task page writes them, in the reader's language.
  const lines = async (session: HttpSession, taskId: string, locale: Locale) => {
    const timeline = (await session.request('GET', taskPath(taskId, '/timeline'))).body;
    return timelineEntries(wordsOf(locale) as never, timeline, publicId(taskId)).map((entry) => entry.text);
  };
  // The task facts' 办理人 / Held by, as the task page words it from the task's body.
  const holder = async (session: HttpSession, taskId: string, locale: Locale) => {
    const task = (await session.request('GET', taskPath(taskId))).body.task as Task;
    return offeredTo(wordsOf(locale).t, task.candidateRole, unitOf(wordsOf(locale).pick, task.candidateGroup));
  };
  const decide = async (username: string, taskId: string, action: string, data: Record<string, unknown>) => {
    const answer = await (await as(username)).request('POST', taskPath(taskId, '/decide'), { action, data });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  };

  beforeAll(async () => {
    await loadDictionary('en');
    system = await startSystem(testDatabases()[0]!);
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('names the inspection body a readiness inspection’s step was opened for, in either language', async () => {
    const submissionId = randomUUID();
    const filed = await (
      await as('ent01')
    ).request('POST', '/api/forms/resumption-readiness/submissions', { submissionId, data: selfCheck });
    expect(filed.status, JSON.stringify(filed.body)).toBe(202);
    const town = await openTask(submissionId, 'town');
    const inspector = await as('inspector-town');
    const english = await inEnglish('inspector-town');

    expect(await lines(inspector, town.id, 'zh-CN')).toContain('进入「镇（街道）检查组核查」环节，办理人：镇（街道）检查组');
    expect(await lines(english, town.id, 'en')).toContain('Step “Town/street inspection team” opened for Town/street inspection team');
    expect(await holder(inspector, town.id, 'zh-CN')).toBe('镇（街道）检查组（任一成员）');
    expect(await holder(english, town.id, 'en')).toBe('Town/street inspection team (any member)');

    // Passed on, the next step is the joint team's.
    await decide('inspector-town', town.id, 'escalate', { findings: '四个到位已落实' });
    await openTask(submissionId, 'joint');
    const zh = await lines(inspector, town.id, 'zh-CN');
    expect(zh).toContain('进入「复工联合检查组核查」环节，办理人：复工联合检查组');
    expect(zh.join('\n')).not.toContain('企业服务专班');
    expect(await lines(english, town.id, 'en')).toContain('Step “Joint inspection team” opened for Joint inspection team');
  }, 120_000);

  it('names a difficulty report’s cadre and the working group its category went to, in either language', async () => {
    const submissionId = randomUUID();
    const filed = await (
      await as('ent01')
    ).request('POST', '/api/forms/difficulty-report/submissions', {
      submissionId,
      data: { category: 'materials', summary: '商品混凝土供应中断，三个项目停工待料' },
    });
    expect(filed.status, JSON.stringify(filed.body)).toBe(202);
    await decide('cadre1', (await openTask(submissionId, 'cadre')).id, 'escalate', { note: '需专班协调其他商混站' });
    const group = await openTask(submissionId, 'group');
    const cadre = (await system.db('users').where({ username: 'cadre1' }).first('display_name')).display_name as string;

    const zh = await lines(await as('class-materials'), group.id, 'zh-CN');
    expect(zh).toContain(`进入「包挂干部办理」环节，办理人：${cadre}`);
    expect(zh).toContain('进入「企业服务专班办理」环节，办理人：企业服务专班 · 原材料供应组');
    const english = await inEnglish('class-materials');
    expect(await lines(english, group.id, 'en')).toContain(
      'Step “Enterprise service class” opened for Enterprise service class · Raw material supply',
    );
    expect(await holder(english, group.id, 'en')).toBe('Enterprise service class · Raw material supply (any member)');
  }, 120_000);
});
