// When cadres' follow-up tasks of a collection round (P1: an enterprise still without a liaison) pass their SLA still
// open: each stays open and is flagged overdue (the inbox and the task page show since when), and the body the
// notice makes responsible for dispatching enterprises — the comprehensive-coordination group (000 §III.2), or HQ when
// the params say so — gets one email listing the enterprises and their cadres. A retry flags nothing twice and, since
// the breach time comes from the workflow and each email has a key, sends nothing twice.
import type { FollowUpTaskParams } from '#core/domain/collection-plan';
import type { Db } from '#core/stores';
import { roundFacts } from '#core/stores/collections/round-store';
import { flagOverdueUnder, overdueUnder } from '#core/stores/task-store';
import { recipients as usersOf, type Recipient } from '#core/stores/user-store';
import type { createEmailActivities } from '../email-activities';

/** Input of flagFollowUpBreach. */
export interface FollowUpBreachInput {
  roundId: string;
  workflowId: string;
  /** The escalation step whose follow-ups ran out. */
  index: number;
  alert?: FollowUpTaskParams['breachAlert'];
  /** The breach time (the workflow's clock), written as the tasks' overdue_since. */
  at: string;
}

/** What the breach did: follow-ups flagged overdue, and people alerted. */
export interface FollowUpBreachResult {
  overdue: number;
  alerted: number;
}

/** The template of the alert. */
export const FOLLOW_UP_BREACH_TEMPLATE = 'follow-up-overdue-alert';

function recipients(db: Db, alert: FollowUpBreachInput['alert']): Promise<Recipient[]> {
  if (alert?.to === 'hq') return usersOf(db, { role: 'hq' });
  return usersOf(db, { role: 'special_class', workingGroupKey: alert?.workingGroupKey ?? 'coordination' });
}

/** Flags the step's follow-ups still open as overdue (once) and alerts the coordination group or HQ about them. */
export async function flagFollowUpBreach(
  db: Db,
  email: ReturnType<typeof createEmailActivities>,
  input: FollowUpBreachInput,
): Promise<FollowUpBreachResult> {
  const prefix = `${input.workflowId}/escalate-${input.index}/`;
  await flagOverdueUnder(db, prefix, input.at);
  // Those this breach flagged (a retry finds the same ones: the time is the workflow's).
  const overdue = await overdueUnder(db, prefix, input.at);
  if (!overdue.length) return { overdue: 0, alerted: 0 };
  const { title } = await roundFacts(db, input.roundId);
  const dueAt = overdue[0]!.dueAt;
  const people = await recipients(db, input.alert);
  for (const person of people) {
    const { locale } = person;
    await email.sendEmail({
      key: `${input.workflowId}/follow-up-breach-${input.index}/${person.id}`,
      template: FOLLOW_UP_BREACH_TEMPLATE,
      locale,
      to: person.email,
      data: {
        recipientName: person.displayName,
        locale,
        formTitle: title[locale],
        dueAt,
        count: overdue.length,
        enterprises: overdue.map((row) => ({ name: row.enterpriseName, cadreName: row.cadreName })),
      },
    });
  }
  return { overdue: overdue.length, alerted: people.length };
}
