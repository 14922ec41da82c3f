// The words of the "已发送的通知" table and the timeline on a case page: a message's channel by its name, never its key,
// what it was for in the reader's language, its subject quoted only when written in that language, and a message to
// staff read from outside the staff as just that.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';
import { translate } from '#web/app/src/i18n/translate';
import type { MessageKey } from '#web/app/src/i18n/zh-cn-messages';
import { channelWord, sentMessageWords, toStaffOnly } from '#web/app/src/pages/sent-message-text';

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
    expect(sentMessageWords(tOf('zh-CN'), 'zh-CN', staff)).toEqual({ text: '已通知办理人员' });
    expect(sentMessageWords(tOf('en'), 'en', { ...staff, channel: 'wecom-robot' })).toEqual({ text: 'Staff notified' });
    expect(sentMessageWords(tOf('zh-CN'), 'zh-CN', { channel: 'sms', to: '139****1234' })).toEqual({ text: '已发送短信至 139****1234' });
  });

  const receipt = {
    channel: 'email',
    to: 'ent01@demo.fugong.local',
    subject: '【复工】已收到您的《困难问题反映》',
    purpose: 'submission-received',
    subjectLocale: 'zh-CN',
  };

  it('tells a Chinese reader what a Chinese email was for, its subject quoted after', () => {
    expect(sentMessageWords(tOf('zh-CN'), 'zh-CN', receipt)).toEqual({
      text: '已发送受理回执邮件至 ent01@demo.fugong.local，主题：',
      quote: '【复工】已收到您的《困难问题反映》',
    });
  });

  it('tells an English reader what a Chinese email was for in English, its subject only on request, labelled Chinese', () => {
    const words = sentMessageWords(tOf('en'), 'en', receipt);
    expect(words).toEqual({
      text: 'Receipt email sent to ent01@demo.fugong.local',
      asSent: { label: 'As sent (in Chinese)', text: receipt.subject, lang: 'zh-CN' },
    });
    expect(words.text + words.asSent!.label).not.toMatch(/\p{Script=Han}/u);
  });

  it.each([
    ['sms', { channel: 'sms', to: '139****1234', purpose: 'quarantine-alert' }, 'Quarantine alert text message sent to 139****1234'],
    [
      'robot',
      { channel: 'wecom-robot', to: 'Supplies group', purpose: 'task-assigned' },
      'New task notice posted to the group “Supplies group”',
    ],
    [
      'older row',
      { channel: 'email', to: 'ent01@demo.fugong.local', purpose: 'retired-template' },
      'Email sent to ent01@demo.fugong.local',
    ],
  ])('names a %s by what it was for, or plainly by its channel when this build has no words for its purpose', (_, message, text) => {
    const words = sentMessageWords(tOf('en'), 'en', { ...message, subject: '新的通知', subjectLocale: 'zh-CN' });
    expect(words.text).toBe(text);
    expect(words.quote).toBeUndefined();
  });

  it('quotes a subject masked for the reader, which is in the reader’s language', () => {
    const masked = { ...receipt, subject: '(hidden: may contain personal data)', subjectLocale: 'en' };
    expect(sentMessageWords(tOf('en'), 'en', masked)).toEqual({
      text: 'Receipt email sent to ent01@demo.fugong.local, subject: ',
      quote: '(hidden: may contain personal data)',
    });
  });
});
