// Admins register the group robots of working groups, cadre teams and HQ (issue 22): the webhook key or URL and
// DingTalk's signing secret are sealed on save and never answered again; a test send posts one message at once.
// Registering a robot, switching it on or replacing its address queues again, in the same transaction, its messages
// parked as dead for want of it that are at most MAIL_KEPT_SEND_HOURS old (core/notify/robot-outbox.ts), audited
// once with how many; the answer says how many too.
import { Router, type Request } from 'express';
import { createSecretBox, type SecretBox } from '#core/codec/secret-box';
import { AppError } from '#core/errors';
import { escapeMarkdown } from '#core/notify/markdown-escape';
import { createRobotDispatcher } from '#core/notify/robot-dispatcher';
import { requeueForRobot } from '#core/notify/robot-outbox';
import type { RobotChannel } from '#core/notify/robot-provider';
import { findRobot, insertRobot, replaceRobotSecret, robotKeyTaken, updateRobot } from '#core/stores/notify/robot-store';
import { workingGroupIdByKey } from '#core/stores/org/reference-data-store';
import { findUser } from '#core/stores/user-store';
import { payloadKeys } from '#core/codec/payload-keys';
import { requireRole } from '../access';
import { apiRouter } from '../api-router';
import type { AppDeps } from '../app-deps';
import type { Db } from '#core/stores/db-types';
import { auditRequest } from '../audit/audit-request';
import { pageOfList, pageQuery, type PageQuery } from '../paging';
import { PAGE_ONLY_QUERY } from '../query-formats';
import { accepts, bodyOf, queryOf } from '../route-contract';
import { robotViews } from '#core/stores/notify/robot-view';
import { isRecordId } from '../validate-body';
import { CHANGE, invalid, REGISTER, secretFrom, type Register } from './robot-bodies';

/** Routes under /api/admin/robots. */
export function robotRoutes(deps: AppDeps): Router {
  const { db } = deps;
  const router = apiRouter();
  const now = deps.now ?? (() => new Date());
  let box: SecretBox | undefined;
  // Opened on first use: the embedded default's key file is created by the start script before the web server runs.
  const sealer = () => (box ??= createSecretBox(payloadKeys(deps.config), 'robot'));
  const endpoints = {
    ...(deps.config.robots.wecomUrl ? { 'wecom-robot': deps.config.robots.wecomUrl } : {}),
    ...(deps.config.robots.dingtalkUrl ? { 'dingtalk-robot': deps.config.robots.dingtalkUrl } : {}),
  };

  /** Queues again the robot's messages dead for want of it (see the head of this file) and audits how many, in `trx`. */
  async function requeueFor(trx: Db, req: Request, robot: { id: number; key: string; channel: RobotChannel }, addressReplaced: boolean) {
    const sendHours = deps.config.mail.keptSendHours;
    const at = now();
    const queued = await requeueForRobot(trx, robot, { at, sendHours, addressReplaced, deliverable: Boolean(endpoints[robot.channel]) });
    if (queued > 0)
      await auditRequest(
        trx,
        req,
        'outbox.robot-messages-requeued',
        { type: 'robot', id: robot.id },
        { requeued: queued, keptSendHours: sendHours },
      );
    return queued;
  }

  async function robotOr404(req: Request) {
    const id = Number(req.params.id);
    const [robot] = isRecordId(id) ? await robotViews(db, { id }) : [];
    if (!robot) throw new AppError(404, 'not_found', { 'zh-CN': '没有这个群机器人', en: 'No such group robot' });
    return robot;
  }

  router.get(
    '/api/admin/robots',
    accepts({ summary: 'A page of the registered group robots, secrets masked', query: PAGE_ONLY_QUERY }),
    async (req, res) => {
      requireRole(req, ['admin']);
      const { rows, page } = pageOfList(await robotViews(db), pageQuery(queryOf<PageQuery>(req)));
      res.json({ robots: rows, page, configured: Object.keys(endpoints) });
    },
  );

  router.post('/api/admin/robots', accepts({ summary: 'Register a group robot', body: REGISTER }), async (req, res) => {
    const admin = requireRole(req, ['admin']);
    const body = bodyOf<Register>(req);
    const secret = secretFrom(req, body.channel, body.webhook, body.signSecret);
    let workingGroupId: number | null = null;
    if (body.audience === 'working_group') {
      const groupId = body.workingGroupKey ? await workingGroupIdByKey(db, body.workingGroupKey) : undefined;
      if (groupId === undefined) throw invalid('/workingGroupKey', { 'zh-CN': '请选择工作专班', en: 'Choose the working group' }, req);
      workingGroupId = groupId;
    }
    if (body.audience === 'cadre') {
      const cadre = body.cadreUserId ? await findUser(db, body.cadreUserId) : undefined;
      if (cadre?.role !== 'cadre') throw invalid('/cadreUserId', { 'zh-CN': '请选择包挂干部', en: 'Choose the cadre' }, req);
    }
    if (await robotKeyTaken(db, body.key))
      throw invalid('/key', { 'zh-CN': `标识「${body.key}」已被使用`, en: `The key "${body.key}" is taken` }, req);
    const { id, requeued } = await db.transaction(async (trx) => {
      const id = await insertRobot(
        trx,
        sealer(),
        { ...body, workingGroupId, cadreUserId: body.cadreUserId ?? null, secret, createdBy: admin.id },
        now().toISOString(),
      );
      await auditRequest(
        trx,
        req,
        'robot.registered',
        { type: 'robot', id },
        { key: body.key, channel: body.channel, audience: body.audience },
      );
      return { id, requeued: await requeueFor(trx, req, { id, key: body.key, channel: body.channel }, false) };
    });
    res.status(201).json({ robot: (await robotViews(db, { id }))[0], requeuedMessages: requeued });
  });

  router.put(
    '/api/admin/robots/:id',
    accepts({ summary: 'Rename, switch on/off or replace the secret of a robot', body: CHANGE }),
    async (req, res) => {
      requireRole(req, ['admin']);
      const robot = await robotOr404(req);
      const body = bodyOf<{ name?: string; active?: boolean; perMinute?: number; webhook?: string; signSecret?: string }>(req);
      const at = now().toISOString();
      if (body.signSecret && !body.webhook)
        throw invalid(
          '/webhook',
          { 'zh-CN': '更换加签密钥时请一并填写 Webhook', en: 'Enter the webhook too when replacing the signing secret' },
          req,
        );
      const channel = robot.channel as RobotChannel;
      const secret = body.webhook ? secretFrom(req, channel, body.webhook, body.signSecret) : undefined;
      // Within reach again: switched on, or switched on still with a new address.
      const reached = (body.active ?? robot.active) && ((body.active === true && !robot.active) || Boolean(secret));
      const requeued = await db.transaction(async (trx) => {
        if (secret) await replaceRobotSecret(trx, sealer(), robot.id, channel, secret, at);
        await updateRobot(trx, robot.id, body, at);
        // The audit names the changed columns, as it always has.
        const change = {
          ...(body.name !== undefined ? { name: body.name } : {}),
          ...(body.active !== undefined ? { active: body.active } : {}),
          ...(body.perMinute !== undefined ? { per_minute: body.perMinute } : {}),
        };
        await auditRequest(
          trx,
          req,
          'robot.changed',
          { type: 'robot', id: robot.id },
          { ...change, secretReplaced: Boolean(body.webhook) },
        );
        return reached ? requeueFor(trx, req, { id: robot.id, key: robot.key, channel }, Boolean(secret)) : 0;
      });
      res.json({ robot: (await robotViews(db, { id: robot.id }))[0], requeuedMessages: requeued });
    },
  );

  router.post('/api/admin/robots/:id/test-send', accepts({ summary: 'Post a test message to the robot’s group now' }), async (req, res) => {
    const admin = requireRole(req, ['admin']);
    const robot = await robotOr404(req);
    if (!endpoints[robot.channel as RobotChannel]) {
      const variable = robot.channel === 'wecom-robot' ? 'WECOM_ROBOT_URL' : 'DINGTALK_ROBOT_URL';
      throw new AppError(409, 'channel_not_configured', {
        'zh-CN': `尚未配置 ${variable}，群机器人消息暂存于发件箱；请管理员在部署时设置该地址`,
        en: `${variable} is not set, so robot messages stay in the outbox; set it where Fugong is deployed`,
      });
    }
    const row = (await findRobot(db, robot.id))!;
    const title = req.locale === 'en' ? 'Fugong test message' : '复工系统测试消息';
    const markdown =
      req.locale === 'en'
        ? `## ${title}\nThis group robot (${escapeMarkdown(robot.name)}) is registered in Fugong; ${escapeMarkdown(admin.displayName)} sent this test.`
        : `## ${title}\n本群机器人（${escapeMarkdown(robot.name)}）已在复工系统登记，此消息由 ${escapeMarkdown(admin.displayName)} 发送测试。`;
    const outcome = await createRobotDispatcher({ db, box: sealer(), endpoints, now }).sendTest(row, { title, markdown });
    await auditRequest(db, req, 'robot.test-sent', { type: 'robot', id: robot.id }, { outcome: outcome.kind });
    if (outcome.kind !== 'sent') {
      throw new AppError(502, 'send_failed', {
        'zh-CN': `群机器人未接收测试消息：${outcome.reason}`,
        en: `The robot did not accept the test message: ${outcome.reason}`,
      });
    }
    res.json({ outcome: 'sent' });
  });
  return router;
}
