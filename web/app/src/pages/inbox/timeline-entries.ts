// The process timeline as a flat, time-ordered list of sentences: submission, each rung opened and closed, events.
import type { RJSFSchema } from '@rjsf/utils';
import type { ReplyFile } from '#core/domain/reply-files';
import type { Locale, LocalizedText } from '#core/domain/locale';
import type { TaskAction } from '#core/domain/human-task';
import { actionForm, type RequiredByAction } from '#forms/present/decision-form';
import { presentRecord } from '#forms/present/present-value';
import type { TaskTimeline, TimelineTask } from '../../api/inbox-types';
import type { I18n } from '../../i18n/i18n-context';
import { openedFor, unitOf } from './holder-words';
import { ownEnding } from './own-ending';
import { isMessageKey } from '../../i18n/is-message-key';
import { caseEventText } from '../case/case-event-text';
import { replyFilesOf } from '../case/reply-files-of';
import { isSentMessage, sentMessageWords, type AsSentSubject } from '../sent-message-text';
import { stepLabel } from './step-label';
import { submissionStatusLabel } from './submission-status-label';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { inboxZhCn } from '../../i18n/messages/inbox-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(inboxZhCn);

/** One line of the timeline. */
export interface TimelineEntry {
  key: string;
  at: string;
  text: string;
  /** Localized lines under the entry: the resolution note and the comment of a decision. */
  notes?: string[];
  /** Marks the entries of the task the page is about. */
  current: boolean;
  /** Words quoted as they were sent (an email's subject, in the reader's language), shown as data. */
  quote?: string;
  /** A subject sent in another language than the reader's, shown on request under a label naming that language. */
  asSent?: AsSentSubject;
  /** The files the enterprise sent with an answer to a return, to download. */
  files?: ReplyFile[];
}

/** The page's words. */
type Words = Pick<I18n, 't' | 'pick'> & { locale: Locale };

// Who a step was opened for: its assignee, else its role and, when offered to one, the working group ("企业服务专班 ·
// 原材料供应组") or the inspection body alone, as the server names it with the task (so do the task's facts).
function holderOf({ t, pick }: Words, task: TimelineTask): string {
  if (task.assigneeName) return task.assigneeName;
  return openedFor(t, task.candidateRole, unitOf(pick, task.candidateGroup));
}

/** The step's decision form: its schema and which fields each action needs. */
export interface DecisionSchema {
  schema: RJSFSchema;
  requiredByAction?: RequiredByAction;
}

/** A decision's data as "上报理由：需专班协调" lines, titled as the action's own form titles them; blanks left out. */
function decisionNotes(words: Words, task: TimelineTask, decision: DecisionSchema | undefined): string[] {
  const colon = words.locale === 'en' ? ': ' : '：';
  const action = task.outcome && task.outcome !== 'breached' ? (task.outcome as TaskAction) : null;
  const schema = decision && action ? actionForm(decision.schema, decision.requiredByAction, action, words.locale) : decision?.schema;
  // The action's form titles the fields it asked for; anything else the decision carried keeps the step's titles.
  const merged = schema && decision ? { allOf: [schema, decision.schema] } : schema;
  return presentRecord(merged, task.data, { locale: words.locale })
    .filter((field) => field.value.kind !== 'blank')
    .map((field) => `${field.label}${colon}${'text' in field.value ? field.value.text : ''}`);
}

function taskEntries(
  words: Words,
  task: TimelineTask,
  currentId: string,
  schema: DecisionSchema | undefined,
  statusWords: Record<string, string>,
): TimelineEntry[] {
  const { t, pick } = words;
  const step = stepLabel(t, pick(task.title), task.step);
  const current = task.id === currentId;
  const entries: TimelineEntry[] = [
    { key: `${task.id}:open`, at: task.createdAt, text: t('task.tl.opened', { step, holder: holderOf(words, task) }), current },
  ];
  if (!task.closedAt) return entries;
  const resultKey = `taskResult.${task.outcome ?? ''}`;
  const own = ownEnding(task.outcome, statusWords);
  // What the decision came to (已上报上一级 / Escalated to the next level), not the verb of its button.
  const text =
    task.outcome === 'breached' || !isMessageKey(resultKey)
      ? t('task.tl.breached', { step })
      : t('task.tl.decided', { step, result: own ?? t(resultKey), name: task.decidedByName ?? '?' });
  const notes = [...decisionNotes(words, task, schema), task.comment ? t('task.tl.note', { note: task.comment }) : ''].filter(Boolean);
  entries.push({ key: `${task.id}:close`, at: task.closedAt, text, notes, current });
  return entries;
}

// What the enterprise and the clock did between the rungs: its answer to a return, its reason for reopening, its
// confirmation, a rework deadline passed, the clearance. A rung's decision (return, escalate, resolve…) is already the
// closing line of its task above, with its notes, and is not said twice.
const CASE_EVENTS = new Set([
  'ladder.reply',
  'ladder.reopen',
  'ladder.confirm',
  'ladder.confirm-by-silence',
  'ladder.rework-overdue',
  'ladder.cleared-to-resume',
  'ladder.clearance-suspended',
]);

/** Every entry of `timeline`, oldest first; `currentId` is the task the page shows, `schema` its decision form. */
export function timelineEntries(words: Words, timeline: TaskTimeline, currentId: string, schema?: DecisionSchema): TimelineEntry[] {
  const { t, pick, locale } = words;
  // The statuses the case's process words its own way (a readiness inspection's 不予通过).
  const statusWords = timeline.submission?.statusWords ?? {};
  const entries: TimelineEntry[] = [];
  if (timeline.submission) {
    entries.push({
      key: 'submitted',
      at: timeline.submission.createdAt,
      text: timeline.submission.filedBy
        ? t('task.tl.filedBy', { name: timeline.submission.filedBy.name, form: pick(timeline.submission.formTitle) })
        : t('task.tl.submitted', { form: pick(timeline.submission.formTitle) }),
      current: false,
    });
  }
  for (const task of timeline.tasks) entries.push(...taskEntries(words, task, currentId, schema, statusWords));
  timeline.events.forEach((event, index) => {
    const key = `event:${index}`;
    if (isSentMessage(event.kind)) {
      entries.push({ key, at: event.at, ...sentMessageWords(t, locale, event.detail, event.kind), current: false });
    } else if (event.kind === 'ladder.rule') {
      // A rule of the definition's decision table that changed how the case is handled, as the ladder wrote it.
      const line = pick(event.detail.line as LocalizedText | undefined);
      if (line) entries.push({ key, at: event.at, text: line, current: false });
    } else if (CASE_EVENTS.has(event.kind)) {
      const titles = Object.fromEntries(timeline.tasks.map((task) => [task.step, stepLabel(t, pick(task.title), task.step)]));
      const text = caseEventText(t, event, titles, statusWords);
      const files = event.kind === 'ladder.reply' ? replyFilesOf(event.detail) : [];
      if (text) entries.push({ key, at: event.at, text, current: false, ...(files.length ? { files } : {}) });
    } else if (event.kind.startsWith('status.')) {
      const status = event.kind.slice('status.'.length);
      entries.push({
        key,
        at: event.at,
        text: t('task.tl.status', { status: statusWords[status] ?? submissionStatusLabel(t, status) }),
        current: false,
      });
    }
  });
  // Stable sort: entries at the same instant keep the order above (submission, tasks, events).
  return entries.sort((a, b) => a.at.localeCompare(b.at));
}
