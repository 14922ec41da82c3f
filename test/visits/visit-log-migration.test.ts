// Migration 0032 gives every visit stored before it the visit-log version 1 and form data made from its columns and
// problems, and leaves migration 0030's roll-up triggers on the visits table working.
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '#core/bootstrap';
import { migrationSource } from '#core/migrations';
import { insertVisit } from '#core/stores/visits/visit-store';
import { paramsOf, shippedVisitForm } from '#web/server/visits/visit-form';
import { migrateDownThrough } from '../helpers/migrate-down';
import { testDatabases } from '../helpers/test-db';

/** The shipped visit-log definition the fixture visits are made with. */
const VISIT_LOG = { version: shippedVisitForm().version, params: paramsOf(shippedVisitForm()) };

describe.each(testDatabases())('visit log migration on $name', (database) => {
  let db: Knex;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ db, close } = await database.open());
    await prepareDatabase(db, { seedDemo: true });
  });
  afterAll(async () => {
    await close?.();
  });

  /** The cadre's visits in the one-day blocks the dashboard reads (kept by 0030's triggers). */
  const dayBlock = async (cadreId: number, day: string) =>
    db('visit_cadre_blocks as b')
      .where({ 'b.level': 0, 'b.cadre_id': cadreId })
      .where('b.block', Date.parse(`${day}T00:00:00Z`) / 86_400_000)
      .first('visits', 'solved', 'coordinated');

  it('fills in the version and data of visits stored before it, and the roll-ups still follow new visits', async () => {
    const rolledBack = await migrateDownThrough(db, '20261204-0032-visit-log-form');
    expect(rolledBack.at(-1)).toBe('20261204-0032-visit-log-form');
    const enterprise = await db('users').where({ username: 'ent01' }).first('enterprise_id');
    const cadre = await db('users').where({ username: 'cadre1' }).first('id');
    const [row] = await db('visits')
      .insert({
        enterprise_id: enterprise.enterprise_id,
        cadre_id: cadre.id,
        visited_on: '2026-02-12',
        people_met: '项目经理',
        opinions_count: 2,
        opinions: '希望加快审批',
        solved_count: 1,
        coordinate_count: 1,
        created_at: new Date().toISOString(),
      })
      .returning('id');
    const id = Number((row as { id: number }).id);
    await db('visit_problems').insert([
      { visit_id: id, kind: 'solved', category: null, description: '现场讲解复工指引' },
      { visit_id: id, kind: 'coordinate', category: 'approvals', description: '施工许可证办理慢' },
    ]);
    const bare = await db('visits')
      .insert({
        enterprise_id: enterprise.enterprise_id,
        cadre_id: cadre.id,
        visited_on: '2026-02-12',
        people_met: '安全员',
        opinions_count: 0,
        opinions: '',
        created_at: new Date().toISOString(),
      })
      .returning('id');
    const bareId = Number((bare[0] as { id: number }).id);

    await db.migrate.latest({ migrationSource });
    const stored = await db('visits').where({ id }).first('form_version', 'data');
    expect(Number(stored.form_version)).toBe(1);
    expect(JSON.parse(stored.data)).toEqual({
      enterpriseId: enterprise.enterprise_id,
      visitedOn: '2026-02-12',
      peopleMet: '项目经理',
      opinionsCount: 2,
      opinions: '希望加快审批',
      problems: [
        { kind: 'solved', description: '现场讲解复工指引' },
        { kind: 'coordinate', category: 'approvals', description: '施工许可证办理慢' },
      ],
    });
    expect(JSON.parse((await db('visits').where({ id: bareId }).first('data')).data)).toEqual({
      enterpriseId: enterprise.enterprise_id,
      visitedOn: '2026-02-12',
      peopleMet: '安全员',
      opinionsCount: 0,
    });

    const counted = await dayBlock(cadre.id, '2026-02-12');
    expect(counted).toMatchObject({ visits: 2, solved: 1, coordinated: 1 });
    await db.transaction((trx) =>
      insertVisit(
        trx,
        cadre.id,
        {
          enterpriseId: enterprise.enterprise_id,
          visitedOn: '2026-02-12',
          peopleMet: '项目经理',
          opinionsCount: 0,
          problems: [{ kind: 'coordinate', category: 'funds', description: '资金周转困难' }],
        },
        new Date().toISOString(),
        VISIT_LOG,
      ),
    );
    expect(await dayBlock(cadre.id, '2026-02-12')).toMatchObject({ visits: 3, solved: 1, coordinated: 2 });
  });
});
