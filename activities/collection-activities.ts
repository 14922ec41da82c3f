// Activities of the `collection` process type: open a round, file a submission into it, run a round's timed steps in
// pages, publish the bulletin. The work over thousands of enterprises happens here, in batches, so a round's
// workflow history stays a few dozen events long.
import { heartbeat } from '@temporalio/activity';
import type { Knex } from '#core/stores';
import type { TemplateRenderer } from '#core/mail/template-renderer';
import { slaDeadlineIn } from './calendar-activities';
import { flagFollowUpBreach, type FollowUpBreachInput, type FollowUpBreachResult } from './collection/follow-up-breach';
import { openFollowUps, type OpenFollowUpsInput, type OpenFollowUpsResult } from './collection/follow-up-tasks';
import { publishBulletin } from './collection/round-bulletin';
import { closeRound, noticePage, type NoticePageInput, type NoticePageResult } from './collection/round-notices';
import { sendLiaisonList, type LiaisonListInput, type LiaisonListResult } from '#core/mail/liaison-list';
import { openRound, type OpenRoundInput, type OpenRoundResult } from './collection/round-opening';
import { recordReport, type RecordReportInput, type RecordReportResult } from './collection/record-report';
import type { createEmailActivities } from './email-activities';
import type { Notifier } from './notify-activities';

/** Dependencies of the collection activities. */
export interface CollectionDeps {
  db: Knex;
  renderer: TemplateRenderer;
  email: ReturnType<typeof createEmailActivities>;
  /** Sends the bulletin to the group robots the params name, and the liaisons' overdue texts when the params ask. */
  notifier?: Notifier;
  links?: { publicUrl: string };
  timeZone: string;
  now?: () => Date;
}

// Outside a running activity (a direct call from a test or script) there is nobody to heartbeat to.
function beat(): void {
  try {
    heartbeat();
  } catch {
    /* not in an activity context */
  }
}

/** Builds the collection activities. */
export function createCollectionActivities(deps: CollectionDeps) {
  const now = deps.now ?? (() => new Date());
  const send: typeof deps.email.sendEmail = async (input) => {
    beat();
    return deps.email.sendEmail(input);
  };
  return {
    /** Opens a round (pins the form version, plans the times, writes one report row per target enterprise). */
    async openCollectionRound(input: OpenRoundInput): Promise<OpenRoundResult> {
      return openRound(deps.db, deps.timeZone, input);
    },
    /** Files a submission into its round: on time, late, or an amendment of the enterprise's earlier report. */
    async recordCollectionReport(input: RecordReportInput): Promise<RecordReportResult> {
      return recordReport(deps.db, deps.timeZone, input, now);
    },
    /** At the deadline: reports still expected become missed; returns how many. */
    async closeCollectionRound(input: { roundId: string }): Promise<number> {
      return closeRound(deps.db, input.roundId, now().toISOString());
    },
    /** One page of reminders or escalation emails. */
    async sendCollectionNotices(input: NoticePageInput): Promise<NoticePageResult> {
      return noticePage(deps.db, input, send, now, deps.notifier);
    },
    /** At an escalation step that is a task: opens the follow-up tasks of the reports still missing (once). */
    async openCollectionFollowUps(input: OpenFollowUpsInput): Promise<OpenFollowUpsResult> {
      const dueAt = await slaDeadlineIn(deps.db, deps.timeZone, { start: input.at, sla: input.task.sla });
      return openFollowUps(deps.db, input, dueAt, input.at);
    },
    /** Cadres' follow-ups past their SLA: flagged overdue (they stay open), the coordination group or HQ alerted (once). */
    async flagCollectionFollowUpBreach(input: FollowUpBreachInput): Promise<FollowUpBreachResult> {
      return flagFollowUpBreach(deps.db, deps.email, input);
    },
    /** The liaison list to the office's mailboxes (once per occasion), audited. */
    async sendLiaisonList(input: LiaisonListInput): Promise<LiaisonListResult> {
      return sendLiaisonList(deps.db, send, input);
    },
    /** Renders, stores and emails the round's bulletin. */
    async publishCollectionBulletin(input: { roundId: string }): Promise<number> {
      return publishBulletin(
        { db: deps.db, renderer: deps.renderer, send, notifier: deps.notifier, links: deps.links, now },
        input.roundId,
      );
    },
  };
}
