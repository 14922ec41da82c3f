// What the gate is told of a site's enterprise's clearance to resume (seed 003), on SQLite and PostgreSQL: cleared when
// any of its projects is cleared and not suspended (since the earliest such clearance), else suspended when one is (since
// the latest suspension), else not cleared; another enterprise's projects never count.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '#core/bootstrap';
import { enterpriseClearanceOfProject, enterpriseClearanceStandingOfProject } from '#core/stores/project-clearance-store';
import { testDatabases } from '../helpers/test-db';

const AT = '2026-12-07T00:00:00.000Z';

describe.each(testDatabases())('a site enterprise’s clearance on $name', (database) => {
  let db: Knex;
  let close: () => Promise<void>;
  let site = 0;
  let sibling = 0;
  let other = 0;

  async function enterpriseWithProjects(count: number): Promise<number[]> {
    const code = randomUUID().replace(/-/g, '').slice(0, 18).toUpperCase();
    const [row] = await db('enterprises')
      .insert({ name: `核查${code.slice(0, 6)}`, credit_code: code, type: 'construction', created_at: AT })
      .returning('id');
    const enterpriseId = Number((row as { id: number }).id);
    const ids: number[] = [];
    for (let n = 0; n < count; n++) {
      const [project] = await db('projects')
        .insert({ enterprise_id: enterpriseId, name: `项目${code.slice(0, 4)}-${n}`, status: 'started', major: false })
        .returning('id');
      ids.push(Number((project as { id: number }).id));
    }
    return ids;
  }

  /** Sets a project's clearance and suspension times. */
  const set = (id: number, [clearedAt, suspendedAt]: readonly [string | null, string | null]) =>
    db('projects').where({ id }).update({ cleared_at: clearedAt, suspended_at: suspendedAt });

  beforeAll(async () => {
    ({ db, close } = await database.open());
    await prepareDatabase(db, { seedDemo: false });
    const both = await enterpriseWithProjects(2);
    [site, sibling] = [both[0]!, both[1]!];
    other = (await enterpriseWithProjects(1))[0]!;
  });
  afterAll(async () => {
    await close?.();
  });

  it.each([
    [
      'not cleared, though another enterprise is',
      [null, null],
      [null, null],
      ['2026-12-01T00:00:00.000Z', null],
      { state: 'not-cleared', since: null },
    ],
    [
      'cleared since its earliest clearance in force',
      ['2026-12-03T00:00:00.000Z', null],
      ['2026-12-02T00:00:00.000Z', null],
      [null, null],
      { state: 'cleared', since: '2026-12-02T00:00:00.000Z' },
    ],
    [
      'cleared by a sibling project while the site’s own clearance is suspended',
      ['2026-12-01T00:00:00.000Z', '2026-12-04T00:00:00.000Z'],
      ['2026-12-05T00:00:00.000Z', null],
      [null, null],
      { state: 'cleared', since: '2026-12-05T00:00:00.000Z' },
    ],
    [
      'suspended since its latest suspension',
      ['2026-12-01T00:00:00.000Z', '2026-12-04T00:00:00.000Z'],
      ['2026-12-01T00:00:00.000Z', '2026-12-06T00:00:00.000Z'],
      ['2026-12-01T00:00:00.000Z', null],
      { state: 'suspended', since: '2026-12-06T00:00:00.000Z' },
    ],
  ] as const)('%s', async (_name, own, siblings, others, expected) => {
    await set(site, own);
    await set(sibling, siblings);
    await set(other, others);
    expect(await enterpriseClearanceStandingOfProject(db, site)).toEqual(expected);
    expect(await enterpriseClearanceOfProject(db, sibling)).toBe(expected.state);
  });
});
