// A quarantine on the channels beside email (issue 22): the worker's texts (the start, each check-in's reminder, the
// release) and the group robots' markdown alerts (the start and a fever at a check-in to HQ, a missed check-in to the
// cadres' team, a worker turned back at the gate with a fever to the robots that hear a start, as a fever quarantined
// there does). The worker's
// mobile is read here, at send time, so it never enters a workflow's history; the group sees the worker's name masked.
import type { QuarantineAlerts, QuarantineMoment } from '#core/domain/monitoring-params';
import type { NoticeRecipient } from '#core/notify/notice';
import { maskName } from '#core/privacy/mask';
import type { Db } from '#core/stores/db-types';
import { cadreRobotKeys, gateCheckNoticeFacts, hqRobotKeys, quarantineNoticeFacts } from '#core/stores/gate/quarantine-alert-store';
import type { NotifyResult, Notifier } from './notify-activities';

/** Input of a quarantine's channel notice: sent once per key and recipient. */
export interface QuarantineChannelInput {
  key: string;
  quarantineId: string;
  moment: QuarantineMoment;
  /** The definition's choices (params.quarantineAlerts); absent = the defaults. */
  alerts?: QuarantineAlerts;
  data: Record<string, unknown>;
}

/** Input of the group robots' alert for a worker turned back at the gate with a fever: sent once per key and robot. */
export interface TurnedBackFeverChannelInput {
  key: string;
  checkId: string;
  alerts?: QuarantineAlerts;
}

// The moments the worker is texted: a missed check-in or a fever is for the people who follow it up, not a text.
const TEXTED: ReadonlySet<QuarantineMoment> = new Set(['started', 'reminder', 'released']);

/** Builds the activity; without a notifier it records nothing. */
export function createQuarantineChannelActivities(deps: { db: Db; notifier?: Notifier; links?: { publicUrl: string } }) {
  const { db } = deps;

  // The robots that hear `moment`: those the params name, else HQ's (start, fever) or the enterprise's cadres' (missed).
  // A fever at a check-in is DESIGN P5's "fever → HQ": it reaches the robots that hear a start, as a fever at the gate.
  async function robotsFor(moment: QuarantineMoment, alerts: QuarantineAlerts | undefined, enterpriseId: number): Promise<string[]> {
    if (moment === 'started' || moment === 'fever') {
      if (alerts?.started) return alerts.started.robots;
      return hqRobotKeys(db);
    }
    if (moment === 'missed') {
      if (alerts?.missed) return alerts.missed.robots;
      return cadreRobotKeys(db, enterpriseId);
    }
    return [];
  }

  return {
    /** Posts a worker turned back at the gate with a fever to the robots that hear a quarantine start (HQ's by default):
     * a fever at the gate reaches HQ's groups whether the worker was quarantined or turned back. No text to the worker
     * (not in quarantine); the group reads the name masked and no temperature (health data), as the start's alert. */
    async sendTurnedBackFeverChannels(input: TurnedBackFeverChannelInput): Promise<NotifyResult> {
      if (!deps.notifier) return { rows: [], skipped: [] };
      const g = await gateCheckNoticeFacts(db, input.checkId);
      if (!g) throw new Error(`no gate check ${input.checkId}`);
      const robots = await robotsFor('started', input.alerts, g.enterpriseId);
      if (!robots.length) return { rows: [], skipped: [] };
      const base = (deps.links?.publicUrl ?? '').replace(/\/+$/, '');
      const data = {
        projectName: g.projectName,
        checkedAt: g.checkedAt,
        workerName: maskName(g.workerName),
        fever: true,
        turnedBack: true,
      };
      return deps.notifier.sendNotice({
        purpose: 'quarantine-alert',
        key: `${input.key}/group`,
        recipients: robots.map((robotKey) => ({ channel: 'robot' as const, robotKey })),
        data,
        maskedData: data,
        links: { register: `${base}/#/register` },
        submissionId: g.id,
      });
    },

    /** Texts the worker and posts to the robots what `moment` asks for; each recipient once per key. */
    async sendQuarantineChannels(input: QuarantineChannelInput): Promise<NotifyResult> {
      if (!deps.notifier) return { rows: [], skipped: [] };
      const q = await quarantineNoticeFacts(db, input.quarantineId);
      if (!q) throw new Error(`no quarantine ${input.quarantineId}`);
      const base = (deps.links?.publicUrl ?? '').replace(/\/+$/, '');
      const common = { projectName: q.projectName, startedAt: q.startedAt, endsAt: q.endsAt, ...input.data, [input.moment]: true };
      // The worker's name is the one personal value these notices carry; everyone but the worker reads it masked.
      const masked = { ...common, workerName: maskName(q.workerName) };
      const rows: NotifyResult['rows'] = [];
      const skipped: NotifyResult['skipped'] = [];
      const worker: NoticeRecipient[] =
        TEXTED.has(input.moment) && input.alerts?.workerSms !== false && q.mobile ? [{ channel: 'sms', mobile: q.mobile }] : [];
      if (worker.length) {
        const sent = await deps.notifier.sendNotice({
          purpose: input.moment === 'released' ? 'quarantine-cleared' : 'quarantine-alert',
          key: `${input.key}/worker`,
          recipients: worker,
          data: { ...common, workerName: q.workerName },
          // The outbox keeps the text rendered from this too, for admins, who may not read the worker's name in full.
          maskedData: masked,
          submissionId: q.id,
        });
        rows.push(...sent.rows);
      }
      const robots = await robotsFor(input.moment, input.alerts, q.enterpriseId);
      if (robots.length) {
        const sent = await deps.notifier.sendNotice({
          purpose: 'quarantine-alert',
          key: `${input.key}/group`,
          recipients: robots.map((robotKey) => ({ channel: 'robot' as const, robotKey })),
          data: masked,
          // Already masked for the group; kept as the outbox's copy too, so an admin reads the alert as the group did.
          maskedData: masked,
          links: { register: `${base}/#/register` },
          submissionId: q.id,
        });
        rows.push(...sent.rows);
        skipped.push(...sent.skipped);
      }
      return { rows, skipped };
    },
  };
}
