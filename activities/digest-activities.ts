// The cadre's morning digest (08:00): tasks overdue or due within a day. Overdue reports and quarantines ending soon
// join when the daily-report and quarantine processes exist.
import type { Knex } from 'knex';
import { fromJson } from '../core/db';
import type { createEmailActivities } from './email-activities';

const DAY_MS = 86_400_000;

/** Builds the digest activity. */
export function createDigestActivities(deps: { db: Knex; email: ReturnType<typeof createEmailActivities>; timeZone: string }) {
  const localDate = (iso: string) => new Intl.DateTimeFormat('sv-SE', { timeZone: deps.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
  return {
    /** Emails every active cadre their digest as of `asOf`; keyed per local date and cadre, so a rerun sends nothing twice. */
    async sendDailyDigests(input: { asOf: string }): Promise<number> {
      const date = localDate(input.asOf);
      const horizon = new Date(Date.parse(input.asOf) + DAY_MS).toISOString();
      const cadres = await deps.db('users').where({ role: 'cadre', active: true }).whereNotNull('email').select('id', 'email', 'display_name', 'locale');
      let sent = 0;
      for (const cadre of cadres) {
        const rows = await deps.db('tasks as t')
          .leftJoin('enterprises as e', 'e.id', 't.enterprise_id')
          .whereIn('t.status', ['open', 'claimed'])
          .andWhere((w) => w.where('t.assignee_user_id', cadre.id).orWhere('t.claimed_by', cadre.id))
          .andWhere('t.due_at', '<', horizon)
          .orderBy('t.due_at')
          .select('t.title', 't.due_at', 'e.name as enterprise_name');
        const locale = cadre.locale === 'en' ? 'en' : 'zh-CN';
        const tasks = rows.map((row) => ({ title: fromJson<Record<string, string>>(row.title)[locale], enterprise: row.enterprise_name ?? '', dueAt: row.due_at, overdue: row.due_at < input.asOf }));
        await deps.email.sendEmail({
          key: `digest/${date}/${cadre.id}`,
          template: 'daily-digest',
          locale,
          to: cadre.email,
          data: { recipientName: cadre.display_name, date, tasks, overdueCount: tasks.filter((t) => t.overdue).length, atRiskCount: tasks.filter((t) => !t.overdue).length },
        });
        sent += 1;
      }
      return sent;
    },
  };
}
