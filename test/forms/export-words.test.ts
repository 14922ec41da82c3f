// The submissions CSV speaks its reader's language: columns titled as the form titles its fields, choices, yes/no and
// statuses as words, never stored names such as `category` or `materials`.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '#core/bootstrap';
import { readerOf } from '#core/privacy/reader-of';
import { formVersions } from '#core/stores/forms/form-admin-store';
import { exportSubmissionsCsv } from '#web/server/forms/export-submissions';
import { openSqlite } from '../helpers/test-db';

describe('submissions CSV in words', () => {
  let db: Knex;
  let id: string;

  beforeAll(async () => {
    db = await openSqlite();
    await prepareDatabase(db, { seedDemo: true });
    const user = await db('users').where({ username: 'ent01' }).first('id', 'enterprise_id');
    id = randomUUID();
    const at = new Date().toISOString();
    await db('submissions').insert({
      id,
      form_key: 'difficulty-report',
      form_version: (await formVersions(db, 'difficulty-report')).at(-1)!.version,
      enterprise_id: user.enterprise_id,
      user_id: user.id,
      data: JSON.stringify({ category: 'materials', summary: '钢筋供应中断三天', urgent: true }),
      status: 'settled',
      workflow_id: `export-${id}`,
      created_at: at,
      updated_at: at,
    });
  });
  afterAll(async () => {
    await db?.destroy();
  });

  const exported = async (locale: 'zh-CN' | 'en') => {
    const hq = await db('users').where({ username: 'hq' }).first('id');
    const reader = readerOf({ id: hq.id, role: 'hq', enterpriseId: null, projectId: null, workingGroupId: null }, locale);
    const versions = (await formVersions(db, 'difficulty-report')).filter((v) => v.status !== 'draft');
    const { csv } = await exportSubmissionsCsv(db, 'difficulty-report', versions, reader, false, 'Asia/Shanghai');
    const rows = parse(csv.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    return rows.find((row) => Object.values(row).includes(id))!;
  };

  it('titles the columns and words the values in Chinese', async () => {
    const row = await exported('zh-CN');
    expect(row).toMatchObject({ 问题类别: '生产生活物资', 状态: '已办结' });
    expect(Object.keys(row)).not.toContain('category');
    expect(Object.values(row)).not.toContain('materials');
    expect(Object.values(row)).toContain('是');
  });

  it('and in English', async () => {
    const row = await exported('en');
    expect(row).toMatchObject({ Category: 'Production and living materials', Status: 'Settled' });
    expect(Object.values(row)).toContain('Yes');
  });
});
