// A stored bulletin for tests: a closed round of the daily report (with the params and notes a test gives) and its
// bulletin, in both languages.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { BulletinData } from '../../core/domain/bulletin';

/** What a test may set on the stored bulletin; everything else is an empty round. */
export interface BulletinFixture {
  /** The round's params (bulletin readers, say). */
  params?: Record<string, unknown>;
  notes?: BulletinData['notes'];
  /** The rendered email text; by default the notes' texts, one per line. */
  text?: string;
}

/** Inserts a round and its bulletin; returns the bulletin's API path (its round id follows `/bulletins/`). */
export async function insertBulletin(db: Knex, { params = {}, notes = [], text }: BulletinFixture = {}): Promise<string> {
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
    params: JSON.stringify(params),
    opens_at: at,
    deadline_at: at,
    status: 'closed',
    workflow_id: `test-${name}`,
    created_at: at,
  });
  const data: BulletinData = {
    formTitle: '项目动态每日报送',
    date: '2026-02-17',
    deadlineAt: at,
    expected: notes.length,
    onTime: notes.length,
    late: 0,
    missing: 0,
    totals: [],
    reported: [],
    lateList: [],
    missingList: [],
    notes,
  };
  const body = text ?? (notes.length ? notes.map((note) => note.text).join('\n') : '通报');
  const rendered = { subject: '通报', html: `<p>${body}</p>`, text: body };
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
