import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { prepareDatabase } from '#core/bootstrap';
import { migrate } from '#core/db';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { verifyPassword } from '#core/auth/passwords';
import { isCreditCode } from '#core/domain/identifiers';
import { latestPublishedForm, listPublishedForms, syncShippedForms } from '#core/stores/forms/form-store';
import { readShippedForms } from '#forms/shipped-forms';
import { testDatabases } from '../helpers/test-db';

describe.each(testDatabases())('foundation store on $name', (database) => {
  let db: Knex;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await database.open());
    await prepareDatabase(db, { seedDemo: true });
  });
  afterAll(async () => {
    await close?.();
  });

  it('applies migrations idempotently', async () => {
    await migrate(db);
    const [, pending] = await db.migrate.list({ migrationSource: (await import('#core/migrations/index')).migrationSource });
    expect(pending).toEqual([]);
  });

  it('seeds the four working groups, the three inspection bodies with an inspector each, two HQ users (one approves what the other writes), an admin and a gate officer', async () => {
    expect(await db('working_groups').where({ kind: 'service' }).pluck('key')).toEqual(
      expect.arrayContaining(['coordination', 'personnel', 'materials', 'epidemic_supplies']),
    );
    expect(await db('working_groups').where({ kind: 'inspection' }).orderBy('id').pluck('key')).toEqual([
      'town-inspection',
      'joint-inspection',
      'industry-regulator',
    ]);
    const roles: { role: string; n: number | string }[] = await db('users').select('role').count({ n: '*' }).groupBy('role');
    const byRole = Object.fromEntries(roles.map((row) => [row.role, Number(row.n)]));
    expect(byRole).toMatchObject({ admin: 1, hq: 2, gate: 1, cadre: 3, special_class: 4 + 3 });
  });

  it('gives each of three cadres at most five enterprises, all with valid credit codes', async () => {
    const perCadre = await db('cadre_assignments').whereNull('ended_at').select('cadre_id').count({ n: '*' }).groupBy('cadre_id');
    expect(perCadre).toHaveLength(3);
    for (const row of perCadre) expect(Number(row.n)).toBeLessThanOrEqual(5);
    const codes = await db('enterprises').pluck('credit_code');
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.filter((code: string) => !isCreditCode(code))).toEqual([]);
    expect(Number((await db('projects').count({ n: '*' }).first())?.n)).toBeGreaterThanOrEqual(codes.length);
  });

  it('stores passwords only as scrypt hashes that verify', async () => {
    const user = await db('users').where({ username: 'ent01' }).first();
    expect(user.password_hash).toMatch(/^scrypt\$/);
    expect(user.password_hash).not.toContain(DEMO_PASSWORD);
    expect(await verifyPassword(DEMO_PASSWORD, user.password_hash)).toBe(true);
    expect(await verifyPassword('wrong', user.password_hash)).toBe(false);
  });

  it('does not seed twice', async () => {
    const before = await db('users').count({ n: '*' }).first();
    expect(await prepareDatabase(db, { seedDemo: true })).toMatchObject({ demoLogins: [] });
    expect(await db('users').count({ n: '*' }).first()).toEqual(before);
  });

  it('loads shipped forms once and never overwrites a version already stored', async () => {
    const [shipped] = readShippedForms();
    await db('form_definitions')
      .where({ key: shipped!.key, version: shipped!.version })
      .update({ title: JSON.stringify({ 'zh-CN': '管理员改过', en: 'Edited by admin' }) });
    expect(await syncShippedForms(db)).toEqual([]);
    expect((await latestPublishedForm(db, shipped!.key))?.title.en).toBe('Edited by admin');
    const next = { ...shipped!, version: shipped!.version + 1 };
    expect(await syncShippedForms(db, [next])).toEqual([`${shipped!.key}@${next.version}`]);
    expect((await latestPublishedForm(db, shipped!.key))?.version).toBe(next.version);
  });

  it('lists to each role only the newest version of the forms meant for it', async () => {
    const forEnterprise = await listPublishedForms(db, { role: 'enterprise', inspectionBody: false });
    expect(forEnterprise.map((form) => form.key)).toContain('liaison-designation');
    expect(new Set(forEnterprise.map((form) => form.key)).size).toBe(forEnterprise.length);
    // Gate officers fill only the gate check; enterprises never see it.
    expect((await listPublishedForms(db, { role: 'gate', inspectionBody: false })).map((form) => form.key)).toEqual(['gate-check']);
    expect(forEnterprise.map((form) => form.key)).not.toContain('gate-check');
  });

  it('refuses a second outbox message with the same idempotency key', async () => {
    const row = {
      idempotency_key: 'k-1',
      template: 't',
      locale: 'zh-CN',
      to_address: 'a@b.c',
      subject: 's',
      text_body: 't',
      html_body: 'h',
      status: 'outbox',
      created_at: new Date().toISOString(),
    };
    await db('outbox').insert(row);
    await expect(db('outbox').insert(row)).rejects.toThrow();
    expect(Number((await db('outbox').where({ idempotency_key: 'k-1' }).count({ n: '*' }).first())?.n)).toBe(1);
  });
});
