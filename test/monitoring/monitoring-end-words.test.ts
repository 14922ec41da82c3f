// A returning worker's monitoring end, as the case's own page and the register state it (the second finding of the
// black-box review): the register's words are the reference — a date and time in the server's zone, an end at local
// midnight as 24:00 of the day before — and the case page's result sentence says the same, before and after the end
// is moved, in both languages.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { deadlineText } from '#core/domain/deadline-text';
import type { Locale } from '#core/domain/locale';
import { addDays, localDate, startOfLocalDay } from '#core/domain/working-calendar';
import { arrival } from '#scripts/kit/eventually';
import { HttpSession } from '#scripts/kit/http-session';
import { freshResidentId } from '#scripts/kit/fresh-resident-id';
import { workerHealthWatch } from '../fixtures/worker-health-watch';
import { startAppOnTimeSkipping, type AppOnTimeSkipping } from '../helpers/time-skipping';

const TZ = 'Asia/Shanghai';
const HOUR = 3_600_000;

describe('the end of a monitoring period on the case page and the register', () => {
  let system: AppOnTimeSkipping;

  beforeAll(async () => {
    system = await startAppOnTimeSkipping(TZ);
  });
  afterAll(async () => {
    await system?.stop();
  });

  async function session(username: string, locale: Locale = 'zh-CN') {
    const signed = new HttpSession(system.app.baseUrl, locale);
    await signed.login(username, DEMO_PASSWORD);
    return signed;
  }

  it('states one end, the register’s, on both pages after the end is moved', async () => {
    const { app, skipping } = system;
    const admin = await session('admin');
    const key = `end-words-${randomUUID().slice(0, 6)}`;
    expect((await admin.request('PUT', `/api/admin/forms/${key}/draft`, workerHealthWatch(key))).status).toBe(200);
    expect((await admin.request('POST', `/api/admin/forms/${key}/publish`)).status).toBe(200);
    const now = await skipping.env.currentTimeMs();
    await skipping.env.sleep(startOfLocalDay(addDays(localDate(now, TZ), 1), TZ) + 8 * HOUR - now);

    const enterprise = await session('ent01');
    const data = { name: '赵七', residentId: freshResidentId(), mobile: '13912345678', returnedFrom: '湖北省孝感市' };
    const filed = await enterprise.request('POST', `/api/forms/${key}/submissions`, { submissionId: randomUUID(), data });
    expect(filed.status, JSON.stringify(filed.body)).toBe(202);
    const id: string = filed.body.submission.id;
    const started = await arrival(() => app.db('submissions').where({ id, status: 'received' }).first('id'), 'the running case');
    expect(started).toBeDefined();

    const cadre = await session('cadre1');
    const cadreEn = await session('cadre1', 'en');
    const registerEnd = async () =>
      (await cadre.request('GET', `/api/monitoring/register?formKey=${key}`)).body.subjects.find((s: { id: string }) => s.id === id)
        .endsAt as string;
    const casePage = async (reader: HttpSession) =>
      (await reader.request('GET', `/api/submissions/${id}`)).body.submission.resultText as string;

    // Seven calendar days end at local midnight: "24:00" of day 7 on both pages, not day 8's date.
    const first = await registerEnd();
    expect(await casePage(cadre)).toBe(`观察中，至 ${deadlineText(first, 'zh-CN', TZ)} 结束`);
    expect(await casePage(cadreEn)).toBe(`Being monitored until ${deadlineText(first, 'en', TZ)}`);
    expect(await casePage(cadre)).toContain('24:00');

    // Moved to 18:00 the day after: the register has the new end, and so does the case page; the old one is gone.
    const moved = new Date(startOfLocalDay(addDays(localDate(first, TZ), 1), TZ) + 18 * HOUR).toISOString();
    const change = await cadre.request('POST', `/api/monitoring/subjects/${id}/end`, { endsAt: moved, reason: '复查结果未出，延长观察' });
    expect(change.status, JSON.stringify(change.body)).toBe(200);
    expect(await registerEnd()).toBe(moved);
    const zh = await casePage(cadre);
    const en = await casePage(cadreEn);
    expect(zh).toBe(`观察中，至 ${deadlineText(moved, 'zh-CN', TZ)} 结束`);
    expect(en).toBe(`Being monitored until ${deadlineText(moved, 'en', TZ)}`);
    expect(zh).not.toContain(deadlineText(first, 'zh-CN', TZ));
    expect(en).not.toContain(deadlineText(first, 'en', TZ));
    await skipping.env.client.workflow.getHandle(`submission-${id}`).terminate('test over');
  });
});
