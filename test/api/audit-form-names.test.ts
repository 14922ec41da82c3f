// The audit log names forms for people: an entry about a form (a draft saved, a version published) by the form's title
// and version, and the form an entry's summary names (a submission's, a round's) by its title, in the reader's
// language; the key stays in the entry as recorded, for IT.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { HttpSession } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';

describe('form names in the audit log', () => {
  let app: BareApp;
  let admin: HttpSession;
  const action = `test.forms-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    app = await startBareApp();
    admin = new HttpSession(app.baseUrl);
    await admin.login('admin', DEMO_PASSWORD);
    const at = new Date().toISOString();
    await app.db('audit_log').insert([
      { action, target_type: 'form', target_id: 'daily-report@2', summary: '{"version":2}', created_at: at },
      {
        action,
        target_type: 'collection_round',
        target_id: 'daily-report/2026-12-05',
        summary: '{"formKey":"daily-report"}',
        created_at: at,
      },
      { action, target_type: 'form', target_id: 'no-such-form', summary: '{"formKey":"no-such-form"}', created_at: at },
    ]);
  });
  afterAll(() => app.stop());

  it.each([
    ['zh-CN', '项目动态每日报送（第 2 版）', '项目动态每日报送'],
    ['en', 'Daily progress report, version 2', 'Daily progress report'],
  ] as const)('in %s: a form target by its title and version, a summary’s form by its title', async (locale, versioned, title) => {
    admin.locale = locale;
    const answer = await admin.request('GET', `/api/audit?action=${action}`);
    expect(answer.status).toBe(200);
    const byTarget = new Map<string, { targetName: string | null; formTitle: string | null; summary: { formKey?: string } }>(
      answer.body.entries.map((e: { targetId: string }) => [e.targetId, e]),
    );
    expect(byTarget.get('daily-report@2')).toMatchObject({ targetName: versioned, formTitle: null });
    // The round's id is escaped in the API; its summary keeps the key as recorded beside the title.
    const round = [...byTarget.values()].find((e) => e.summary.formKey === 'daily-report');
    expect(round).toMatchObject({ formTitle: title });
    // A form that is not there keeps no name: the page shows its key as recorded.
    expect(byTarget.get('no-such-form')).toMatchObject({ targetName: null, formTitle: null });
  });
});
