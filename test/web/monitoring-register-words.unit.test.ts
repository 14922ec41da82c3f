// 观察登记 points to the gate's quarantines by the menu's own name (工地人员台账, the navigation's message), and shows
// no 操作 column to a reader who can do nothing on any row (an enterprise between check-ins).
import { createElement } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderIn } from '../helpers/render-in-locale';
import type { User } from '#web/app/src/api/api-types';
import type { MonitoredRow, MonitoringDefinition } from '#web/app/src/api/monitoring-api';
import { queryKeys } from '#web/app/src/api/query-keys';
import { loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';
import { translate } from '#web/app/src/i18n/translate';
import { MonitoringRegisterPage } from '#web/app/src/pages/monitoring/monitoring-register-page';

const DEFINITION = {
  key: 'return-watch',
  title: { 'zh-CN': '返岗人员健康观察', en: 'Health watch' },
  subject: 'person',
  readings: [],
  days: 14,
  checkInTimes: ['08:00'],
} as unknown as MonitoringDefinition;

const row = (openSlot: MonitoredRow['openSlot']): MonitoredRow => ({
  id: 'sub-1',
  caseNumber: null,
  formKey: DEFINITION.key,
  kind: 'person',
  name: '王建国',
  data: {},
  enterpriseId: 7,
  checkIns: 2,
  missed: 0,
  late: 0,
  openSlot,
  status: 'active',
  startedAt: '2026-12-01T00:00:00.000Z',
  endsAt: '2026-12-14T16:00:00.000Z',
  endedAt: null,
  endChanges: [],
  alerts: 0,
});

const answer = { subjects: [row(null)] };

/** A query cache holding the register's answer where the page reads it (its key and inputs: no form picked, offset 0). */
function registerCache(): QueryClient {
  const client = new QueryClient();
  const page = { total: answer.subjects.length, limit: 50, offset: 0 };
  client.setQueryData([...queryKeys.monitoring, null, 0], {
    definitions: [DEFINITION],
    definition: DEFINITION,
    subjects: answer.subjects,
    page,
  });
  return client;
}

const reader = (role: User['role']) => ({ id: 1, username: 'u', displayName: 'U', role, enterpriseId: 7, enterpriseName: 'E' }) as User;

function rendered(role: User['role'], locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  return renderIn(
    createElement(QueryClientProvider, { client: registerCache() }, createElement(MonitoringRegisterPage, { user: reader(role) })),
    locale,
  );
}

const headers = (html: string) => [...html.matchAll(/<th[^>]*scope="col"[^>]*>([^<]*)</g)].map((match) => match[1]);

describe('the monitoring register', () => {
  beforeAll(() => loadDictionary('en'));

  it.each(['zh-CN', 'en'] as const)('names the site register as the menu does (%s)', (locale) => {
    const html = rendered('cadre', locale);
    const menuName = translate(locale, 'nav.siteRegister');
    expect(html).toContain(
      locale === 'zh-CN'
        ? `门岗隔离人员的测温按门岗检查流程的时间，见“${menuName}”`
        : `Quarantines at a gate, measured at the times the gate check sets, are in the ${menuName}.`,
    );
    expect(html).not.toContain('工地登记');
  });

  it('shows no 操作 column to an enterprise when no row has a check-in open', () => {
    answer.subjects = [row(null)];
    const html = rendered('enterprise');
    expect(html).toContain('王建国');
    expect(headers(html)).not.toContain('操作');
  });

  it('shows it to an enterprise once a check-in is open to record, and to a cadre who may move the end', () => {
    answer.subjects = [row({ slotAt: '2026-12-05T00:00:00.000Z', opensAt: '2026-12-05T00:00:00.000Z', dueAt: '2026-12-05T02:00:00.000Z' })];
    expect(headers(rendered('enterprise'))).toContain('操作');
    answer.subjects = [row(null)];
    expect(headers(rendered('cadre'))).toContain('操作');
    expect(headers(rendered('hq'))).toContain('操作');
  });

  it('shows none to anyone once every subject ended', () => {
    answer.subjects = [{ ...row(null), status: 'ended', endedAt: '2026-12-14T16:00:00.000Z' }];
    expect(headers(rendered('cadre'))).not.toContain('操作');
  });
});
