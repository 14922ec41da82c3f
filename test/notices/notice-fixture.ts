// A publicity notice whose window has closed, for tests that need a notice id without running a workflow.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { insertNotice } from '#core/stores/notices/notice-store';

/** Inserts a closed publicity notice and returns its id. */
export async function insertClosedPublicity(db: Knex): Promise<number> {
  const text = { title: '关于拟表扬某企业的公示', text: '公示已结束。' };
  return insertNotice(db, {
    key: `fixture/${randomUUID()}`,
    kind: 'publicity',
    status: 'closed',
    submissionId: randomUUID(),
    enterpriseId: null,
    content: { 'zh-CN': text, en: text },
    closesAt: new Date().toISOString(),
    at: new Date().toISOString(),
  });
}

/** A published article about `enterpriseId` whose submission names the image upload `uploadId`; the notice's id. */
export async function insertPublishedArticle(db: Knex, enterpriseId: number, userId: number, uploadId: string): Promise<number> {
  const submissionId = randomUUID();
  const at = new Date().toISOString();
  await db('submissions').insert({
    id: submissionId,
    form_key: 'good-practice-article',
    form_version: 1,
    enterprise_id: enterpriseId,
    user_id: userId,
    data: JSON.stringify({ kind: 'good_practice', headline: '复工经验', body: '分批返岗。', images: [`upload:${uploadId}`] }),
    status: 'settled',
    workflow_id: `fixture-${submissionId}`,
    created_at: at,
    updated_at: at,
  });
  const text = { title: '复工经验', text: '分批返岗。' };
  return insertNotice(db, {
    key: `fixture/${submissionId}`,
    kind: 'article',
    status: 'published',
    submissionId,
    enterpriseId,
    content: { 'zh-CN': text, en: text },
    closesAt: null,
    at,
  });
}
