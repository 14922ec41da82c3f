// A queued item the phone's key can never open (send-pending.ts sets it aside as 无法发送): signing in again fetches the
// account's same key (test/gate/offline-gate-checks.test.ts), so the page says it can never be sent, why, and what to
// redo from what the item keeps in clear — its kind, when it was made, the phone's decision — in zh-CN and en.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '#core/domain/locale';
import { adoptServerTimeZone } from '#web/app/src/format/server-time-zone';
import { addZhCnMessages, loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';
import { gateZhCn } from '#web/app/src/i18n/messages/gate-messages';
import { offlineZhCn } from '#web/app/src/i18n/messages/offline-messages';
import { translate } from '#web/app/src/i18n/translate';
import type { MessageKey } from '#web/app/src/i18n/zh-cn-messages';
import { unreadableWords } from '#web/app/src/offline/unreadable-words';

const tOf = (locale: Locale) => (key: string, params?: Record<string, string | number>) => translate(locale, key as MessageKey, params);
const deviceTime = '2026-12-06T00:40:00.000Z';

beforeAll(async () => {
  [gateZhCn, offlineZhCn].forEach(addZhCnMessages);
  adoptServerTimeZone('Asia/Shanghai');
  await loadDictionary('en');
});

describe('an item the phone can never open', () => {
  it('says it can never be sent and that signing in again will not bring it back', () => {
    const { why } = unreadableWords(tOf('zh-CN'), 'zh-CN', { kind: 'gate-check', deviceTime });
    expect(why).toContain('永远无法发送');
    expect(why).toContain('重新登录、等待联网都不能恢复它');
    expect(unreadableWords(tOf('en'), 'en', { kind: 'gate-check', deviceTime }).why).toContain(
      'Signing in again or waiting for signal will not bring it back',
    );
  });

  it.each([
    [
      'zh-CN',
      { kind: 'gate-check', deviceOutcome: 'admitted' },
      '请联网后为 2026年12月6日 08:40 前后在本机检查的人员（本机判定：已放行）重新做入场检查，然后丢弃此条记录。',
    ],
    ['zh-CN', { kind: 'gate-check' }, '请联网后为 2026年12月6日 08:40 前后在本机检查的人员重新做入场检查，然后丢弃此条记录。'],
    ['zh-CN', { kind: 'visit' }, '请联网后重新填写 2026年12月6日 08:40 录入的这次走访，然后丢弃此条记录。'],
    ['zh-CN', { kind: 'quarantine-check-in' }, '请联网后在隔离登记中为 2026年12月6日 08:40 前后打卡的人员重新打卡，然后丢弃此条记录。'],
    [
      'en',
      { kind: 'gate-check', deviceOutcome: 'turned-back' },
      /^With signal, check again the worker you checked on this phone around .+ \(decided on the phone: Turned back\), then discard this record\.$/,
    ],
  ] as const)('tells the officer what to redo (%s, %o)', (locale, item, whatToDo) => {
    const words = unreadableWords(tOf(locale), locale, { ...item, deviceTime });
    if (typeof whatToDo === 'string') expect(words.whatToDo).toBe(whatToDo);
    else expect(words.whatToDo).toMatch(whatToDo);
    expect(words.whatToDo).not.toMatch(/offline\.|\{/);
  });
});
