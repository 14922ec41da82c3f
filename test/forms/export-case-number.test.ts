// The submissions CSV names a case as every page does: by its case number, first, and its time on the server's clock
// in a form spreadsheets read (2026-12-06 05:42:40), the zone named in the column's title; the UUID stays last for IT.
import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { HttpSession } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';

describe('case number and local time in the submissions CSV', () => {
  let app: BareApp;
  let admin: HttpSession;
  const id = randomUUID();
  const caseNumber = `ES-20261206-${id.slice(0, 4)}`;

  beforeAll(async () => {
    app = await startBareApp();
    admin = new HttpSession(app.baseUrl);
    await admin.login('admin', DEMO_PASSWORD);
    const user = await app.db('users').where({ username: 'ent01' }).first();
    await app.db('submissions').insert({
      id,
      form_key: 'liaison-designation',
      form_version: 1,
      enterprise_id: user.enterprise_id,
      user_id: user.id,
      data: JSON.stringify({ liaisonName: '赵六', mobile: '13900139000', email: 'l@example.com' }),
      status: 'submitted',
      workflow_id: `submission-${id}`,
      case_number: caseNumber,
      created_at: '2026-12-05T21:42:40.767Z',
      updated_at: '2026-12-05T21:42:40.767Z',
    });
  });
  afterAll(() => app.stop());

  it.each([
    ['zh-CN', '案件编号', '提交时间（北京时间）', '系统编号'],
    ['en', 'Case number', 'Submitted at (Beijing time)', 'System id'],
  ] as const)('in %s: the case number first, the time in Beijing time, the UUID last', async (locale, caseTitle, timeTitle, idTitle) => {
    admin.locale = locale;
    const answer = await admin.request('GET', '/api/admin/forms/liaison-designation/export.csv');
    expect(answer.status).toBe(200);
    const [header, ...rows] = parse(String(answer.body).replace(/^\uFEFF/, '')) as string[][];
    expect(header![0]).toBe(caseTitle);
    expect(header!.at(-1)).toBe(idTitle);
    const row = rows.find((cells) => cells[0] === caseNumber)!;
    expect(row).toBeDefined();
    expect(row[header!.indexOf(timeTitle)]).toBe('2026-12-06 05:42:40');
    expect(row.at(-1)).toBe(id);
    expect(String(answer.body)).not.toContain('2026-12-05T21:42:40');
  });
});
