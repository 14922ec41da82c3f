// An entry a resend may have to write (a gate check's, when the first sending stopped before it) is written once under
// its key, however many write it at the same time, and not at all when the log has that action on that target already
// from before keys were given — on both databases.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '#core/bootstrap';
import { recordAudit, recordAuditOnce, type AuditEntry } from '#core/stores/audit-store';
import { testDatabases } from '../helpers/test-db';

describe.each(testDatabases())('audit entries written once on $name', (database) => {
  let db: Knex;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ db, close } = await database.open());
    await prepareDatabase(db, { seedDemo: false });
  });
  afterAll(async () => {
    await close?.();
  });

  const entry = (targetId: string, outcome: string): AuditEntry => ({
    actorId: null,
    actorRole: 'gate',
    action: 'gate.check',
    targetType: 'gate_check',
    targetId,
    summary: { outcome },
    requestId: null,
  });
  const written = (targetId: string) => db('audit_log').where({ action: 'gate.check', target_id: targetId }).select('summary');

  it('writes one entry when three writers with the same key come at once', async () => {
    const id = randomUUID();
    await Promise.all([1, 2, 3].map(() => recordAuditOnce(db, entry(id, 'admitted'), `gate.check:${id}`)));
    expect(await written(id)).toHaveLength(1);
  });

  it('writes nothing when the log already has that action on that target without a key', async () => {
    const id = randomUUID();
    await recordAudit(db, entry(id, 'admitted'));
    await recordAuditOnce(db, entry(id, 'quarantined'), `gate.check:${id}`);
    const rows = await written(id);
    expect(rows).toHaveLength(1);
    const { summary } = rows[0]!;
    expect(typeof summary === 'string' ? JSON.parse(summary) : summary).toEqual({ outcome: 'admitted' });
  });
});
