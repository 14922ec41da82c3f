// A stored bulletin for tests: a closed round of the daily report (with the params and notes a test gives) and its
// bulletin, in both languages.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { BulletinData } from '#core/domain/bulletin';

/** What a test may set on the stored bulletin; everything else is an empty round. */
export interface BulletinFixture {
  /** The round's params (bulletin readers, say). */
  params?: Record<string, unknown>;
  notes?: BulletinData['notes'];
  /** The rendered email text; by default the notes' texts, one per line. */
  text?: string;
}

let day = 0;

/** Inserts a daily round of its own date (far from the seeded rounds) and its bulletin; returns the bulletin's API path,
 * which is its round id after `/bulletins/` (the form key and the date). */
export async function insertBulletin(db: Knex, { params = {}, notes = [], text }: BulletinFixture = {}): Promise<string> {
  const name = `test-${randomUUID().slice(0, 8)}`;
  const date = new Date(Date.UTC(2001, 0, 1) + (day += 1) * 86_400_000).toISOString().slice(0, 10);
  const roundId = `daily-report/${date}`;
  const at = new Date().toISOString();
  const form = await db('form_definitions').where({ key: 'daily-report' }).orderBy('version', 'desc').first('version');
  await db('collection_rounds').insert({
    id: roundId,
    form_key: 'daily-report',
    form_version: form.version,
    recurrence: 'daily',
    local_date: date,
    params: JSON.stringify(params),
    opens_at: at,
    deadline_at: at,
    status: 'closed',
    workflow_id: `test-${name}`,
    created_at: at,
  });
  const data: BulletinData = {
    formTitle: '项目动态每日报送',
    date,
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
    local_date: date,
    data: JSON.stringify({ 'zh-CN': data, en: data }),
    rendered: JSON.stringify({ 'zh-CN': rendered, en: rendered }),
    created_at: at,
  });
  return `/api/collections/bulletins/${roundId}`;
}
