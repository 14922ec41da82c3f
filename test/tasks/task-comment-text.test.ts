// A task comment, and the reason for handing a task on (recorded as a comment), say something: one of only spaces or
// invisible characters (a zero-width space, a word joiner) is refused at its field in the reader's language, so the
// task's history never shows a comment that looks empty; a comment is kept without the spaces around it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { HttpSession } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';

const TASK = 'comment-text-task';

describe('task comment text', () => {
  let app: BareApp;
  let hq: HttpSession;

  beforeAll(async () => {
    app = await startBareApp({ env: { LOG_LEVEL: 'silent' } });
    const enterprise = await app.db('enterprises').orderBy('id').first('id');
    await app.db('tasks').insert({
      id: TASK,
      workflow_id: TASK,
      process_type: 'ladder',
      step: 'hq',
      title: JSON.stringify({ 'zh-CN': '困难问题', en: 'Difficulty' }),
      enterprise_id: enterprise.id,
      candidate_role: 'hq',
      status: 'open',
      priority: 0,
      due_at: '2026-02-20T00:00:00.000Z',
      created_at: '2026-02-10T00:00:00.000Z',
      allowed_actions: '["resolve"]',
      completion_schema: '{}',
      search_text: '困难问题',
    });
    hq = new HttpSession(app.baseUrl);
    await hq.login('hq', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it.each([
    ['spaces', '   '],
    ['a line break and an ideographic space', '\n\u3000'],
    ['a zero-width space', '\u200b'],
    ['zero-width joiners and a word joiner', ' \u200c\u200d\u2060 '],
  ])('refuses a comment of %s at /body, in Chinese and in English', async (_, text) => {
    const zh = await hq.request('POST', `/api/tasks/${TASK}/comments`, { body: text });
    expect(zh.status).toBe(422);
    expect(zh.body.error.details).toEqual([{ path: '/body', message: '请填写评论内容' }]);
    hq.locale = 'en';
    const en = await hq.request('POST', `/api/tasks/${TASK}/comments`, { body: text });
    hq.locale = 'zh-CN';
    expect(en.body.error.details).toEqual([{ path: '/body', message: 'Write the comment' }]);
    const shown = await hq.request('GET', `/api/tasks/${TASK}`);
    expect(shown.body.comments).toEqual([]);
  });

  it.each([
    ['two spaces', '  '],
    ['a space and a zero-width space', ' \u200b'],
  ])('refuses a reason for reassigning of %s at /reason, in Chinese and in English', async (_, reason) => {
    const cadre = await app.db('users').where({ username: 'cadre1' }).first('id');
    const zh = await hq.request('POST', `/api/tasks/${TASK}/reassign`, { userId: cadre.id, reason });
    expect(zh.status).toBe(422);
    expect(zh.body.error.details).toEqual([{ path: '/reason', message: '请填写至少 2 个字的原因' }]);
    hq.locale = 'en';
    const en = await hq.request('POST', `/api/tasks/${TASK}/reassign`, { userId: cadre.id, reason });
    hq.locale = 'zh-CN';
    expect(en.body.error.details).toEqual([{ path: '/reason', message: 'Give a reason of at least 2 characters' }]);
  });

  it('keeps a comment without the spaces around it, and shows it with the task', async () => {
    const posted = await hq.request('POST', `/api/tasks/${TASK}/comments`, { body: '  已电话联系企业  ' });
    expect(posted).toMatchObject({ status: 201, body: { comment: { body: '已电话联系企业' } } });
    const shown = await hq.request('GET', `/api/tasks/${TASK}`);
    expect(shown.body.comments.map((c: { body: string }) => c.body)).toEqual(['已电话联系企业']);
  });
});
