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

  it('names the submitter as people know them, the sign-in name in a column of its own', async () => {
    const { display_name: name } = await db('users').where({ username: 'ent01' }).first('display_name');
    expect(name).not.toBe('ent01');
    expect(await exported('zh-CN')).toMatchObject({ 提交人: name, 用户名: 'ent01' });
    expect(await exported('en')).toMatchObject({ 'Submitted by': name, Username: 'ent01' });
  });
});

// A gate check's status column says what the gate decided, as its row in the lists does (case-words.ts), never the
// difficulty ladder's 不予受理 / 已受理 its stored status would read as.
describe('a gate check in the submissions CSV', () => {
  let db: Knex;
  const ids = { admitted: randomUUID(), turnedBack: randomUUID(), quarantined: randomUUID(), released: randomUUID() };

  beforeAll(async () => {
    db = await openSqlite();
    await prepareDatabase(db, { seedDemo: true });
    const gate = await db('users').where({ username: 'gate1' }).first('id');
    const enterprise = await db('enterprises').orderBy('id').first('id');
    const version = (await formVersions(db, 'gate-check')).find((v) => v.status === 'published')!.version;
    const at = new Date().toISOString();
    const check = (id: string, status: string, result: Record<string, unknown>) => ({
      id,
      form_key: 'gate-check',
      form_version: version,
      enterprise_id: enterprise.id,
      user_id: gate.id,
      data: JSON.stringify({ name: '张三', residentId: '110101199003074477', channel: 'people' }),
      status,
      result: JSON.stringify(result),
      workflow_id: `gate-${id}`,
      created_at: at,
      updated_at: at,
    });
    await db('submissions').insert([
      check(ids.admitted, 'settled', { outcome: 'admitted' }),
      check(ids.turnedBack, 'rejected', { outcome: 'turned-back' }),
      check(ids.quarantined, 'received', { outcome: 'quarantined', releasedAt: null }),
      check(ids.released, 'settled', { outcome: 'quarantined', releasedAt: at }),
    ]);
  });
  afterAll(async () => {
    await db?.destroy();
  });

  const statuses = async (locale: 'zh-CN' | 'en') => {
    const hq = await db('users').where({ username: 'hq' }).first('id');
    const reader = readerOf({ id: hq.id, role: 'hq', enterpriseId: null, projectId: null, workingGroupId: null }, locale);
    const versions = (await formVersions(db, 'gate-check')).filter((v) => v.status !== 'draft');
    const { csv } = await exportSubmissionsCsv(db, 'gate-check', versions, reader, false, 'Asia/Shanghai');
    const rows = parse(csv.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    const column = locale === 'en' ? 'Status' : '状态';
    const idColumn = locale === 'en' ? 'System id' : '系统编号';
    return Object.fromEntries(Object.entries(ids).map(([kind, id]) => [kind, rows.find((row) => row[idColumn] === id)?.[column]]));
  };

  it('says 放行 / 劝返 / 隔离观察 / 解除隔离 in the status column', async () => {
    expect(await statuses('zh-CN')).toEqual({ admitted: '放行', turnedBack: '劝返', quarantined: '隔离观察', released: '解除隔离' });
  });

  it('and Admitted / Turned back / In quarantine in English', async () => {
    expect(await statuses('en')).toEqual({
      admitted: 'Admitted',
      turnedBack: 'Turned back',
      quarantined: 'In quarantine',
      released: 'Released from quarantine',
    });
  });
});
