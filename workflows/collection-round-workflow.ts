// One round of a `collection` process (P1 liaison campaign, P3 daily report): open it, then sleep from step to step —
// reminders, the deadline, escalations, the bulletin. Each step is an activity (paged for large rounds), so a round
// for 10,000 enterprises is a few dozen history events and a handful of timers, not one timer per enterprise.
import { defineQuery, patched, proxyActivities, setHandler, sleep, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '#activities/index';
import type { FollowUpTaskParams, RoundStep } from '#core/domain/collection-plan';
import { DB_WRITE, EMAIL } from './activity-profiles';
import { humanTask } from './human-task';

/** Patch: an escalation step with a `task` opens follow-up tasks before its emails (issue 19). */
export const FOLLOW_UP_TASKS_PATCH = 'collection-follow-up-tasks';
/** Patch: cadres' follow-ups still open at their SLA are flagged overdue and the coordination group alerted (issue 19). */
export const FOLLOW_UP_BREACH_PATCH = 'collection-follow-up-breach';
/** Patch: a campaign's opening tells each target enterprise what to file and by when (P1: name the liaison). */
export const CAMPAIGN_OPENING_PATCH = 'collection-campaign-opening-notice';
/** The opening notice's email template (editable like the others; the same for every campaign). */
export const OPENING_TEMPLATE = 'collection-opening';
/** Patch: at a campaign's deadline the liaison list is emailed to the office's mailbox (000 §III.1). */
export const LIAISON_LIST_PATCH = 'collection-office-liaison-list';

/** How a round is started: by the daily Schedule (form key only) or by an admin opening a campaign. */
export interface CollectionRoundInput {
  formKey: string;
  campaign?: { roundId: string; deadline: string; openedBy: number | null };
}

/** What a round did: emails per step (`remind-0`, `escalate-1`, `bulletin-0`) and reports missed at the deadline. */
export interface CollectionRoundResult {
  roundId: string | null;
  expected: number;
  skipped: string | null;
  missed: number;
  sent: Record<string, number>;
  /** Rows of the follow-up tasks each escalation step opened (one per enterprise still missing its report). */
  followUps?: Record<string, number>;
  /** Follow-ups of each escalation step still open when their SLA ran out (flagged overdue, the group alerted). */
  overdueFollowUps?: Record<string, number>;
}

/** Where a round stands, for the app and for tests. */
export interface CollectionRoundState {
  roundId: string | null;
  next: RoundStep | null;
  done: string[];
}

/** Query: the step the round waits for. */
export const collectionRoundStateQuery = defineQuery<CollectionRoundState>('collectionRoundState');

/** Emails per activity call; small enough that a retried page is cheap, large enough to keep history short. */
export const NOTICE_PAGE = 250;

const db = proxyActivities<Activities>({ ...DB_WRITE, startToCloseTimeout: '10 minutes' });
const mail = proxyActivities<Activities>({ ...EMAIL, startToCloseTimeout: '10 minutes', heartbeatTimeout: '2 minutes' });

/** A step that emails in pages: a campaign's opening notice, a reminder, an escalation. */
type NoticeStep = Extract<RoundStep, { kind: 'remind' | 'escalate' }> | { kind: 'open'; index: 0 };

async function notices(roundId: string, step: NoticeStep, template: string, followUpDueAt: string | null): Promise<number> {
  const to = step.kind === 'escalate' ? step.to : 'enterprise';
  const workingGroupKey = step.kind === 'escalate' ? step.workingGroupKey : undefined;
  let sent = 0;
  let cursor: number | null = null;
  do {
    const page: { sent: number; cursor: number | null } = await mail.sendCollectionNotices({
      roundId,
      kind: step.kind,
      index: step.index,
      to,
      workingGroupKey,
      template,
      ...(followUpDueAt ? { followUpDueAt } : {}),
      cursor,
      limit: NOTICE_PAGE,
    });
    sent += page.sent;
    cursor = page.cursor;
  } while (cursor !== null);
  return sent;
}

/** At the SLA's end of a step's cadre follow-ups: flags those still open and alerts; returns how many were flagged. */
async function followUpBreach(
  breach: { roundId: string; index: number; alert: FollowUpTaskParams['breachAlert'] },
  dueAt: string,
): Promise<number> {
  const wait = Date.parse(dueAt) - Date.now();
  if (wait > 0) await sleep(wait);
  // Overdue since the SLA's end, whenever the timer fired.
  const flagged = await db.flagCollectionFollowUpBreach({ ...breach, workflowId: workflowInfo().workflowId, at: dueAt });
  return flagged.overdue;
}

/** Opens the round, then runs each planned step at its time; returns what it sent. */
export async function collectionRoundWorkflow(input: CollectionRoundInput): Promise<CollectionRoundResult> {
  const state: CollectionRoundState = { roundId: null, next: null, done: [] };
  setHandler(collectionRoundStateQuery, () => state);
  const opened = await db.openCollectionRound({
    formKey: input.formKey,
    at: new Date().toISOString(),
    workflowId: workflowInfo().workflowId,
    campaign: input.campaign,
  });
  const result: CollectionRoundResult = {
    roundId: opened.roundId,
    expected: opened.expected,
    skipped: opened.skipped ?? null,
    missed: 0,
    sent: {},
  };
  if (!opened.plan || !opened.roundId) return result;
  state.roundId = opened.roundId;
  // A campaign is news to the enterprises: each is told at once what to file and by when, not first at a reminder.
  if (input.campaign && patched(CAMPAIGN_OPENING_PATCH))
    result.sent['open-0'] = await notices(opened.roundId, { kind: 'open', index: 0 }, OPENING_TEMPLATE, null);
  // A group's or HQ's list task is waited on beside the remaining steps, so a late step is never held up by it.
  const lists: Promise<unknown>[] = [];
  for (const step of opened.plan.steps) {
    state.next = step;
    const wait = Date.parse(step.at) - Date.now();
    if (wait > 0) await sleep(wait);
    const name = `${step.kind}-${step.index}`;
    if (step.kind === 'close') {
      result.missed = await db.closeCollectionRound({ roundId: opened.roundId });
      // The list as it stands at the deadline, to the office (a round without liaison fields or mailbox sends none).
      if (input.campaign && patched(LIAISON_LIST_PATCH)) {
        const list = await mail.sendLiaisonList({ roundId: opened.roundId, occasion: 'deadline', at: step.at });
        result.sent['liaison-list'] = list.sent;
      }
    } else if (step.kind === 'bulletin') result.sent[name] = await mail.publishCollectionBulletin({ roundId: opened.roundId });
    else {
      // The task first: the step's email is its notice.
      let followUpDueAt: string | null = null;
      if (step.kind === 'escalate' && step.task && step.to !== 'enterprise' && patched(FOLLOW_UP_TASKS_PATCH)) {
        const followUp = await db.openCollectionFollowUps({
          roundId: opened.roundId,
          workflowId: workflowInfo().workflowId,
          index: step.index,
          to: step.to,
          workingGroupKey: step.workingGroupKey,
          task: step.task,
          at: new Date().toISOString(),
        });
        result.followUps = { ...result.followUps, [name]: followUp.items };
        followUpDueAt = followUp.dueAt;
        if (followUp.listTask) lists.push(humanTask({ ...followUp.listTask, silent: true }));
        else if (followUp.items && followUp.dueAt && patched(FOLLOW_UP_BREACH_PATCH)) {
          const breach = { roundId: opened.roundId, index: step.index, alert: step.task.breachAlert };
          lists.push(
            followUpBreach(breach, followUp.dueAt).then(
              (overdue) => (result.overdueFollowUps = { ...result.overdueFollowUps, [name]: overdue }),
            ),
          );
        }
      }
      result.sent[name] = await notices(
        opened.roundId,
        step,
        step.kind === 'remind' ? opened.templates.reminder : opened.templates.overdue,
        followUpDueAt,
      );
    }
    state.done.push(name);
  }
  state.next = null;
  // Closed by a member's decision, or (rows all closed by the reports) left to its SLA, which then changes nothing.
  await Promise.all(lists);
  return result;
}
