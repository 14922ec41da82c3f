// The difficulty ladder telling group chats (issue 22): a rung that names robots hears of its SLA breach, and the HQ
// rung's robot hears of a case referred up to it — each exactly once, as markdown linking back to the case or task
// with the public URL the bulletin uses. The time-skipping server runs the real ladder; the real outbox and dispatcher
// deliver to a fake WeCom/DingTalk server on loopback that checks every request as the providers do.
import { randomBytes } from 'node:crypto';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSecretBox } from '#core/codec/secret-box';
import { createRobotDispatcher } from '#core/notify/robot-dispatcher';
import { insertRobot } from '#core/stores/notify/robot-store';
import { readShippedForms } from '#forms/shipped-forms';
import type { LadderParams } from '#workflows/ladder-workflow';
import { eventually } from '#scripts/kit/eventually';
import { startFakeRobotServer, type FakeRobotServer } from '#scripts/kit/fake-robot-server';
import { ladderSuite } from '../helpers/ladder-suite';

const QUEUE = 'ladder-robot-alerts-test';
const PUBLIC_URL = 'https://fugong.example.gov.cn';
const WECOM_KEY = 'cadre-team-key-0123456789';
const DING_TOKEN = 'hq0123456789token';
const DING_SECRET = 'SEChq0123456789signsecret';
const DIFFICULTY = readShippedForms().find((form) => form.key === 'difficulty-report')!;
const stageTitle = (name: string) =>
  (DIFFICULTY.process.params as unknown as LadderParams).stages.find((s) => s.name === name)!.title['zh-CN'];
const box = createSecretBox([{ id: 'test', secret: randomBytes(32) }], 'robot');

describe('difficulty ladder alerts to group robots (time-skipping server, fake robot server)', { timeout: 180_000 }, () => {
  let fake: FakeRobotServer;
  const endpoints = () => ({ 'wecom-robot': fake.wecomUrl, 'dingtalk-robot': fake.dingtalkUrl });

  // The fake provider first: each case's worker is given its endpoints.
  beforeEach(async () => {
    fake = await startFakeRobotServer({ wecomKeys: [WECOM_KEY], dingtalk: { [DING_TOKEN]: DING_SECRET }, now: () => Date.now() });
  });
  afterEach(async () => {
    await fake.stop();
  });
  const suite = ladderSuite(QUEUE, { activityDeps: () => ({ robotEndpoints: endpoints(), publicUrl: `${PUBLIC_URL}/` }) });
  const { openTask, decide, nextMorning } = suite;
  beforeAll(async () => {
    const at = new Date().toISOString();
    await insertRobot(
      suite.db,
      box,
      { key: 'cadre-team', name: '包挂干部群', channel: 'wecom-robot', audience: 'cadre', secret: { token: WECOM_KEY } },
      at,
    );
    await insertRobot(
      suite.db,
      box,
      {
        key: 'hq-group',
        name: '指挥部群',
        channel: 'dingtalk-robot',
        audience: 'hq',
        secret: { token: DING_TOKEN, signSecret: DING_SECRET },
      },
      at,
    );
  });

  /** Starts the shipped difficulty ladder with the cadre rung naming the cadre team's robot and HQ naming HQ's. */
  async function start() {
    const params = structuredClone(DIFFICULTY.process.params) as unknown as LadderParams;
    params.stages.find((stage) => stage.name === 'cadre')!.robots = ['cadre-team'];
    params.stages.find((stage) => stage.name === 'hq')!.robots = ['hq-group'];
    return suite.start({ form: DIFFICULTY, data: { category: 'materials', summary: '钢筋供应中断' }, email: null, params });
  }

  /** Delivers what the outbox holds for `submissionId` until `count` robot rows are sent, then one pass more. */
  async function deliver(submissionId: string, count: number) {
    const dispatcher = createRobotDispatcher({ db: suite.db, box, endpoints: endpoints() });
    const robotRows = () => suite.db('outbox').where({ submission_id: submissionId }).whereNotNull('robot_id').orderBy('id');
    await eventually(
      async () => {
        await dispatcher.drainOnce();
        return robotRows().where({ status: 'sent' });
      },
      (sent) => sent.length >= count,
      60_000,
    );
    await dispatcher.drainOnce();
    return robotRows().select('idempotency_key', 'status', 'to_address');
  }

  const enterpriseName = async () =>
    (await suite.db('enterprises').where({ id: suite.submitter.enterprise_id }).first('name')).name as string;

  it('posts a breached rung to its robot exactly once, as markdown linking back to the case', async () => {
    await nextMorning();
    const { env } = suite.skipping;
    const { id, handle } = await start();
    const cadre = await openTask(id, 'cadre');
    await env.sleep(Date.parse(cadre.due_at) - (await env.currentTimeMs()) + 60_000);
    await openTask(id, 'group');

    const rows = await deliver(id, 1);
    // The group rung names no robot: the referral to it posts nothing; only the breach reached a chat.
    expect(rows).toEqual([
      { idempotency_key: `submission-${id}/0/breach/robots/robot/cadre-team`, status: 'sent', to_address: 'robot:cadre-team' },
    ]);
    expect(fake.received).toHaveLength(1);
    expect(fake.refused).toEqual([]);
    const [message] = fake.received;
    expect(message!.channel).toBe('wecom');
    expect(message!.token).toBe(WECOM_KEY);
    const { case_number: caseNumber } = await suite.db('submissions').where({ id }).first('case_number');
    expect(message!.body.markdown.content).toBe(
      [
        `## 案件逾期未办 · ${DIFFICULTY.title['zh-CN']}`,
        ...(caseNumber ? [`案件编号：**${caseNumber}**`] : []),
        `企业：${await enterpriseName()}`,
        `环节：**${stageTitle('cadre')}**办理时限已到，仍未办结。`,
        `已自动升级至：**${stageTitle('group')}**`,
        '',
        `[查看案件](${PUBLIC_URL}/#/submissions/${id})`,
      ].join('\n'),
    );
    await handle.terminate('test over');
  });

  it('posts a case referred to HQ to the HQ robot once, linking to the HQ task', async () => {
    const { id, handle } = await start();
    await decide(await openTask(id, 'cadre'), 'cadre1', 'escalate', { note: '需专班协调' });
    const group = await openTask(id, 'group');
    const member = await suite
      .db('users')
      .where({ role: 'special_class', working_group_id: group.candidate_group_id as number })
      .first('username');
    await decide(group, member.username, 'escalate', { note: '提请指挥部协调' });
    const hq = await openTask(id, 'hq');

    const rows = await deliver(id, 1);
    expect(rows).toEqual([
      { idempotency_key: `submission-${id}/1/decision/robots/robot/hq-group`, status: 'sent', to_address: 'robot:hq-group' },
    ]);
    expect(fake.received).toHaveLength(1);
    const [message] = fake.received;
    expect(message!.channel).toBe('dingtalk');
    expect(message!.body.markdown.title).toBe(`新转办案件 · ${DIFFICULTY.title['zh-CN']}`);
    expect(message!.body.markdown.text).toContain(`已转至：**${stageTitle('hq')}**，请及时办理。`);
    expect(message!.body.markdown.text!.split('\n').at(-1)).toBe(`[查看待办](${PUBLIC_URL}/#/tasks/${encodeURIComponent(hq.id)})`);
    await handle.terminate('test over');
  });
});
