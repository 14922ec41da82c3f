// The line of /healthz an operator reads first: which part is missing, in zh-CN or English.
import { describe, expect, it } from 'vitest';
import { healthSummary, type HealthCheckName } from '#web/server/health/health-summary';

describe('/healthz summary', () => {
  const cases: [string, HealthCheckName[], number | null, string, string][] = [
    ['all up', [], 2, '全部正常', 'All up'],
    ['no worker', ['workers'], 0, '网页服务在运行，但没有工作进程', 'The web service is up, but no worker polls'],
    ['workers unknown', ['workers'], null, '但无法确认是否有工作进程', 'but whether a worker polls the task queue is unknown'],
    ['database down', ['db'], 1, '但应用数据库（DATABASE_URL）无法连接', 'but the app database (DATABASE_URL) does not answer'],
  ];
  it.each(cases)('names what is missing: %s', (_, failing, count, zh, en) => {
    expect(healthSummary(failing, count, 'zh-CN')).toContain(zh);
    expect(healthSummary(failing, count, 'en')).toContain(en);
  });

  it('names Temporal once, not the workers it cannot see while it is down', () => {
    expect(healthSummary(['db', 'temporal', 'workers'], null, 'en')).toBe(
      'The web service is up, but the app database (DATABASE_URL) does not answer; Temporal (TEMPORAL_ADDRESS) does not answer',
    );
    expect(healthSummary(['db', 'temporal', 'workers'], null, 'zh-CN')).toBe(
      '网页服务在运行，但应用数据库（DATABASE_URL）无法连接；Temporal（TEMPORAL_ADDRESS）无法连接',
    );
  });
});
