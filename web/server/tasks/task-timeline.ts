// What happened in a task's process: every task the same workflow opened, and the originating submission's events.
import type { Db } from '#core/stores';
import type { TaskTimeline, TimelineTask } from '#core/api/task-types';
import type { TaskAction } from '#core/domain/human-task';
import type { Reader } from '#core/privacy/personal-data-policy';
import { maskSubmissions, maskTimeline } from '#core/privacy/submission-facts';
import { presentSubmission } from '../submissions/present-submission';
import { submissionById, timelineOf } from '#core/stores/submissions/submission-store';
import { tasksOfWorkflow } from '#core/stores/task-inbox';
import { findUser } from '#core/stores/user-store';
import { taskView } from './task-view';

function outcomeOf(outcome: Record<string, unknown> | null): Pick<TimelineTask, 'outcome' | 'comment' | 'data'> {
  if (!outcome) return { outcome: null, comment: null, data: {} };
  if (outcome.kind === 'breached') return { outcome: 'breached', comment: null, data: {} };
  return {
    // The workflow records only its step's allowed actions (core/domain/human-task.ts).
    outcome: typeof outcome.action === 'string' ? (outcome.action as TaskAction) : null,
    comment: typeof outcome.comment === 'string' && outcome.comment ? outcome.comment : null,
    data: outcome.data && typeof outcome.data === 'object' ? (outcome.data as Record<string, unknown>) : {},
  };
}

/** The submission a task came from, summarised for someone working the task (who may lack the enterprise's scope). */
async function originOf(db: Db, reader: Reader, submissionId: string | null, timeZone: string) {
  if (!submissionId) return null;
  const submission = await submissionById(db, submissionId);
  if (!submission) return null;
  const ref = {
    id: submission.id,
    formKey: submission.formKey,
    formVersion: submission.formVersion,
    enterpriseId: submission.enterpriseId,
    userId: submission.userId,
    data: submission.data,
  };
  // The reader works this task's case: the policy counts them as a handler through the task they loaded.
  const [shown] = await maskSubmissions(db, reader, [ref], 'detail');
  // The submission's own schema in the reader's language: a cadre cannot open the enterprise's form, yet reads its titles.
  const { schema, uiSchema, files, data, statusText, statusWords } = await presentSubmission(
    db,
    {
      formKey: ref.formKey,
      formVersion: ref.formVersion,
      status: submission.status,
      data: shown!.data,
      result: submission.result,
      updatedAt: submission.updatedAt,
    },
    reader.locale,
    timeZone,
  );
  // A report filed for an enterprise (a cadre's nomination, a hotline call) says who filed it, not "the enterprise".
  const filer = submission.userId === null ? undefined : await findUser(db, submission.userId);
  const view = {
    id: ref.id,
    caseNumber: submission.caseNumber,
    formKey: ref.formKey,
    formTitle: submission.formTitle,
    status: submission.status,
    statusText,
    statusWords,
    data,
    createdAt: submission.createdAt,
    filedBy: filer && filer.role !== 'enterprise' ? { name: filer.displayName, role: filer.role } : null,
    schema,
    uiSchema,
    files,
  };
  return { ref, view };
}

/** The tasks of `workflowId` oldest first, the originating submission and its events (status changes, emails). */
export async function taskTimeline(
  db: Db,
  reader: Reader,
  workflowId: string,
  submissionId: string | null,
  timeZone: string,
): Promise<TaskTimeline> {
  const tasks: TimelineTask[] = (await tasksOfWorkflow(db, workflowId)).map((row) => {
    const task = taskView(row);
    return {
      id: task.id,
      step: task.step,
      title: task.title,
      status: task.status,
      assigneeName: task.assigneeName,
      candidateRole: task.candidateRole,
      candidateGroupId: task.candidateGroupId,
      candidateGroup: task.candidateGroup,
      createdAt: task.createdAt,
      dueAt: task.dueAt,
      closedAt: task.closedAt,
      decidedByName: task.decidedByName,
      ...outcomeOf(task.outcome),
    };
  });
  const origin = await originOf(db, reader, submissionId, timeZone);
  const events = origin ? await maskTimeline(db, reader, origin.ref, await timelineOf(db, origin.ref.id)) : [];
  return { submission: origin?.view ?? null, tasks, events };
}
