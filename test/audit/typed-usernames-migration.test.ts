// Migration 0065 masks what older failed or throttled sign-ins logged as typed (it may be a password typed into the
// username box) the way new entries are masked, and the audit log names them in the reader's words.
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '#core/bootstrap';
import { migrationSource } from '#core/migrations';
import { auditTargetNames } from '#core/stores/audit-target-names';
import { migrateDownThrough } from '../helpers/migrate-down';
import { testDatabases } from '../helpers/test-db';

const MIGRATION = '20261207-0065-typed-usernames-masked';
const PASSWORD_TYPED = 'Qc#2026-spring';
const LONG_TYPED = `${'Zx9!'.repeat(20)}`.slice(0, 64);

describe.each(testDatabases())('masking older typed usernames on $name', (database) => {
  let db: Knex;
  let close: () => Promise<void>;
  const ids: Record<string, number> = {};

  async function entry(action: string, targetType: string, targetId: string): Promise<number> {
    const [row] = await db('audit_log')
      .insert({
        actor_id: null,
        actor_role: null,
        action,
        target_type: targetType,
        target_id: targetId,
        summary: JSON.stringify({ clientIp: '192.0.2.8' }),
        request_id: null,
        created_at: '2026-12-05T01:00:00.000Z',
      })
      .returning('id');
    return Number(typeof row === 'object' ? row.id : row);
  }
  const targetOf = async (id: number) => String((await db('audit_log').where({ id }).first('target_id')).target_id);

  beforeAll(async () => {
    ({ db, close } = await database.open());
    await prepareDatabase(db, { seedDemo: true });
    expect((await migrateDownThrough(db, MIGRATION)).at(-1)).toBe(MIGRATION);
    ids.password = await entry('session.login_failed', 'user', PASSWORD_TYPED);
    ids.long = await entry('session.login_throttled', 'user', LONG_TYPED);
    ids.account = await entry('session.login_failed', 'user', 'cadre2');
    ids.masked = await entry('session.login_failed', 'user', 'S***(11)');
    ids.other = await entry('user.update', 'user', 'someone-else');
    await db.migrate.latest({ migrationSource });
  });
  afterAll(async () => {
    await close?.();
  });

  it('keeps the first character and the length of what named no account, and nothing else of it', async () => {
    expect(await targetOf(ids.password!)).toBe(`Q***(${PASSWORD_TYPED.length})`);
    expect(await targetOf(ids.long!)).toBe('Z***(64+)');
    const stored = JSON.stringify(await db('audit_log').select('target_id', 'summary'));
    expect(stored).not.toContain(PASSWORD_TYPED);
    expect(stored).not.toContain(LONG_TYPED.slice(0, 12));
  });

  it('leaves an account’s name, an entry masked already and other kinds of entry as they were', async () => {
    expect(await targetOf(ids.account!)).toBe('cadre2');
    expect(await targetOf(ids.masked!)).toBe('S***(11)');
    expect(await targetOf(ids.other!)).toBe('someone-else');
  });

  it('names a name cut at 64 characters by what is known of its length, in both languages', async () => {
    const target = { targetType: 'user', targetId: 'Z***(64+)' };
    expect((await auditTargetNames(db, [target], 'zh-CN', 'Asia/Shanghai')).get('user:Z***(64+)')).toBe('Z***（64个字符以上）');
    expect((await auditTargetNames(db, [target], 'en', 'Asia/Shanghai')).get('user:Z***(64+)')).toBe('Z*** (64 characters or more)');
  });
});
