// Every web process settles, when it starts and on its timer, both kinds of rows a process stopped mid-update leaves:
// an answer's files and a decision's audit entry (web/server/settle-pending.ts).
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '#core/bootstrap';
import { createLogger } from '#core/logger';
import { auditLogPage } from '#core/stores/audit-store';
import { holdAudit } from '#core/stores/pending-audit-store';
import { caseRepliesOf, holdCaseReply } from '#core/stores/submissions/case-reply-store';
import { startSettling } from '#web/server/settle-pending';
import { testDatabases } from '../helpers/test-db';
import { addSubmission, addUser } from '../uploads/upload-fixtures';

const NOW = new Date('2026-12-06T12:00:00.000Z');
const HOUR_AGO = new Date(NOW.getTime() - 3_600_000).toISOString();

describe.each(testDatabases())('settling on start on $name', (database) => {
  let db: Knex;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await database.open());
    await prepareDatabase(db, { seedDemo: false });
  });
  afterAll(() => close());

  it('gives a taken answer its row and logs a taken decision, in its first run', async () => {
    const user = await addUser(db, `settling-${randomUUID().slice(0, 8)}`, HOUR_AGO);
    const submissionId = await addSubmission(db, user, [], HOUR_AGO);
    const updateId = `case-reply/${randomUUID()}`;
    await holdCaseReply(db, { submissionId, userId: user, text: '已补充', uploadIds: [], updateId, at: HOUR_AGO });
    const entry = {
      actorId: user,
      actorRole: 'enterprise',
      action: 'case.reply',
      targetType: 'submission',
      targetId: submissionId,
      summary: { files: 0 },
      requestId: null,
    };
    await holdAudit(db, { updateId, workflowId: `wf-${submissionId}`, entry, at: HOUR_AGO });

    const settling = startSettling({ db, now: () => NOW, lookup: async () => 'accepted', logger: createLogger('test', 'silent') });
    await settling.stop();

    expect(await caseRepliesOf(db, submissionId)).toEqual([{ userId: user, text: '已补充', files: [] }]);
    const { rows } = await auditLogPage(db, { targetIds: [submissionId] }, { limit: 10, offset: 0 });
    expect(rows.map((row) => [row.action, row.createdAt])).toEqual([['case.reply', HOUR_AGO]]);
  });
});
