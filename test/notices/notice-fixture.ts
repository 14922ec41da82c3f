// A publicity notice whose window has closed, for tests that need a notice id without running a workflow.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { insertNotice } from '../../core/notices/notice-store';

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
