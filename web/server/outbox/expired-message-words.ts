// Why a message is `expired` (core/notify/kept-release.ts), in the admin's words on the outbox page: it was kept while its
// channel's provider was not configured and was older than MAIL_KEPT_SEND_HOURS when a worker with the provider took it
// up (at that worker's start, or within a minute of being kept while it ran), so it was not sent by itself; and the
// markers the robot outbox stores for a message its robot was not there for (not registered, switched off).
import type { Locale, LocalizedText } from '#core/domain/locale';
import { KEPT_MAIL_EXPIRED, KEPT_MESSAGE_EXPIRED } from '#core/stores/outbox/outbox-store';
import { notRegisteredError, ROBOT_GONE_OR_OFF, ROBOT_SWITCHED_OFF } from '#core/notify/robot-outbox';

/** Each channel's provider as the sentence names it, with its setting. */
const PROVIDERS: Record<string, { name: LocalizedText; setting: string }> = {
  email: { name: { 'zh-CN': '发信服务器', en: 'mail server' }, setting: 'SMTP_URL' },
  sms: { name: { 'zh-CN': '短信服务', en: 'SMS gateway' }, setting: 'SMS_PROVIDER_URL' },
  'wecom-robot': { name: { 'zh-CN': '企业微信群机器人发送地址', en: 'WeCom robot address' }, setting: 'WECOM_ROBOT_URL' },
  'dingtalk-robot': { name: { 'zh-CN': '钉钉群机器人发送地址', en: 'DingTalk robot address' }, setting: 'DINGTALK_ROBOT_URL' },
};

/** The markers the robot outbox stores when a message could not reach its robot (core/notify/robot-outbox.ts), in the
 * admin's words; a provider's own answer (`HTTP 500`, an SMTP reply) is shown as it came. */
const NOT_REGISTERED = /^no robot named "(.*)"$/;
function robotMarkerWords(lastError: string, locale: Locale): string | undefined {
  const key = NOT_REGISTERED.exec(lastError)?.[1];
  if (key !== undefined && lastError === notRegisteredError(key))
    return locale === 'en' ? `No group robot was registered as “${key}” when it was recorded` : `记录时没有以「${key}」登记的群机器人`;
  if (lastError === ROBOT_SWITCHED_OFF)
    return locale === 'en' ? 'Its group robot was switched off when it was recorded' : '记录时该群机器人已停用';
  if (lastError === ROBOT_GONE_OR_OFF)
    return locale === 'en' ? 'Its group robot was removed or switched off before it was sent' : '发送前该群机器人已被删除或停用';
  return undefined;
}

/** The stored last error of a message on `channel` as the outbox page shows it: the expired marker and the robot
 * markers in words, else as stored. */
export function shownLastError(lastError: string | null, channel: string, keptSendHours: number, locale: Locale): string | null {
  const robotWords = lastError === null ? undefined : robotMarkerWords(lastError, locale);
  if (robotWords) return robotWords;
  const provider = PROVIDERS[channel];
  if ((lastError !== KEPT_MAIL_EXPIRED && lastError !== KEPT_MESSAGE_EXPIRED) || !provider) return lastError;
  const { name, setting } = provider;
  return locale === 'en'
    ? `Kept in the outbox while no ${name.en} (${setting}) was configured, and more than ${keptSendHours} hour${keptSendHours === 1 ? '' : 's'} old (MAIL_KEPT_SEND_HOURS) when a worker with one took it up, so it was not sent by itself: a late reminder could mislead its reader. Use Retry now to send it anyway.`
    : `未配置${name['zh-CN']}（${setting}）期间存入发件箱；配置了${name['zh-CN']}的处理进程接手时已超过 ${keptSendHours} 小时（MAIL_KEPT_SEND_HOURS），为免过时的提醒误导收件人，没有自动发出。如仍需发出，请点“立即重试”。`;
}
