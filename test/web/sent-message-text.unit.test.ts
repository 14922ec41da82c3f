// The words of the "已发送的通知" table on a case page: a message's channel by its name, never its key, and a message
// to staff read from outside the staff as just that.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';
import { translate } from '#web/app/src/i18n/translate';
import type { MessageKey } from '#web/app/src/i18n/zh-cn-messages';
import { channelWord, sentMessageLine, toStaffOnly } from '#web/app/src/pages/sent-message-text';

const tOf = (locale: 'zh-CN' | 'en') => (key: string, params?: Record<string, string | number>) =>
  translate(locale, key as MessageKey, params);

describe('sent message words', () => {
  beforeAll(() => loadDictionary('en'));

  it.each([
    ['zh-CN', ['邮件', '短信', '企业微信群', '钉钉群', '通知'], '已发送的通知'],
    ['en', ['Email', 'Text message', 'WeCom group', 'DingTalk group', 'Notice'], 'Messages sent'],
  ] as const)('names each channel in %s, an unknown one neutrally', (locale, words, heading) => {
    const t = tOf(locale);
    expect(['email', 'sms', 'wecom-robot', 'dingtalk-robot', 'fax'].map((channel) => channelWord(t, channel))).toEqual(words);
    expect(t('submission.emails')).toBe(heading);
  });

  it('reads a message to staff as "staff notified", whatever its channel', () => {
    const staff = { channel: 'email', recipient: 'staff', to: null };
    expect(toStaffOnly(staff)).toBe(true);
    expect(sentMessageLine(tOf('zh-CN'), staff)).toBe('已通知办理人员');
    expect(sentMessageLine(tOf('en'), { ...staff, channel: 'wecom-robot' })).toBe('Staff notified');
    expect(sentMessageLine(tOf('zh-CN'), { channel: 'sms', to: '139****1234' })).toBe('发送短信给 139****1234，内容：');
  });
});
