// A stored bulletin for tests that only need one to exist (the authorization matrix): a round of the daily report
// with no reports, and its bulletin.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';

/** Inserts a round and its bulletin; returns the API path of the bulletin. */
export async function insertBulletin(db: Knex): Promise<string> {
  const name = `test-${randomUUID().slice(0, 8)}`;
  const roundId = `daily-report/${name}`;
  const at = new Date().toISOString();
  const form = await db('form_definitions').where({ key: 'daily-report' }).orderBy('version', 'desc').first('version');
  await db('collection_rounds').insert({
    id: roundId,
    form_key: 'daily-report',
    form_version: form.version,
    recurrence: 'daily',
    local_date: '2026-02-17',
    params: '{}',
    opens_at: at,
    deadline_at: at,
    status: 'closed',
    workflow_id: `test-${name}`,
    created_at: at,
  });
  const data = {
    formTitle: '项目动态每日报送',
    date: '2026-02-17',
    deadlineAt: at,
    expected: 0,
    onTime: 0,
    late: 0,
    missing: 0,
    totals: [],
    reported: [],
    lateList: [],
    missingList: [],
    notes: [],
  };
  const rendered = { subject: '通报', html: '<p>通报</p>', text: '通报' };
  await db('collection_bulletins').insert({
    round_id: roundId,
    form_key: 'daily-report',
    local_date: '2026-02-17',
    data: JSON.stringify({ 'zh-CN': data, en: data }),
    rendered: JSON.stringify({ 'zh-CN': rendered, en: rendered }),
    created_at: at,
  });
  return `/api/collections/bulletins/${roundId}`;
}
