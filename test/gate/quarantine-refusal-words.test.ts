// A quarantine check-in or end-date change the workflow refuses answers in the caller's language, at the field to
// change, as the health watch's do (test/monitoring/check-in-refusal-words.test.ts): the quarantine workflow's
// validator says why in English, for the engine's history, and a zh-CN officer got that English back.
import { randomUUID } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/common';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AppError } from '#core/errors';
import type { Locale } from '#core/domain/locale';
import { checkInSlots } from '#core/domain/quarantine-schedule';
import { arrival } from '#scripts/kit/eventually';
import type { HttpSession } from '#scripts/kit/http-session';
import { quarantineRefusal } from '#web/server/gate/quarantine-refusal';
import { testDatabases } from '../helpers/test-db';
import { HOUR, TZ, useOfflineStage } from '../monitoring/offline-fixture';
import { checkAtGate } from './gate-fixtures';

describe.each(testDatabases())('quarantine refusals in the caller’s language on $name', (database) => {
  const stage = useOfflineStage(database);
  let id: string;
  let row: { started_at: string; ends_at: string };
  let slots: string[];
  const sessions = new Map<Locale, HttpSession>();
  const officer = (locale: Locale) => sessions.get(locale)!;
  const checkIn = (locale: Locale, body: Record<string, unknown>) =>
    officer(locale).request('POST', `/api/gate/quarantines/${id}/check-ins`, body);
  const changeEnd = (locale: Locale, body: Record<string, unknown>) =>
    officer(locale).request('POST', `/api/gate/quarantines/${id}/end`, body);
  /** Skips the server and the app's clock to `ms`; the officers sign in again by the new clock. */
  const jumpTo = async (ms: number) => {
    await stage.jumpTo(ms);
    for (const locale of ['zh-CN', 'en'] as const) sessions.set(locale, await stage.login('gate1', locale));
  };

  beforeAll(async () => {
    // 10:00 Beijing time tomorrow a worker arrives with a fever: quarantined, the first check-in at 16:00.
    await jumpTo(stage.at(1, 10));
    const checked = await checkAtGate(officer('zh-CN'), 38.1, randomUUID());
    expect(checked.status, JSON.stringify(checked.body)).toBe(201);
    id = checked.body.check.id;
    row = await arrival(() => stage.app.db('quarantines').where({ id, status: 'active' }).first(), 'the quarantine row');
    await arrival(() => stage.app.db('submissions').where({ id, status: 'received' }).first('id'), 'the running case');
    slots = checkInSlots(row.started_at, row.ends_at, ['08:00', '16:00'], TZ);
  });

  it('says no check-in is open in Chinese for a zh-CN officer, with no English reason', async () => {
    const answer = await checkIn('zh-CN', { temperature: 36.6 });
    expect(answer.status).toBe(409);
    expect(answer.body.error.code).toBe('no_open_check_in');
    expect(answer.body.error.message).toBe('现在没有待测的时段（测温时段前后各两小时内可记录）');
    // Nothing opens later today than the time the message states: no detail, and none in the validator's English.
    expect(answer.body.error.details).toEqual([]);
  });

  it('says the same in English for an en officer, in the API’s words rather than the validator’s', async () => {
    const answer = await checkIn('en', { temperature: 36.6 });
    expect(answer.status).toBe(409);
    expect(answer.body.error.message).toBe('No check-in is open now (each opens shortly before its time)');
    expect(answer.body.error.details).toEqual([]);
  });

  it('refuses an out-of-range temperature at /temperature in each caller’s language', async () => {
    const zh = await checkIn('zh-CN', { temperature: 48 });
    expect(zh.status).toBe(422);
    expect(zh.body.error).toEqual({
      code: 'invalid_body',
      message: '提交的内容有误，请按提示修改',
      details: [{ path: '/temperature', message: '不能大于 43' }],
    });
    const en = await checkIn('en', { temperature: 33 });
    expect(en.status).toBe(422);
    expect(en.body.error).toEqual({
      code: 'invalid_body',
      message: 'Some fields need attention',
      details: [{ path: '/temperature', message: 'Must be at least 34' }],
    });
  });

  it('words a temperature the workflow still refuses at /temperature, in the caller’s language', () => {
    const refused = new WorkflowUpdateFailedError(
      'Workflow Update failed',
      ApplicationFailure.create({ type: 'InvalidReading', message: 'temperature must be between 34 and 43 °C', nonRetryable: true }),
    );
    const wording = (locale: Locale) => {
      try {
        quarantineRefusal(refused, { locale, timeZone: TZ });
      } catch (error) {
        return { status: (error as AppError).statusCode, details: (error as AppError).details };
      }
    };
    expect(wording('zh-CN')).toEqual({ status: 422, details: [{ path: '/temperature', message: '应在 34 到 43 之间' }] });
    expect(wording('en')).toEqual({ status: 422, details: [{ path: '/temperature', message: 'must be between 34 and 43' }] });
  });

  it('refuses an end-date change the workflow will not take at its field, in Chinese and in English', async () => {
    const blank = await changeEnd('zh-CN', { endsAt: row.ends_at, reason: '    ' });
    expect(blank.status).toBe(422);
    expect(blank.body.error).toEqual({
      code: 'invalid_update',
      message: '内容不符合要求',
      details: [{ path: '/reason', message: '请填写调整原因（2–500 字）' }],
    });
    const before = new Date(Date.parse(row.started_at) - HOUR).toISOString();
    const early = await changeEnd('en', { endsAt: before, reason: 'tested negative' });
    expect(early.status).toBe(422);
    expect(early.body.error).toEqual({
      code: 'invalid_update',
      message: 'The request was refused',
      details: [{ path: '/endsAt', message: 'cannot be before the start' }],
    });
    const same = await changeEnd('zh-CN', { endsAt: row.ends_at, reason: '复查正常' });
    expect(same.body.error.details).toEqual([{ path: '/endsAt', message: '已是这个结束时间' }]);
  });

  it('still records a good check-in once its slot is open, and moves the end with a reason', async () => {
    // 15:00: the 16:00 check-in opened at 14:00.
    await jumpTo(stage.at(1, 15));
    await arrival(
      () => stage.app.db('quarantine_checkins').where({ quarantine_id: id, slot_at: slots[0], status: 'open' }).first(),
      'the open slot',
    );
    const recorded = await checkIn('zh-CN', { temperature: 36.6 });
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(200);
    expect(recorded.body.checkIn).toMatchObject({ slotAt: slots[0], fever: false });
    const sooner = new Date(Date.parse(row.ends_at) - 24 * HOUR).toISOString();
    const moved = await changeEnd('zh-CN', { endsAt: sooner, reason: '核酸检测阴性，提前解除' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.quarantine).toMatchObject({ id, endsAt: sooner, previousEndsAt: row.ends_at });
  });
});
