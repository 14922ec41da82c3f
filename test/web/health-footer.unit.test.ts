// The footer's system line: all well, only the workers missing (pages answer, reminders and emails wait), something
// else down, or no answer from /healthz.
import { beforeAll, describe, expect, it } from 'vitest';
import { healthState, nextHealthRead } from '#web/app/src/components/health-footer';
import { loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';
import { translate } from '#web/app/src/i18n/translate';

const up = { ok: true, state: 'up' } as const;
const down = { ok: false, state: 'down' } as const;

describe('the footer’s system line', () => {
  beforeAll(() => loadDictionary('en'));

  it('says the background processing paused when only the workers are missing', () => {
    expect(healthState({ status: 'ok', db: up, temporal: up, workers: { ...up, count: 1 } })).toBe('ok');
    expect(healthState({ status: 'degraded', db: up, temporal: up, workers: { ...down, count: 0 } })).toBe('noWorker');
    expect(healthState({ status: 'degraded', db: down, temporal: up, workers: { ...down, count: 0 } })).toBe('degraded');
    expect(healthState({ status: 'degraded', db: up, temporal: down, workers: { ...down, count: null } })).toBe('degraded');
    // An older server without the workers entry.
    expect(healthState({ status: 'degraded', db: up, temporal: down })).toBe('degraded');
    expect(healthState(null)).toBe('unknown');
  });

  it('asks again within seconds while something is missing, and now and then while all is well', () => {
    for (const state of ['noWorker', 'degraded', 'unknown'] as const) expect(nextHealthRead(state)).toBeLessThanOrEqual(5_000);
    expect(nextHealthRead('ok')).toBeGreaterThan(5_000);
  });

  it('words it in both languages', () => {
    expect(translate('zh-CN', 'health.noWorker')).toBe('后台处理暂停，提醒、升级和邮件将在恢复后继续');
    expect(translate('en', 'health.noWorker')).toMatch(/^Background processing paused/);
  });
});
