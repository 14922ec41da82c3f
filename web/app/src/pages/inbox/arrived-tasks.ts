// What a re-read of the same inbox list brought: the tasks it shows now that it did not show before, so the page can
// say "2 new tasks" politely instead of leaving a reader to spot them.
import type { Task } from '../../api/inbox-types';

/** One read of one list: which list (its query and page) and the ids of the tasks it showed. */
export interface ListRead {
  list: string;
  ids: readonly string[];
}

/** The number of tasks `next` shows that `previous` did not, when both are reads of the same list; 0 for a first read
 * or another list (a new filter or page is not news). */
export function arrivedCount(previous: ListRead | null, next: ListRead): number {
  if (!previous || previous.list !== next.list) return 0;
  const before = new Set(previous.ids);
  return next.ids.filter((id) => !before.has(id)).length;
}

/** A read of `list` showing `tasks`. */
export function listRead(list: string, tasks: readonly Pick<Task, 'id'>[]): ListRead {
  return { list, ids: tasks.map((task) => task.id) };
}
