// The credit ledger is append-only: the repository offers no update or delete, the database refuses both by trigger
// (SQLite, and PostgreSQL when TEST_DATABASE_URL is set), and a repeated key writes nothing more.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import * as ledger from '#core/stores/credit/credit-ledger';
import { prepareDatabase } from '#core/bootstrap';
import { testDatabases } from '../helpers/test-db';

describe.each(testDatabases())('credit ledger on $name', (database) => {
  let db: Knex;
  let close: () => Promise<void>;
  let enterpriseId: number;

  beforeAll(async () => {
    ({ db, close } = await database.open());
    await prepareDatabase(db, { seedDemo: true });
    enterpriseId = (await db('enterprises').first('id')).id;
  });
  afterAll(async () => {
    await close?.();
  });

  const entry = (key: string, points: number) => ({
    key,
    enterpriseId,
    points,
    reason: '通报表扬',
    basis: 'test',
    approverId: null,
    at: new Date().toISOString(),
  });

  it('appends once per key and sums the entries', async () => {
    const first = await ledger.appendCreditEntry(db, entry('ledger/a', 5));
    const again = await ledger.appendCreditEntry(db, entry('ledger/a', 7));
    await ledger.appendCreditEntry(db, entry('ledger/b', -2));
    expect(again).toEqual(first);
    expect(again.points).toBe(5);
    const { entries, total, count } = await ledger.creditLedger(db, enterpriseId, { limit: 50, offset: 0 });
    expect(entries.map((e) => e.points)).toEqual([-2, 5]);
    expect(total).toBe(3);
    expect(count).toBe(2);
    const second = await ledger.creditLedger(db, enterpriseId, { limit: 1, offset: 1 });
    expect(second.entries.map((e) => e.points)).toEqual([5]);
    expect([second.total, second.count]).toEqual([3, 2]);
  });

  it('offers no way to change or remove an entry', () => {
    expect(Object.keys(ledger).sort()).toEqual(['appendCreditEntry', 'creditLedger', 'findCreditEntry']);
  });

  it('refuses UPDATE and DELETE in the database itself', async () => {
    const written = await ledger.appendCreditEntry(db, entry('ledger/c', 5));
    await expect(db('credit_entries').where({ id: written.id }).update({ points: 50 })).rejects.toThrow(/append-only/);
    await expect(db('credit_entries').where({ id: written.id }).delete()).rejects.toThrow(/append-only/);
    expect((await ledger.findCreditEntry(db, written.id))?.points).toBe(5);
  });

  it('lets each entry be reversed once, by a compensating entry', async () => {
    const original = await ledger.appendCreditEntry(db, entry('ledger/d', 5));
    await ledger.appendCreditEntry(db, { ...entry('reversal/d', -5), reversesId: original.id });
    await expect(ledger.appendCreditEntry(db, { ...entry('reversal/d-again', -5), reversesId: original.id })).rejects.toThrow();
    expect((await ledger.findCreditEntry(db, original.id))?.reversedById).not.toBeNull();
  });
});
