// What an admin reads of an outbox message about a record they may not read in full: the masked copy when one was
// kept (a text's one line, a robot message's title line as its subject), else what is held back and why. A robot
// message reads as its group read it, without the markdown's marks and escapes.
import { describe, expect, it } from 'vitest';
import { FREE_TEXT_MASK } from '#core/privacy/mask';
import type { OutboxEntry } from '#core/stores/outbox/outbox-log-store';
import { SMS_HELD_BACK, shownContent } from '#web/server/outbox/shown-content';

const entry = (fields: Partial<OutboxEntry>): OutboxEntry => ({
  id: 1,
  idempotencyKey: 'k',
  template: 'quarantine-alert',
  locale: 'zh-CN',
  channel: 'sms',
  robotId: null,
  toAddress: 'sms:13600001111',
  submissionId: 's',
  subject: '李四海您好：请于 08:00 到门岗测温登记。',
  textBody: '李四海您好：请于 08:00 到门岗测温登记。',
  htmlBody: '',
  maskedText: null,
  status: 'queued',
  attempts: 0,
  lastError: null,
  nextAttemptAt: null,
  createdAt: '2026-12-05T00:00:00.000Z',
  sentAt: null,
  ...fields,
});

const ROBOT_MARKDOWN =
  '\n### 隔离观察开始 · 泉城大道快速路二期\n人员 李\\*\\* 经门岗检查开始隔离观察。\n\n[查看隔离登记](https://f.example/#/register)\n';
const ROBOT_PLAIN = '隔离观察开始 · 泉城大道快速路二期\n人员 李** 经门岗检查开始隔离观察。\n\n查看隔离登记：https://f.example/#/register';

describe('shownContent', () => {
  it.each([
    [
      'a reader of the record gets the message as sent',
      entry({ maskedText: '李**您好' }),
      true,
      { content: 'as-sent', subject: '李四海您好：请于 08:00 到门岗测温登记。' },
    ],
    [
      'a text with a masked copy shows the copy, its one line as subject',
      entry({ maskedText: '李**您好：请于 08:00 到门岗测温登记。' }),
      false,
      { content: 'masked', subject: '李**您好：请于 08:00 到门岗测温登记。', text: '李**您好：请于 08:00 到门岗测温登记。', html: '' },
    ],
    [
      'a robot message with a masked copy reads as the group read it, its title line as subject',
      entry({ channel: 'wecom-robot', toAddress: 'robot:hq', maskedText: ROBOT_MARKDOWN }),
      false,
      { content: 'masked', subject: '隔离观察开始 · 泉城大道快速路二期', text: ROBOT_PLAIN },
    ],
    [
      'a robot message as sent reads without its markdown too',
      entry({ channel: 'dingtalk-robot', toAddress: 'robot:hq', subject: '隔离观察开始 · 泉城大道快速路二期', textBody: ROBOT_MARKDOWN }),
      true,
      { content: 'as-sent', subject: '隔离观察开始 · 泉城大道快速路二期', text: ROBOT_PLAIN },
    ],
    [
      'a robot message recorded before titles were stored plain reads its title without escapes',
      entry({
        channel: 'dingtalk-robot',
        toAddress: 'robot:hq',
        subject: '隔离观察开始 · 泉城大道快速路\\(二期\\)',
        textBody: ROBOT_MARKDOWN,
      }),
      true,
      { content: 'as-sent', subject: '隔离观察开始 · 泉城大道快速路(二期)' },
    ],
    [
      'a robot message’s plain title keeps a user’s stars',
      entry({ channel: 'dingtalk-robot', toAddress: 'robot:hq', subject: '新转办案件 · **急** 钢材短缺', textBody: ROBOT_MARKDOWN }),
      true,
      { content: 'as-sent', subject: '新转办案件 · **急** 钢材短缺' },
    ],
    [
      'a text without a copy says what is held back',
      entry({}),
      false,
      { content: 'hidden', subject: FREE_TEXT_MASK['zh-CN'], text: SMS_HELD_BACK['zh-CN'], html: '' },
    ],
    [
      'an email without a copy is hidden whole',
      entry({ channel: 'email', htmlBody: '<p>李四海</p>' }),
      false,
      { content: 'hidden', text: FREE_TEXT_MASK['zh-CN'], html: `<p>${FREE_TEXT_MASK['zh-CN']}</p>` },
    ],
  ] as const)('%s', (_name, message, readable, expected) => {
    const shown = shownContent(message, readable, 'zh-CN');
    expect(shown).toMatchObject(expected);
    if (!readable) expect(JSON.stringify(shown)).not.toContain('李四海');
  });
});
