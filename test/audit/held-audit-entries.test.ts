// A decision's audit entry held while its update is on its way (core/stores/pending-audit-store.ts): shown in no log page
// or export until the workflow has taken the decision; written once, at the time the decision was sent, by the route or
// by settling from the workflow's history, whichever comes first; gone when the workflow never took it.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '#core/bootstrap';
import { migrationSource } from '#core/migrations';
import { auditLogPage, recordAudit, type AuditEntry } from '#core/stores/audit-store';
import { acceptAudit, holdAudit, type HeldAudit } from '#core/stores/pending-audit-store';
import { settlePendingAudits } from '#web/server/audit/pending-audits';
import { SETTLE_AFTER_MS, type UpdateOutcome } from '#web/server/cases/pending-replies';
import { migrateDownThrough } from '../helpers/migrate-down';
import { testDatabases } from '../helpers/test-db';

const HOUR = 3_600_000;
const NOW = new Date('2026-12-06T12:00:00.000Z');
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();

describe.each(testDatabases())('held audit entries of decisions on $name', (database) => {
  let db: Knex;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ db, close } = await database.open());
    await prepareDatabase(db, { seedDemo: false });
  });
  afterAll(() => close());

  const held = (targetId: string, sentAgo: number): HeldAudit => {
    const entry: AuditEntry = {
      actorId: null,
      actorRole: 'cadre',
      action: 'task.decide',
      targetType: 'task',
      targetId,
      summary: { action: 'escalate', submissionId: targetId },
      requestId: `req-${targetId}`,
    };
    return { updateId: `task.decide/${randomUUID()}`, workflowId: `wf-${targetId}`, entry, at: ago(sentAgo) };
  };
  const logged = async (targetId: string) =>
    (await auditLogPage(db, { targetIds: [targetId] }, { limit: 50, offset: 0 })).rows.map((row) => ({
      action: row.action,
      actorRole: row.actorRole,
      summary: row.summary,
      requestId: row.requestId,
      createdAt: row.createdAt,
    }));

  it('writes to the log the entries of decisions the workflow took, at the time they were sent, and drops the others', async () => {
    const run = randomUUID().slice(0, 8);
    const [taken, neverTaken, recent, unreadable] = ['taken', 'never', 'recent', 'unreadable'].map((name) => `${name}-${run}`);
    const entries = [held(taken!, HOUR), held(neverTaken!, HOUR), held(recent!, SETTLE_AFTER_MS / 2), held(unreadable!, HOUR)];
    const outcomes: (UpdateOutcome | 'error')[] = ['accepted', 'absent', 'absent', 'error'];
    for (const entry of entries) await holdAudit(db, entry);

    // Held: in no page of the log (its exports read the same pages).
    for (const id of [taken, neverTaken, recent, unreadable]) expect(await logged(id!)).toEqual([]);

    const lookup = async (_workflowId: string, updateId: string) => {
      const outcome = outcomes[entries.findIndex((entry) => entry.updateId === updateId)];
      if (outcome === 'error') throw new Error('history unavailable');
      return outcome!;
    };
    expect(await settlePendingAudits({ db, now: () => NOW, lookup })).toEqual({ accepted: 1, dropped: 1 });

    expect(await logged(taken!)).toEqual([
      {
        action: 'task.decide',
        actorRole: 'cadre',
        summary: { action: 'escalate', submissionId: taken },
        requestId: `req-${taken}`,
        createdAt: ago(HOUR),
      },
    ]);
    expect(await logged(neverTaken!)).toEqual([]);
    // The others wait for a later settling, still held.
    expect(await logged(recent!)).toEqual([]);
    expect(await logged(unreadable!)).toEqual([]);
    const stillHeld = await db('audit_pending')
      .whereIn(
        'update_id',
        entries.map((entry) => entry.updateId),
      )
      .pluck('target_id');
    expect(stillHeld.sort()).toEqual([recent, unreadable].sort());
    expect(await settlePendingAudits({ db, now: () => new Date(NOW.getTime() + HOUR), lookup: async () => 'absent' })).toEqual({
      accepted: 0,
      dropped: 2,
    });
  });

  it('writes an entry once when the route and a settling both find the decision taken, even at the same moment', async () => {
    const target = `twice-${randomUUID().slice(0, 8)}`;
    const entry = held(target, HOUR);
    await holdAudit(db, entry);
    await Promise.all([acceptAudit(db, entry), settlePendingAudits({ db, now: () => NOW, lookup: async () => 'accepted' })]);
    await acceptAudit(db, entry);
    expect(await logged(target)).toHaveLength(1);
    expect(await db('audit_pending').where({ update_id: entry.updateId }).first()).toBeUndefined();
  });

  it('keeps every entry written before entries could be held (migration 0063)', async () => {
    const target = `earlier-${randomUUID().slice(0, 8)}`;
    expect((await migrateDownThrough(db, '20261206-0063-audit-pending')).at(-1)).toBe('20261206-0063-audit-pending');
    await recordAudit(db, { ...held(target, HOUR).entry }, NOW);
    await db.migrate.latest({ migrationSource });
    expect(await logged(target)).toEqual([expect.objectContaining({ action: 'task.decide', createdAt: NOW.toISOString() })]);
  });
});
