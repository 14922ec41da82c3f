// The cadre's morning digest also lists the quarantines at their enterprises' sites that end within two days.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { createDigestActivities } from '#activities/digest-activities';
import { createEmailActivities } from '#activities/email-activities';
import { prepareDatabase } from '#core/bootstrap';
import { createTemplateRenderer } from '#core/mail/template-renderer';
import { openSqlite } from '../helpers/test-db';

const DAY = 86_400_000;

describe('daily digest: quarantines ending soon', () => {
  let db: Knex;
  beforeAll(async () => {
    db = await openSqlite();
    await prepareDatabase(db, { seedDemo: true });
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it('tells the site’s cadre about a quarantine ending tomorrow, not about one ending next week or at another site', async () => {
    const asOf = '2026-03-01T00:00:00.000Z';
    const gate = await db('users').where({ username: 'gate1' }).first('id', 'project_id');
    const other = await db('projects')
      .whereNot({ id: gate.project_id })
      .whereNotIn(
        'enterprise_id',
        db('cadre_assignments')
          .where({ cadre_id: db('users').where({ username: 'cadre1' }).select('id') })
          .select('enterprise_id'),
      )
      .first('id');
    const add = async (id: string, name: string, projectId: number, endsInDays: number) => {
      const [worker] = await db('workers')
        .insert({ resident_id: `1101011990030700${id}`.slice(0, 18), name, created_at: asOf })
        .returning('id');
      const endsAt = new Date(Date.parse(asOf) + endsInDays * DAY).toISOString();
      const startedAt = new Date(Date.parse(endsAt) - 14 * DAY).toISOString();
      await db('quarantines').insert({
        id,
        workflow_id: `submission-${id}`,
        project_id: projectId,
        worker_id: (worker as { id: number }).id,
        officer_id: gate.id,
        status: 'active',
        started_at: startedAt,
        ends_at: endsAt,
        end_changes: '[]',
      });
    };
    await add('q1', '明天期满', gate.project_id, 1);
    await add('q2', '下周期满', gate.project_id, 7);
    await add('q3', '别处期满', other.id, 1);
    const email = createEmailActivities({ db, renderer: createTemplateRenderer('Asia/Shanghai'), from: 'noreply@fugong.local' });
    await createDigestActivities({ db, email, timeZone: 'Asia/Shanghai' }).sendDailyDigests({ asOf });
    const digest = await db('outbox').where({ template: 'daily-digest', to_address: 'cadre1@demo.fugong.local' }).first('text_body');
    expect(digest.text_body).toContain('以下隔离人员将在两天内期满');
    expect(digest.text_body).toContain('明天期满（泉城大道快速路二期），隔离第 14/14 天');
    expect(digest.text_body).not.toContain('下周期满');
    expect(digest.text_body).not.toContain('别处期满');
    const elsewhere = await db('outbox').where({ template: 'daily-digest', to_address: 'cadre2@demo.fugong.local' }).first('text_body');
    expect(elsewhere.text_body).toContain('别处期满');
  });
});
