// What the robot routes take: the bodies that register or change a group robot, and the sealed secret a body's webhook
// (and DingTalk signing secret) gives, each refused at its path in the admin's language.
import type { RJSFSchema } from '@rjsf/utils';
import type { Request } from 'express';
import { AppError } from '#core/errors';
import { ROBOT_CHANNELS, robotToken, type RobotChannel, type RobotSecret } from '#core/notify/robot-provider';
import type { RobotAudience } from '#core/stores/notify/robot-store';
import { RECORD_ID } from '../query-formats';

const SECRET_FIELDS = {
  webhook: { type: 'string', minLength: 8, maxLength: 500, title: 'Webhook URL, key or access token' },
  signSecret: { type: 'string', pattern: '^SEC[A-Za-z0-9]{8,100}$', title: 'DingTalk signing secret (SEC…)' },
} as const satisfies Record<string, RJSFSchema>;
/** The body of POST /api/admin/robots. */
export const REGISTER: RJSFSchema = {
  type: 'object',
  required: ['key', 'name', 'channel', 'audience', 'webhook'],
  properties: {
    key: { type: 'string', pattern: '^[a-z0-9-]{1,64}$', title: 'Key named in process params' },
    name: { type: 'string', minLength: 1, maxLength: 100 },
    channel: { type: 'string', enum: [...ROBOT_CHANNELS] },
    audience: { type: 'string', enum: ['hq', 'working_group', 'cadre'] },
    workingGroupKey: { type: 'string', maxLength: 64 },
    cadreUserId: RECORD_ID,
    perMinute: { type: 'integer', minimum: 1, maximum: 20 },
    ...SECRET_FIELDS,
  },
  additionalProperties: false,
};
/** The body of PUT /api/admin/robots/:id. */
export const CHANGE: RJSFSchema = {
  type: 'object',
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 100 },
    active: { type: 'boolean' },
    perMinute: { type: 'integer', minimum: 1, maximum: 20 },
    ...SECRET_FIELDS,
  },
  additionalProperties: false,
};

/** A registration as REGISTER describes it. */
export interface Register {
  key: string;
  name: string;
  channel: RobotChannel;
  audience: RobotAudience;
  workingGroupKey?: string;
  cadreUserId?: number;
  perMinute?: number;
  webhook: string;
  signSecret?: string;
}

/** A 422 at `path` with `message` in the language of `req`. */
export const invalid = (path: string, message: { 'zh-CN': string; en: string }, req: Request) =>
  new AppError(422, 'invalid_body', { 'zh-CN': '提交的内容有误，请按提示修改', en: 'Some fields need attention' }, [
    { path, message: message[req.locale] },
  ]);

/** The secret to seal from a webhook (URL or token) and signing secret, or a 422 at the field that is wrong. */
export function secretFrom(req: Request, channel: RobotChannel, webhook: string, signSecret: string | undefined): RobotSecret {
  const token = robotToken(channel, webhook);
  if (!token) {
    throw invalid(
      '/webhook',
      channel === 'wecom-robot'
        ? {
            'zh-CN': '请粘贴群机器人的 Webhook 地址（含 key=…）或 key 本身',
            en: 'Paste the robot’s webhook URL (with key=…) or the key itself',
          }
        : {
            'zh-CN': '请粘贴群机器人的 Webhook 地址（含 access_token=…）或 access_token 本身',
            en: 'Paste the robot’s webhook URL (with access_token=…) or the token itself',
          },
      req,
    );
  }
  if (signSecret && channel !== 'dingtalk-robot')
    throw invalid('/signSecret', { 'zh-CN': '只有钉钉机器人有加签密钥', en: 'Only DingTalk robots have a signing secret' }, req);
  return signSecret ? { token, signSecret } : { token };
}
