// The task a task route names, as the caller may see it: 404 when it does not exist or is not theirs to see.
import type { Request } from 'express';
import { storedIdCandidates } from '#core/domain/public-id';
import { notFound } from '#core/errors';
import type { Db } from '#core/stores/db-types';
import { findVisibleTask } from '#core/stores/task-inbox';
import { isFormerCadre } from '#core/stores/stranded-cadre-tasks';
import { requireRole } from '../access';
import { actionLabelsFor, completionSchemaFor } from './completion-for-reader';
import { withShownSummaries } from './shown-summaries';
import { decidableTaskView } from './task-view';

const TASK = { 'zh-CN': '待办', en: 'Task' };

/** Roles that work an inbox. */
export const INBOX_ROLES = ['cadre', 'special_class', 'hq', 'admin'] as const;

/** The signed-in user and the task `req.params.id` names, with its decision form in the reader's language. */
export async function loadTask(db: Db, req: Request) {
  const user = requireRole(req, INBOX_ROLES);
  const row = await findVisibleTask(db, user, storedIdCandidates(String(req.params.id)));
  if (!row) throw notFound(TASK);
  // A cadre who no longer looks after the enterprise neither reads nor works its open tasks still in their name (they
  // move to the next cadre when one is assigned: org/hand-over-tasks.ts).
  if (
    user.role === 'cadre' &&
    row.enterpriseId !== null &&
    row.assigneeUserId === user.id &&
    (row.status === 'open' || row.status === 'claimed') &&
    (await isFormerCadre(db, user.id, row.enterpriseId))
  )
    throw notFound(TASK);
  const [shown] = await withShownSummaries(db, user, req.locale, [decidableTaskView(row)], 'detail');
  // Every route of the task answers its decision form in the reader's language (claim, release and reassign too).
  // …and the words its rung gives its actions (an inspection's pass is not an escalation).
  const [completionSchema, actionLabels] = await Promise.all([
    completionSchemaFor(db, shown!, req.locale),
    actionLabelsFor(db, shown!, req.locale),
  ]);
  const task = { ...shown!, completionSchema, actionLabels };
  return { user, task };
}
