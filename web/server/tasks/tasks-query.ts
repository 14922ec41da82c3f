// What GET /api/tasks accepts: the tab, the filters of the inbox's filter bar, the ones a client needs to follow one
// case (its submission) or one person's work, the order and the page.
import type { RJSFSchema } from '@rjsf/utils';
import { TASK_STATUSES } from '#core/domain/human-task';
import { ID_QUERY, INSTANT_QUERY } from '../query-formats';
import { PAGE_QUERY_PROPERTIES } from '../route-contract';
import { HANDLER_ROLES } from '#core/domain/task-holders';
import type { InboxQuery } from '#core/stores/task-inbox';

/** The checked query string of GET /api/tasks. */
export type TasksQuery = Partial<InboxQuery>;

/** The query schema of GET /api/tasks. */
export const TASKS_QUERY: RJSFSchema = {
  type: 'object',
  properties: {
    box: {
      type: 'string',
      enum: ['mine', 'groups', 'done', 'all'],
      default: 'mine',
      title:
        'mine: assigned to or claimed by the caller, open; groups: open for their role or group, unassigned, but for reviews of what the caller filed; done: closed; all: everything they may see',
    },
    submissionId: { type: 'string', maxLength: 64, title: 'Only the tasks of this submission (every step of its case)' },
    processType: { type: 'string', maxLength: 64, title: 'Only tasks of this process type (ladder, inspection, …)' },
    assigneeUserId: { ...ID_QUERY, title: 'Only tasks assigned to this user' },
    status: { type: 'string', enum: [...TASK_STATUSES] },
    enterpriseId: { ...ID_QUERY, title: 'Only tasks about this enterprise' },
    category: { type: 'string', maxLength: 64, title: "A difficulty's category key" },
    overdue: { type: 'boolean', title: 'Only open tasks past their due time (1 or true)' },
    focus: { type: 'boolean', title: 'Only tasks of focus enterprises (1 or true)' },
    dueBefore: { ...INSTANT_QUERY, title: 'Due before this instant' },
    q: { type: 'string', maxLength: 200, title: 'Text in the case number, the title or the enterprise name' },
    sort: {
      type: 'string',
      enum: ['due', 'priority'],
      default: 'due',
      title: 'Due time first (the done tab: the most recently handled first), or priority then due time',
    },
    ...PAGE_QUERY_PROPERTIES,
  },
  additionalProperties: false,
};

/** The query schema of GET /api/tasks/:id/candidates: a role to narrow the people to, and the page. */
export const CANDIDATES_QUERY: RJSFSchema = {
  type: 'object',
  properties: {
    ...PAGE_QUERY_PROPERTIES,
    role: { type: 'string', enum: [...HANDLER_ROLES], title: 'Only people of this role' },
  },
  additionalProperties: false,
};
