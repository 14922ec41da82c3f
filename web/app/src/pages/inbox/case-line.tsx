// A task's case in one line, as the case's own row in a list says it: what it is about and, outside a ladder, where it
// stands in its process's words ("张三（370102********1870） · 隔离观察" for a gate check's task). The server writes both
// (web/server/tasks/shown-summaries.ts), personal data masked.
import type { Task } from '../../api/inbox-types';

/** The case line of `task`, or nothing when the server said nothing about its case. */
export function CaseLine({ task }: { task: Pick<Task, 'summary' | 'caseStatusText'> }) {
  const { summary, caseStatusText: status } = task;
  if (!summary && !status) return null;
  return (
    <span className="task-summary">
      {summary}
      {summary && status && ' · '}
      {/* The standing is one word or two: kept whole when the line wraps. */}
      {status && <span className="task-summary__status">{status}</span>}
    </span>
  );
}
