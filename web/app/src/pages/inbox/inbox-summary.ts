// The 待办 card of an inbox role's home: how many open tasks are theirs and their groups', how many overdue or urgent,
// and the few most pressing — read from the inbox's own list API, so the card and the inbox always agree.
import { priorityLevel } from '#core/domain/glossary';
import type { Task } from '../../api/inbox-types';
import type { Page } from '../../api/paging';

/** The home card shows this many tasks. */
export const SUMMARY_SHOWN = 3;
/** Urgent tasks are counted in the first this-many of each tab (sorted by priority, so urgent ones come first). */
export const SUMMARY_SCAN = 50;
/** The level from which a task counts as urgent (紧急, 特急). */
export const URGENT_LEVEL = 2;

/** The reads the card is made of, as GET /api/tasks query strings. */
export const SUMMARY_QUERIES = {
  mine: `box=mine&sort=priority&limit=${SUMMARY_SCAN}`,
  groups: `box=groups&sort=priority&limit=${SUMMARY_SCAN}`,
  mineOverdue: 'box=mine&overdue=1&limit=1',
  groupsOverdue: 'box=groups&overdue=1&limit=1',
} as const;

/** One answer of GET /api/tasks. */
export interface TaskListAnswer {
  tasks: Task[];
  page: Page;
}

/** What the card says. */
export interface InboxSummary {
  /** Open tasks assigned to or claimed by the reader. */
  mine: number;
  /** Open tasks of the reader's groups or role, not yet claimed. */
  groups: number;
  overdue: number;
  urgent: number;
  /** True when more urgent tasks may lie beyond the rows read: the card says "at least". */
  urgentAtLeast: boolean;
  /** The most pressing tasks: highest priority first, then the earliest due. */
  first: Task[];
}

const isUrgent = (task: Pick<Task, 'priority'>) => priorityLevel(task.priority) >= URGENT_LEVEL;

const byUrgency = (a: Task, b: Task) =>
  priorityLevel(b.priority) - priorityLevel(a.priority) || Date.parse(a.dueAt) - Date.parse(b.dueAt) || (a.id < b.id ? -1 : 1);

/** The card's figures from the answers to SUMMARY_QUERIES. */
export function summarizeInbox(answers: Record<keyof typeof SUMMARY_QUERIES, TaskListAnswer>): InboxSummary {
  const lists = [answers.mine, answers.groups];
  const urgent = lists.reduce((sum, list) => sum + list.tasks.filter(isUrgent).length, 0);
  // A page of urgent tasks only, with more rows beyond it, may hide further urgent ones.
  const urgentAtLeast = lists.some((list) => list.tasks.length > 0 && list.page.total > list.tasks.length && list.tasks.every(isUrgent));
  const seen = new Set<string>();
  const first = lists
    .flatMap((list) => list.tasks)
    .filter((task) => !seen.has(task.id) && seen.add(task.id))
    .sort(byUrgency)
    .slice(0, SUMMARY_SHOWN);
  return {
    mine: answers.mine.page.total,
    groups: answers.groups.page.total,
    overdue: answers.mineOverdue.page.total + answers.groupsOverdue.page.total,
    urgent,
    urgentAtLeast,
    first,
  };
}
