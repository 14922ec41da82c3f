import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casePrefixOf, formatCaseNumber } from '#core/domain/case-number';
import { numberExistingSubmissions } from '#core/migrations/20261203-0016-case-numbers';
import { allocateCaseNumber } from '#core/stores/case-number-store';
import { testDatabases, type OpenDatabase } from '../helpers/test-db';

const ZONE = 'Asia/Shanghai';

describe('case numbers', () => {
  it.each([
    ['difficulty-report', undefined, 'KN'],
    ['gate-check', undefined, 'MG'],
    ['material-shortage', undefined, 'MS'],
    ['notice', undefined, 'NAJ'],
    ['anything', 'ZZ', 'ZZ'],
  ])('gives %s (own prefix %s) the prefix %s', (key, own, prefix) => {
    expect(casePrefixOf(key, own)).toBe(prefix);
  });

  it('reads prefix, local day and a four-digit count', () => {
    expect(formatCaseNumber('KN', '2026-12-04', 7)).toBe('KN-20261204-0007');
    expect(formatCaseNumber('KN', '2026-12-04', 12345)).toBe('KN-20261204-12345');
  });
});

describe.each(testDatabases())('case number allocation on $name', (database) => {
  let open: OpenDatabase;
  let db: Knex;
  beforeAll(async () => {
    open = await database.open();
    db = open.db;
  });
  afterAll(async () => {
    await open?.close();
  });

  it('hands out each number once when many submissions are numbered at the same moment', async () => {
    const at = '2026-12-04T02:00:00Z';
    const numbers = await Promise.all(Array.from({ length: 40 }, () => db.transaction((trx) => allocateCaseNumber(trx, 'KN', at, ZONE))));
    expect(new Set(numbers).size).toBe(40);
    expect([...numbers].sort()).toEqual(Array.from({ length: 40 }, (_, i) => formatCaseNumber('KN', '2026-12-04', i + 1)));
  });

  it('counts per prefix and per local day, the day turning at local midnight', async () => {
    // 2026-12-04T16:30Z is already 5 December in Shanghai.
    expect(await allocateCaseNumber(db, 'KN', '2026-12-04T16:30:00Z', ZONE)).toBe('KN-20261205-0001');
    expect(await allocateCaseNumber(db, 'RB', '2026-12-04T03:00:00Z', ZONE)).toBe('RB-20261204-0001');
  });

  it('gives a number back when the submission that took it is rolled back', async () => {
    const at = '2026-12-06T02:00:00Z';
    await expect(
      db.transaction(async (trx) => {
        await allocateCaseNumber(trx, 'BZ', at, ZONE);
        throw new Error('the insert failed');
      }),
    ).rejects.toThrow('the insert failed');
    expect(await allocateCaseNumber(db, 'BZ', at, ZONE)).toBe('BZ-20261206-0001');
  });

  it('numbers existing submissions in the order they were created, and new ones carry on from there', async () => {
    const user = await db('users')
      .insert({
        username: `u${randomUUID().slice(0, 8)}`,
        display_name: '张三',
        role: 'enterprise',
        password_hash: 'x',
        created_at: '2026-01-01T00:00:00Z',
      })
      .returning('id');
    const userId = Number(typeof user[0] === 'object' ? (user[0] as { id: number }).id : user[0]);
    const rows = [
      ['2026-11-02T05:00:00Z', 'daily-report'],
      ['2026-11-02T01:00:00Z', 'daily-report'],
      ['2026-11-02T03:00:00Z', 'gate-check'],
      ['2026-11-02T17:00:00Z', 'daily-report'], // 3 November, local time
    ].map(([createdAt, formKey]) => {
      const id = randomUUID();
      return {
        id,
        form_key: formKey,
        form_version: 1,
        user_id: userId,
        data: '{}',
        status: 'settled',
        workflow_id: `submission-${id}`,
        created_at: createdAt,
        updated_at: createdAt,
      };
    });
    await db('submissions').insert(rows);
    await numberExistingSubmissions(db, ZONE);
    const numbered = await db('submissions')
      .whereIn(
        'id',
        rows.map((row) => row.id),
      )
      .orderBy('created_at')
      .pluck('case_number');
    expect(numbered).toEqual(['RB-20261102-0001', 'MG-20261102-0001', 'RB-20261102-0002', 'RB-20261103-0001']);
    expect(await allocateCaseNumber(db, 'RB', '2026-11-02T09:00:00Z', ZONE)).toBe('RB-20261102-0003');
  });
});
