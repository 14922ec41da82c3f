// An enterprise may answer the moment its case shows "returned" or "resolved", while the workflow is still emailing it
// about that change: the answer is kept and the case goes on. (The wait that followed the email used to forget such an
// answer, and the case hung with nobody to act; the recorder of shipped histories met it first.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { createActivities } from '#activities/index';
import { prepareDatabase } from '#core/bootstrap';
import { createTemplateRenderer } from '#core/mail/template-renderer';
import { readShippedForms } from '#forms/shipped-forms';
import { replyUpdate, verdictUpdate } from '#workflows/enterprise-replies';
import type { LadderResult } from '#workflows/ladder-workflow';
import { eventually } from '#scripts/kit/eventually';
import { ladderTasks } from '../helpers/ladder-tasks';
import { openSqlite } from '../helpers/test-db';
import { startTimeSkipping, type TimeSkipping } from '../helpers/time-skipping';
import { startLadderCase } from '../helpers/ladder-suite';

const TZ = 'Asia/Shanghai';
const QUEUE = 'enterprise-answer-race-test';
const DIFFICULTY = readShippedForms().find((form) => form.key === 'difficulty-report')!;

describe('an enterprise that answers at once (time-skipping server)', { timeout: 180_000 }, () => {
  let skipping: TimeSkipping;
  let db: Knex;
  let ent01: { id: number; enterprise_id: number };
  // The email that tells the enterprise of a change is held until the test has answered: the answer lands before the wait.
  const held = new Map<string, () => void>();
  const { openTask, decide } = ladderTasks(
    () => db,
    () => skipping.env.client,
  );

  beforeAll(async () => {
    db = await openSqlite();
    await prepareDatabase(db, { seedDemo: true });
    ent01 = await db('users').where({ username: 'ent01' }).first('id', 'enterprise_id');
    const activities = createActivities({ db, renderer: createTemplateRenderer(TZ), from: 'noreply@fugong.local', timeZone: TZ });
    skipping = await startTimeSkipping(QUEUE, {
      ...activities,
      async sendEmail(input) {
        const change = /\/(returned|\d+)\/update$/.exec(input.key);
        if (change) await new Promise<void>((resolve) => held.set(change[1] === 'returned' ? 'returned' : 'resolved', resolve));
        return activities.sendEmail(input);
      },
    });
  });
  afterAll(async () => {
    await skipping?.stop();
    await db?.destroy();
  });

  const start = () =>
    startLadderCase(db, skipping.env.client, QUEUE, {
      form: DIFFICULTY,
      data: { category: 'materials', summary: '钢筋供应中断' },
      enterpriseId: ent01.enterprise_id,
      submitter: { userId: ent01.id, name: '企业联络员', email: 'ent01@example.com' },
    });

  const release = async (change: string) => (await eventually(async () => held.get(change), Boolean))!();

  it('keeps a reply sent while the "returned" email is still going out, and a confirmation sent during the "resolved" one', async () => {
    const { id, handle } = await start();
    await decide(await openTask(id, 'cadre'), 'cadre1', 'return', { note: '请补充缺口数量' });
    await eventually(async () => held.get('returned'), Boolean);
    await handle.executeUpdate(replyUpdate, { args: [{ userId: ent01.id, text: '缺口 30 吨' }] });
    await release('returned');
    await decide(await openTask(id, 'cadre'), 'cadre1', 'resolve', {
      resolution: '已协调供货',
      outcome: 'coordinated',
      department: '市商务局',
    });
    await eventually(async () => held.get('resolved'), Boolean);
    await handle.executeUpdate(verdictUpdate, { args: [{ userId: ent01.id, verdict: 'confirm' }] });
    await release('resolved');
    const result: LadderResult = await handle.result();
    expect(result).toMatchObject({ status: 'settled', stage: 'cadre', action: 'resolve' });
    const kinds = (await db('submission_events').where({ submission_id: id }).orderBy('id').pluck('kind')) as string[];
    expect(kinds).toEqual(expect.arrayContaining(['ladder.return', 'ladder.reply', 'ladder.resolve', 'ladder.confirm']));
  });
});
