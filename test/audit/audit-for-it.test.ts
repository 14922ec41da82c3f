// What a city's IT team needs from the audit log: every sign-in attempt with the client's address (as express reads it
// behind the configured proxy), the throttled ones too; the log as a CSV with the page's filters, words and zone,
// itself audited and for admins only; and uploads named by their file (and case), never by their UUID.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { ATTEMPTS_PER_ACCOUNT_AND_ADDRESS } from '#web/server/session/login-limiter';
import { HttpSession, signedIn } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { addUpload, addUser } from '../uploads/upload-fixtures';

interface Entry {
  action: string;
  targetType: string;
  targetId: string;
  targetName: string | null;
  summary: Record<string, unknown>;
  described: string[];
}

describe('the audit log for an IT team', () => {
  let app: BareApp;
  let admin: HttpSession;
  beforeAll(async () => {
    app = await startBareApp({ env: { FUGONG_TIME_ZONE: 'Asia/Shanghai' } });
    admin = await signedIn(app.baseUrl, 'admin');
  });
  afterAll(() => app?.stop());

  const entries = async (query: string, session = admin): Promise<Entry[]> => {
    const answer = await session.request('GET', `/api/audit?${query}`);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return answer.body.entries;
  };
  const signIn = async (username: string, password: string, forwardedFor: string) => {
    const browser = new HttpSession(app.baseUrl);
    browser.csrfToken = (await browser.request('GET', '/api/session')).body.csrfToken;
    return browser.request('POST', '/api/session', { username, password }, { headers: { 'x-forwarded-for': forwardedFor } });
  };

  it('records the client address of failed, throttled and successful sign-ins, as the trusted proxy names it', async () => {
    // What was typed names no account (a password typed into the username box): the log keeps its first character and
    // length, never the text; the limiter still counts the text as typed.
    const typed = `Pw-${randomUUID().slice(0, 8)}!`;
    const masked = `P***(${typed.length})`;
    for (let attempt = 0; attempt < ATTEMPTS_PER_ACCOUNT_AND_ADDRESS; attempt += 1)
      expect((await signIn(typed, 'wrong', '203.0.113.7')).status).toBe(401);
    const throttled = await signIn(typed, 'wrong', '203.0.113.7');
    expect(throttled.status).toBe(429);
    expect((await signIn(typed, 'wrong', '203.0.113.7')).status).toBe(429);
    // Another text with the same mask is counted on its own.
    expect((await signIn(`Pw-${randomUUID().slice(0, 8)}!`, 'wrong', '203.0.113.7')).status).toBe(401);

    const failedAnswer = await admin.request('GET', `/api/audit?action=session.login_failed&targetId=${encodeURIComponent(masked)}`);
    expect(JSON.stringify(failedAnswer.body)).not.toContain(typed);
    const failed: Entry[] = failedAnswer.body.entries;
    expect(failed).toHaveLength(ATTEMPTS_PER_ACCOUNT_AND_ADDRESS + 1);
    expect(failed[0]!.summary).toEqual({ clientIp: '203.0.113.7' });
    expect(failed[0]!.described).toEqual(['来源 IP：203.0.113.7']);
    expect(failed[0]!.targetId).toBe(masked);
    expect(failed[0]!.targetName).toBe(`P***（${typed.length}个字符）`);

    const refused = await entries(`action=session.login_throttled&targetId=${encodeURIComponent(masked)}`);
    expect(refused).toHaveLength(2);
    expect(refused[0]!.summary).toMatchObject({ clientIp: '203.0.113.7' });
    expect(refused[0]!.described[0]).toBe('来源 IP：203.0.113.7');
    expect(refused[0]!.described[1]).toMatch(/^需等待（秒）：\d+$/);

    for (const lang of ['zh-CN', 'en']) {
      const csv = new TextDecoder().decode((await admin.download(`/api/audit/export.csv?action=session.login_&lang=${lang}`)).bytes);
      expect(csv).not.toContain(typed);
      expect(csv).toContain(lang === 'en' ? `,P*** (${typed.length} characters),` : `,P***（${typed.length}个字符）,`);
    }

    // An account's username is kept as typed: IT sees which account is being tried.
    expect((await signIn('cadre2', 'wrong', '198.51.100.9')).status).toBe(401);
    const [tried] = await entries('action=session.login_failed&targetId=cadre2');
    expect(tried).toMatchObject({ targetId: 'cadre2', summary: { clientIp: '198.51.100.9' } });

    expect((await signIn('cadre1', DEMO_PASSWORD, '198.51.100.4')).status).toBe(200);
    const [login] = await entries('action=session.login&actor=cadre1&limit=1');
    expect(login!.described).toEqual(['来源 IP：198.51.100.4']);
  });

  it('exports what the page’s filters find as CSV: BOM, the server’s zone, the page’s words; audited, admins only', async () => {
    const typed = `export-${randomUUID().slice(0, 8)}`;
    await app.db('audit_log').insert({
      actor_id: null,
      actor_role: null,
      action: 'session.login_failed',
      target_type: 'user',
      target_id: typed,
      summary: JSON.stringify({ clientIp: '192.0.2.9' }),
      request_id: 'req-export-test',
      created_at: '2026-12-04T16:30:00.000Z',
    });
    const download = await admin.download(`/api/audit/export.csv?targetId=${typed}&action=session.&lang=zh-CN`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="?audit-\d{4}-\d{2}-\d{2}\.csv"?$/);
    expect([...download.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(download.bytes); // the decoder drops the BOM
    expect(text.split('\n')[0]).toBe('时间（北京时间）,操作人,用户名,角色,操作,对象类型,对象,变更内容,操作代码,请求编号');
    // 16:30 UTC is half past midnight the next day in Beijing.
    expect(text.split('\n')[1]).toBe(
      `2026-12-05 00:30:00,系统或未登录,,,登录失败,用户,${typed},来源 IP：192.0.2.9,session.login_failed,req-export-test`,
    );
    expect(text.trim().split('\n')).toHaveLength(2);

    const english = new TextDecoder().decode((await admin.download(`/api/audit/export.csv?targetId=${typed}&lang=en`)).bytes);
    expect(english).toContain('Time (Beijing time),Actor,Username,Role,Action,Target type,Target,Change,Action code,Request id');
    expect(english).toContain('System or anonymous,,,Failed sign-in,User,');
    expect(english).toContain('Client IP: 192.0.2.9');

    const [audited] = await entries('action=audit.export&limit=1');
    expect(audited).toMatchObject({ targetType: 'audit', targetName: '审计日志', summary: { targetId: typed, rows: 1 } });
    expect(audited!.summary).not.toHaveProperty('lang');
    expect(audited!.described).toContain(`筛选：对象编号：${typed}`);
    expect(audited!.described).toContain('导出条数：1');

    const hq = await signedIn(app.baseUrl, 'hq');
    const refused = await hq.request('GET', '/api/audit/export.csv');
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');
  });

  it('names an upload by its file and the case it is attached to, never by its UUID', async () => {
    const at = new Date().toISOString();
    const owner = await addUser(app.db, `uploader-${randomUUID().slice(0, 8)}`, at);
    const loose = await addUpload(app.db, owner, at);
    const attached = await addUpload(app.db, owner, at);
    const gone = randomUUID();
    await app.db('uploads').where('id', attached).update({ file_name: '复工承诺书.pdf' });
    const caseNumber = `KN-TEST-${randomUUID().slice(0, 6)}`;
    const submissionId = randomUUID();
    await app.db('submissions').insert({
      id: submissionId,
      form_key: 'resumption-readiness',
      form_version: 1,
      user_id: owner,
      data: JSON.stringify({ licence: [`upload:${attached}`] }),
      status: 'submitted',
      workflow_id: `test/${submissionId}`,
      case_number: caseNumber,
      created_at: at,
      updated_at: at,
    });
    const audit = (id: string, action: string, summary: unknown) => ({
      actor_id: owner,
      actor_role: 'enterprise',
      action,
      target_type: 'upload',
      target_id: id,
      summary: JSON.stringify(summary),
      request_id: randomUUID(),
      created_at: at,
    });
    await app
      .db('audit_log')
      .insert([
        audit(loose, 'upload.create', { fileName: 'x.png', size: 1 }),
        audit(attached, 'upload.create', { fileName: '复工承诺书.pdf', size: 2 }),
        audit(gone, 'upload.expired', { fileName: '过期照片.jpg', size: 3 }),
      ]);
    const byId = async (id: string) => (await entries(`targetType=upload&targetId=${id}`))[0]!;
    expect((await byId(loose)).targetName).toBe(`${loose.slice(0, 8)}.png`);
    expect((await byId(attached)).targetName).toBe(`复工承诺书.pdf（案件 ${caseNumber}）`);
    expect((await byId(gone)).targetName).toBe('过期照片.jpg');
    const english = await signedIn(app.baseUrl, 'admin', { locale: 'en' });
    expect((await entries(`targetType=upload&targetId=${attached}`, english))[0]!.targetName).toBe(`复工承诺书.pdf (case ${caseNumber})`);
    for (const id of [loose, attached, gone]) {
      const csv = new TextDecoder().decode((await admin.download(`/api/audit/export.csv?targetType=upload&targetId=${id}`)).bytes);
      expect(csv).toContain('上传文件');
      expect(csv).not.toContain(id);
    }
  });
});
