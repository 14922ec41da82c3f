// Whether a message resent from the outbox can leave, and when it will. Each channel leaves through its own provider:
// email through SMTP_URL, a WeCom or DingTalk group robot through WECOM_ROBOT_URL or DINGTALK_ROBOT_URL, a text through
// the SMS gateway (SMS_PROVIDER_URL and its account settings). Without it, a resent message would be queued and never
// leave (no mail pass or SMS dispatcher runs; the robot dispatcher fails it until it is dead again), so the resend is
// refused with what to configure, and the outbox page shows that reason in place of the button. A robot message also
// needs its robot: one the admin switched off, or one no longer registered, has the dispatcher park the message as dead
// at once, so that resend is refused too, naming the robot and what to do on the robots page — switching it on or
// registering it queues again by itself what is at most MAIL_KEPT_SEND_HOURS old (robot-routes.ts), so the words say
// that rather than "then resend"; an older message is offered "retry now" once the robot is there. Once queued, the
// answer says within how long the worker's pass takes it: MAIL_PASS_SECONDS for email, the dispatchers' interval
// (OUTBOX_PASS_MS) for robots and texts, at the pace of the robot or the SMS account.
import type { Config } from '#core/config';
import type { Locale } from '#core/domain/locale';
import { AppError } from '#core/errors';
import { OUTBOX_PASS_MS } from '#core/notify/outbox-dispatcher';
import { ROBOT_CHANNELS } from '#core/notify/robot-provider';
import { shownRecipient } from '#core/notify/sms-address';
import type { RobotRow } from '#core/stores/notify/robot-store';

const mailNotConfigured = new AppError(409, 'mail_not_configured', {
  'zh-CN': '本系统未配置发信服务器（SMTP_URL），邮件无法发出，重新发送也只会留在发件箱里。请系统运维人员配置发信服务器后再重新发送。',
  en: 'No mail server is configured (SMTP_URL), so no email can leave; resending would only keep it in the outbox. Ask IT to configure the mail server, then resend.',
});

/** A group robot's provider is not configured: the words name the provider and its setting. */
function robotNotConfigured(provider: { 'zh-CN': string; en: string }, setting: string): AppError {
  return new AppError(409, 'robot_not_configured', {
    'zh-CN': `本系统未配置${provider['zh-CN']}机器人的发送地址（${setting}），${provider['zh-CN']}消息无法发出，重新发送也只会留在发件箱里。请系统运维人员配置 ${setting} 后再重新发送。`,
    en: `No ${provider.en} robot address is configured (${setting}), so no ${provider.en} message can leave; resending would only keep it in the outbox. Ask IT to set ${setting}, then resend.`,
  });
}

const wecomNotConfigured = robotNotConfigured({ 'zh-CN': '企业微信群', en: 'WeCom group' }, 'WECOM_ROBOT_URL');
const dingtalkNotConfigured = robotNotConfigured({ 'zh-CN': '钉钉群', en: 'DingTalk group' }, 'DINGTALK_ROBOT_URL');

const smsNotConfigured = new AppError(409, 'sms_not_configured', {
  'zh-CN':
    '本系统未配置短信服务（SMS_PROVIDER_URL 及短信账号的 SMS_ACCESS_KEY_ID、SMS_ACCESS_KEY_SECRET、SMS_SIGN_NAME、SMS_TEMPLATE_CODE），短信无法发出，重新发送也只会留在发件箱里。请系统运维人员配置短信服务后再重新发送。',
  en: 'No SMS gateway is configured (SMS_PROVIDER_URL with the account’s SMS_ACCESS_KEY_ID, SMS_ACCESS_KEY_SECRET, SMS_SIGN_NAME and SMS_TEMPLATE_CODE), so no text can leave; resending would only keep it in the outbox. Ask IT to configure the SMS gateway, then resend.',
});

/** Why a message on `channel` cannot leave however often it is resent (its provider is not configured); undefined when
 * it can. */
export function unsendableOn(channel: string, config: Pick<Config, 'mail' | 'robots' | 'sms'>): AppError | undefined {
  if (channel === 'email') return config.mail.smtpUrl ? undefined : mailNotConfigured;
  if (channel === 'wecom-robot') return config.robots.wecomUrl ? undefined : wecomNotConfigured;
  if (channel === 'dingtalk-robot') return config.robots.dingtalkUrl ? undefined : dingtalkNotConfigured;
  if (channel === 'sms') return config.sms ? undefined : smsNotConfigured;
  return undefined;
}

const hoursIn = (hours: number, locale: 'zh-CN' | 'en') => (locale === 'en' ? `${hours} hour${hours === 1 ? '' : 's'}` : `${hours} 小时`);

/** The robot `name` is switched off on the robots page: the dispatcher would park a resent message as dead at once.
 * Switching it on queues again by itself what it missed in the last `hours` (MAIL_KEPT_SEND_HOURS). */
function robotSwitchedOff(name: string, hours: number): AppError {
  return new AppError(409, 'robot_switched_off', {
    'zh-CN': `群机器人「${name}」已停用，发往它的消息无法发出，重新发送也会立即失败。请在“群机器人”页面启用该机器人：启用后，停用期间未能发出、不超过 ${hoursIn(hours, 'zh-CN')}（MAIL_KEPT_SEND_HOURS）的消息会自动重新发送，其他消息可在本页点“立即重试”。`,
    en: `The group robot “${name}” is switched off, so no message to it can leave; a resend would fail at once. Switch it on on the Group robots page: the messages it missed while off that are at most ${hoursIn(hours, 'en')} old (MAIL_KEPT_SEND_HOURS) are then sent again by themselves, and others can be sent from this page with Retry now.`,
  });
}

/** No robot is registered for the message (its key named none when the message was recorded, or it was removed).
 * Registering one under that key queues again by itself what is at most `hours` old (MAIL_KEPT_SEND_HOURS). */
function robotRemoved(name: string, hours: number): AppError {
  return new AppError(409, 'robot_removed', {
    'zh-CN': `没有以「${name}」登记的群机器人（从未登记或已删除），这条消息暂时无法发出。如需通知该群，请在“群机器人”页面以标识「${name}」登记该机器人：登记后，不超过 ${hoursIn(hours, 'zh-CN')}（MAIL_KEPT_SEND_HOURS）的此类消息会自动重新发送，更早的可在本页点“立即重试”。`,
    en: `No group robot is registered as “${name}” (it never was, or was removed), so this message cannot leave yet. To reach that group, register its robot under the key “${name}” on the Group robots page: such messages at most ${hoursIn(hours, 'en')} old (MAIL_KEPT_SEND_HOURS) are then sent again by themselves, and older ones can be sent from this page with Retry now.`,
  });
}

/** A message as far as its readiness goes: its channel and address (`robot:<key>` for a robot message). */
export interface ResendTarget {
  channel: string;
  toAddress: string;
}

/**
 * Why `message` cannot leave however often it is resent: its channel's provider is not configured, or, for a robot
 * message, `robot` (the robot the message goes to as registered now; undefined when none is) is switched off or gone.
 * Undefined when it can leave. A gone robot is named by its key, the only name the message keeps.
 */
export function unsendableMessage(
  message: ResendTarget,
  robot: Pick<RobotRow, 'name' | 'active'> | undefined,
  config: Pick<Config, 'mail' | 'robots' | 'sms'>,
): AppError | undefined {
  const unconfigured = unsendableOn(message.channel, config);
  if (unconfigured || !(ROBOT_CHANNELS as readonly string[]).includes(message.channel) || robot?.active) return unconfigured;
  const hours = config.mail.keptSendHours;
  return robot ? robotSwitchedOff(robot.name, hours) : robotRemoved(shownRecipient(message.channel, message.toAddress), hours);
}

/** "1 分钟" / "1 minute", "30 秒" / "30 seconds": the longest wait between a pass's runs. */
function passWait(seconds: number, locale: Locale): string {
  const minutes = seconds % 60 === 0 ? seconds / 60 : null;
  if (locale === 'en') {
    return minutes === null ? `${seconds} second${seconds === 1 ? '' : 's'}` : `${minutes} minute${minutes === 1 ? '' : 's'}`;
  }
  return minutes === null ? `${seconds} 秒` : `${minutes} 分钟`;
}

/** What an admin reads after resending an email: when the worker's mail pass will send it. */
function mailQueuedWords(seconds: number, locale: Locale): string {
  const wait = passWait(seconds, locale);
  return locale === 'en'
    ? `Queued again: the mail pass sends it within ${wait}. This page shows the result once it is known.`
    : `已重新排队，发信程序将在 ${wait}内发出。结果出来后本页会自动显示。`;
}

/** What an admin reads after resending a robot message or a text: the dispatcher's next pass sends it, unless the
 * robot (or the SMS account) has had its `perMinute` messages of the minute, when it waits for the next one. */
function pacedQueuedWords(seconds: number, perMinute: number | undefined, sms: boolean, locale: Locale): string {
  const wait = passWait(seconds, locale);
  if (locale === 'en') {
    const who = sms ? 'texts' : 'messages to this group';
    const pace = perMinute === undefined ? '' : `, or in the next minute once ${perMinute} ${who} have been sent this minute`;
    return `Queued again: it is sent within ${wait}${pace}. This page shows the result once it is known.`;
  }
  const who = sms ? '短信每分钟最多发送' : '该群每分钟最多发送';
  const pace = perMinute === undefined ? '' : `（${who} ${perMinute} 条，本分钟已满时顺延到下一分钟）`;
  return `已重新排队，发送程序将在 ${wait}内发出${pace}。结果出来后本页会自动显示。`;
}

/** When a resent message leaves: within how many seconds the worker's pass takes it, in the admin's words.
 * `robotPerMinute` is the pace of the robot a robot message goes to (undefined when it is gone). */
export function queuedAnswer(
  channel: string,
  config: Pick<Config, 'mail' | 'sms'>,
  robotPerMinute: number | undefined,
  locale: Locale,
): { sendsWithinSeconds: number; message: string } {
  if (channel === 'email') {
    return { sendsWithinSeconds: config.mail.passSeconds, message: mailQueuedWords(config.mail.passSeconds, locale) };
  }
  const seconds = OUTBOX_PASS_MS / 1000;
  const sms = channel === 'sms';
  return { sendsWithinSeconds: seconds, message: pacedQueuedWords(seconds, sms ? config.sms?.perMinute : robotPerMinute, sms, locale) };
}
