// A gate check is recorded twice at once — by the web request and by its workflow's activity — and both may find no
// worker for a resident ID they then register: the second registration answers the first's worker, never a unique-key
// error (it was a 500 at the gate on PostgreSQL, about one check in thirty under load).
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '#core/bootstrap';
import { insertWorker } from '#core/stores/gate/gate-check-store';
import { freshResidentId } from '#scripts/kit/fresh-resident-id';
import { testDatabases } from '../helpers/test-db';

const AT = '2026-12-06T01:00:00.000Z';

describe.each(testDatabases())('registering a worker twice on $name', (database) => {
  let db: Knex;
  let close: () => Promise<void>;
  let projectId: number;

  beforeAll(async () => {
    ({ db, close } = await database.open());
    await prepareDatabase(db, { seedDemo: true });
    projectId = Number((await db('projects').first('id')).id);
  }, 120_000);
  afterAll(async () => {
    await close?.();
  });

  it('answers the worker already registered under the resident ID', async () => {
    const residentId = freshResidentId();
    const first = await insertWorker(db, { residentId, name: '张三' }, projectId, AT);
    const second = await insertWorker(db, { residentId, name: '张三' }, projectId, AT);
    expect(second).toBe(first);
    expect(Number((await db('workers').where({ resident_id: residentId }).count({ n: '*' }))[0]!.n)).toBe(1);
  });

  it.runIf(database.name === 'postgres')('waits for a registration in flight and answers its worker', async () => {
    const residentId = freshResidentId();
    const first = await db.transaction();
    const firstId = await insertWorker(first, { residentId, name: '张三' }, projectId, AT);
    // The second transaction read no worker before the first committed; its insert waits on the first's row.
    const second = db.transaction(async (trx) => insertWorker(trx, { residentId, name: '张三' }, projectId, AT));
    await new Promise((resolve) => setTimeout(resolve, 200));
    await first.commit();
    expect(await second).toBe(firstId);
  });
});
