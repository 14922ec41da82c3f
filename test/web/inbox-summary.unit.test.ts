// The 待办 card on an inbox role's home: the open work in figures (theirs, their groups', overdue, urgent) and the three
// most pressing tasks, read from the inbox's own list answers so the card and the inbox agree.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderIn } from '../helpers/render-in-locale';
import type { Locale } from '#core/domain/locale';
import type { Task } from '#web/app/src/api/inbox-types';
import { queryKeys } from '#web/app/src/api/query-keys';
import { loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';
import {
  SUMMARY_QUERIES,
  SUMMARY_SCAN,
  summarizeInbox,
  type InboxSummary,
  type TaskListAnswer,
} from '#web/app/src/pages/inbox/inbox-summary';
import { InboxSummaryCard } from '#web/app/src/pages/inbox/inbox-summary-card';

let next = 0;
const task = (priority: number, dueAt: string, id = `sum-${++next}`) => ({ id, priority, dueAt }) as Task;
const answer = (tasks: Task[], total = tasks.length): TaskListAnswer => ({ tasks, page: { limit: SUMMARY_SCAN, offset: 0, total } });
const none = answer([]);

describe('the inbox summary card', () => {
  it('reads each tab sorted by priority, and the overdue counts alone', () => {
    expect(SUMMARY_QUERIES.mine).toBe(`box=mine&sort=priority&limit=${SUMMARY_SCAN}`);
    expect(SUMMARY_QUERIES.groups).toBe(`box=groups&sort=priority&limit=${SUMMARY_SCAN}`);
    expect(SUMMARY_QUERIES.mineOverdue).toContain('overdue=1');
    expect(SUMMARY_QUERIES.groupsOverdue).toContain('overdue=1');
  });

  it('counts the tasks of both tabs, the overdue ones and the urgent ones', () => {
    const summary = summarizeInbox({
      mine: answer([task(3, '2027-01-02T00:00:00Z'), task(0, '2027-01-01T00:00:00Z')]),
      groups: answer([task(2, '2027-01-03T00:00:00Z'), task(1, '2027-01-01T00:00:00Z'), task(0, '2027-01-01T00:00:00Z')]),
      mineOverdue: answer([], 1),
      groupsOverdue: answer([], 2),
    });
    expect(summary).toMatchObject({ mine: 2, groups: 3, overdue: 3, urgent: 2, urgentAtLeast: false });
  });

  it('lists the three most pressing: highest priority first, then the earliest due', () => {
    const urgentLate = task(2, '2027-01-05T00:00:00Z', 'urgent-late');
    const urgentSoon = task(2, '2027-01-02T00:00:00Z', 'urgent-soon');
    const critical = task(3, '2027-01-09T00:00:00Z', 'critical');
    const normal = task(0, '2027-01-01T00:00:00Z', 'normal');
    const summary = summarizeInbox({
      mine: answer([urgentLate, normal]),
      groups: answer([critical, urgentSoon]),
      mineOverdue: none,
      groupsOverdue: none,
    });
    expect(summary.first.map((t) => t.id)).toEqual(['critical', 'urgent-soon', 'urgent-late']);
  });

  it('says "at least" when a page read holds urgent tasks only and more lie beyond it', () => {
    const full = Array.from({ length: SUMMARY_SCAN }, () => task(2, '2027-01-01T00:00:00Z'));
    const summary = summarizeInbox({ mine: answer(full, SUMMARY_SCAN + 7), groups: none, mineOverdue: none, groupsOverdue: none });
    expect(summary).toMatchObject({ mine: SUMMARY_SCAN + 7, urgent: SUMMARY_SCAN, urgentAtLeast: true });
    expect(summary.first).toHaveLength(3);
  });

  it('has nothing to list when no task is open', () => {
    expect(summarizeInbox({ mine: none, groups: none, mineOverdue: none, groupsOverdue: none })).toEqual({
      mine: 0,
      groups: 0,
      overdue: 0,
      urgent: 0,
      urgentAtLeast: false,
      first: [],
    });
  });
});

/** The card as a page shows it once its figures are read. */
function card(summary: InboxSummary, locale: Locale): string {
  const client = new QueryClient();
  client.setQueryData(queryKeys.taskSummary, summary);

  return renderIn(createElement(QueryClientProvider, { client }, createElement(InboxSummaryCard)), locale);
}

describe('the inbox summary card in words', () => {
  beforeAll(() => loadDictionary('en'));
  const urgent = {
    ...task(2, '2027-01-02T08:00:00Z', 'card-urgent'),
    title: { 'zh-CN': '困难诉求处理', en: 'Handle the difficulty' },
    enterpriseName: '城建一公司',
  } as Task;
  const busy = summarizeInbox({ mine: answer([urgent]), groups: answer([], 4), mineOverdue: answer([], 1), groupsOverdue: none });

  it.each([
    ['zh-CN', ['待办', '分配给我 1 项', '待认领 4 项', '已超时 1 项', '紧急 1 项', '困难诉求处理', '截止', '进入待办']],
    ['en', ['To do', '1 assigned to me', '4 to claim', '1 overdue', '1 urgent', 'Handle the difficulty', 'Due', 'Open the inbox']],
  ] as const)('says in %s what waits, links the task and the inbox, and shows no raw key', (locale, words) => {
    const html = card(busy, locale);
    for (const word of words) expect(html).toContain(word);
    expect(html).toContain('href="#/tasks/card-urgent"');
    expect(html).toContain('href="#/inbox"');
    expect(html).not.toMatch(/inboxList\.|inbox\.|priority\.|至少|at least/);
  });

  it.each([
    ['zh-CN', '暂无待办'],
    ['en', 'Nothing to do'],
  ] as const)('says in %s that nothing waits', (locale, words) => {
    const html = card(summarizeInbox({ mine: none, groups: none, mineOverdue: none, groupsOverdue: none }), locale);
    expect(html).toContain(words);
    expect(html).toContain('href="#/inbox"');
  });
});
