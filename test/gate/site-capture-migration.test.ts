// Migration 0051 gives each standing stored before it what its own site took down, from the submissions of that site's
// checks: the name of its latest check and the latest mobile given there; a standing without such a check is left empty
// (the reads then show the keeping site's record only to that site, and to another a masked name and no mobile).
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '#core/bootstrap';
import { migrationSource } from '#core/migrations';
import { siteWorkerRows } from '#core/stores/gate/site-register-store';
import { freshResidentId } from '#scripts/kit/fresh-resident-id';
import { migrateDownThrough } from '../helpers/migrate-down';
import { testDatabases } from '../helpers/test-db';

describe.each(testDatabases())('site worker capture migration on $name', (database) => {
  let db: Knex;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ db, close } = await database.open());
    await prepareDatabase(db, { seedDemo: true });
  });
  afterAll(async () => {
    await close?.();
  });

  it('fills each standing from its own site’s checks, never from another site’s', async () => {
    expect((await migrateDownThrough(db, '20261205-0051-site-worker-capture')).at(-1)).toBe('20261205-0051-site-worker-capture');
    const gate = await db('users').where({ username: 'gate1' }).first('id', 'project_id');
    const keeper = Number(gate.project_id);
    const others = await db('projects').whereNot({ id: keeper }).orderBy('id').limit(2).pluck('id');
    const [other, bare] = others.map(Number) as [number, number];
    const [row] = await db('workers')
      .insert({
        resident_id: freshResidentId(),
        name: '李秘密',
        mobile: '13700137000',
        kept_by_project_id: keeper,
        created_at: '2026-02-10T00:00:00Z',
      })
      .returning('id');
    const workerId = Number((row as { id: number }).id);

    /** A check of the worker at `projectId` on day `day`, filed with `data`; answers its id. */
    const checkOn = async (projectId: number, day: number, data: Record<string, unknown>) => {
      const id = randomUUID();
      const at = `2026-02-1${day}T02:00:00.000Z`;
      const enterprise = await db('projects').where({ id: projectId }).first('enterprise_id');
      await db('submissions').insert({
        id,
        form_key: 'gate-check',
        form_version: 1,
        enterprise_id: enterprise.enterprise_id,
        user_id: gate.id,
        data: JSON.stringify({ residentId: 'x', channel: 'people', ...data }),
        status: 'received',
        workflow_id: `submission-${id}`,
        created_at: at,
        updated_at: at,
      });
      await db('gate_checks').insert({
        id,
        project_id: projectId,
        worker_id: workerId,
        channel: 'people',
        certificate: 'pass',
        steps: '[]',
        temperature: 36.5,
        zone: 'construction',
        outcome: 'admitted',
        reasons: '[]',
        form_version: 1,
        checked_by: gate.id,
        checked_at: at,
      });
      return id;
    };
    const stand = (projectId: number, lastCheckId: string) =>
      db('site_workers').insert({
        project_id: projectId,
        worker_id: workerId,
        status: 'admitted',
        zone: 'construction',
        assigned_zone: 'construction',
        last_check_id: lastCheckId,
        updated_at: '2026-02-15T00:00:00Z',
      });
    await stand(keeper, await checkOn(keeper, 0, { name: '李秘密', mobile: '13700137000' }));
    await checkOn(other, 1, { name: '王二', mobile: '13600136000' });
    await stand(other, await checkOn(other, 2, { name: '王二小' }));
    // A standing whose check has no submission (made outside the gate page): nothing to fill it from.
    const orphan = await checkOn(bare, 3, { name: 'unused' });
    await db('submissions').where({ id: orphan }).delete();
    await stand(bare, orphan);

    await db.migrate.latest({ migrationSource });
    const capture = async (projectId: number) =>
      db('site_workers').where({ project_id: projectId, worker_id: workerId }).first('name', 'mobile');
    expect(await capture(keeper)).toEqual({ name: '李秘密', mobile: '13700137000' });
    expect(await capture(other)).toEqual({ name: '王二小', mobile: '13600136000' });
    expect(await capture(bare)).toEqual({ name: null, mobile: null });
    const nameIn = async (projectId: number) => (await siteWorkerRows(db, projectId)).find((r) => r.workerId === workerId)?.name;
    expect([await nameIn(keeper), await nameIn(other), await nameIn(bare)]).toEqual(['李秘密', '王二小', '李**']);
  });
});
