// A person chooses channels per kind of notice and quiet hours on their account page; admins read them; every email
// that reaches that person honours them: a kind turned off leaves no row, one in quiet hours waits in the outbox,
// queued until the quiet hours end, and the held-mail pass sends it then — exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmailActivities } from '#activities/email-activities';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import type { Mailer, OutgoingMail } from '#core/mail/mailer';
import { createTemplateRenderer } from '#core/mail/template-renderer';
import { sendHeldMail } from '#core/notify/held-mail';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { HttpSession } from '#scripts/kit/http-session';

describe('notification preferences', () => {
  let app: BareApp;
  let ent: HttpSession;
  let cadre: HttpSession;
  let admin: HttpSession;

  beforeAll(async () => {
    app = await startBareApp();
    [ent, cadre, admin] = [new HttpSession(app.baseUrl), new HttpSession(app.baseUrl), new HttpSession(app.baseUrl)];
    await ent.login('ent02', DEMO_PASSWORD);
    await cadre.login('cadre2', DEMO_PASSWORD);
    await admin.login('admin', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('shows a liaison the role defaults, saves their choices, audits them, and lets an admin read them', async () => {
    const before = await ent.request('GET', '/api/me/notification-preferences');
    expect(before.status).toBe(200);
    const sms = before.body.preferences.choices.filter((c: { channel: string; enabled: boolean }) => c.channel === 'sms' && c.enabled);
    expect(sms.map((c: { purposeClass: string }) => c.purposeClass)).toEqual(['alerts', 'reminders']);
    expect(before.body.preferences.quietHours).toContainEqual({
      channel: 'sms',
      hours: { start: '22:00', end: '07:00' },
      byDefault: { start: '22:00', end: '07:00' },
    });

    const saved = await ent.request('PUT', '/api/me/notification-preferences', {
      choices: [{ purposeClass: 'bulletins', channel: 'email', enabled: false }],
      quietHours: [{ channel: 'email', hours: { start: '21:30', end: '08:00' } }],
    });
    expect(saved.status).toBe(200);
    expect(saved.body.preferences.choices).toContainEqual({
      purposeClass: 'bulletins',
      channel: 'email',
      enabled: false,
      locked: false,
      byDefault: true,
    });
    const me = await app.db('users').where({ username: 'ent02' }).first('id');
    const audit = await app.db('audit_log').where({ action: 'notification-preferences.changed' }).orderBy('id', 'desc').first();
    expect(audit).toBeDefined();

    const read = await admin.request('GET', `/api/users/${me.id}/notification-preferences`);
    expect(read.status).toBe(200);
    expect(read.body.preferences.quietHours).toContainEqual({ channel: 'email', hours: { start: '21:30', end: '08:00' }, byDefault: null });
    expect((await ent.request('GET', `/api/users/${me.id}/notification-preferences`)).status).toBe(403);
  });

  it('keeps no change whose audit entry could not be written (one transaction)', async () => {
    const change = { choices: [{ purposeClass: 'reminders', channel: 'sms', enabled: false }] };
    const choice = { purposeClass: 'reminders', channel: 'sms' };
    const before = (await ent.request('GET', '/api/me/notification-preferences')).body.preferences.choices;
    expect(before).toContainEqual(expect.objectContaining({ ...choice, enabled: true }));
    await app.db.raw(
      `create trigger no_preference_audit before insert on audit_log when new.action = 'notification-preferences.changed'
       begin select raise(abort, 'audit refused'); end`,
    );
    try {
      expect((await ent.request('PUT', '/api/me/notification-preferences', change)).status).toBe(500);
    } finally {
      await app.db.raw('drop trigger no_preference_audit');
    }
    const after = (await ent.request('GET', '/api/me/notification-preferences')).body.preferences.choices;
    expect(after).toEqual(before);
  });

  it('refuses to turn a cadre’s email off, naming the field', async () => {
    const answer = await cadre.request('PUT', '/api/me/notification-preferences', {
      choices: [{ purposeClass: 'tasks', channel: 'email', enabled: false }],
    });
    expect(answer.status).toBe(422);
    expect(answer.body.error.details).toEqual([{ path: '/choices/0/enabled', message: '包挂干部须始终接收邮件通知' }]);
  });

  it('refuses a kind and channel, or a channel’s quiet hours, set twice, at the repeat, and keeps nothing', async () => {
    const change = {
      choices: [
        { purposeClass: 'bulletins', channel: 'email', enabled: false },
        { purposeClass: 'alerts', channel: 'sms', enabled: true },
        { purposeClass: 'bulletins', channel: 'email', enabled: true },
      ],
      quietHours: [
        { channel: 'sms', hours: null },
        { channel: 'sms', hours: { start: '21:00', end: '07:00' } },
      ],
    };
    const before = (await ent.request('GET', '/api/me/notification-preferences')).body.preferences;
    const audits = await app.db('audit_log').where({ action: 'notification-preferences.changed' }).count({ n: '*' }).first();
    const zh = await ent.request('PUT', '/api/me/notification-preferences', change);
    expect(zh.status).toBe(422);
    expect(zh.body.error.details).toEqual([
      { path: '/choices/2', message: '与第 1 项重复：同一类通知的同一渠道只能设置一次' },
      { path: '/quietHours/1', message: '与第 1 项重复：每个渠道的免打扰时段只能设置一次' },
    ]);
    const english = new HttpSession(app.baseUrl);
    english.locale = 'en';
    await english.login('ent02', DEMO_PASSWORD);
    const en = await english.request('PUT', '/api/me/notification-preferences', change);
    expect(en.body.error.details).toEqual([
      { path: '/choices/2', message: 'repeats item 1: set each kind of notice on each channel once' },
      { path: '/quietHours/1', message: 'repeats item 1: give each channel its quiet hours once' },
    ]);
    expect((await ent.request('GET', '/api/me/notification-preferences')).body.preferences).toEqual(before);
    expect(await app.db('audit_log').where({ action: 'notification-preferences.changed' }).count({ n: '*' }).first()).toEqual(audits);
  });

  it('leaves no row for a kind turned off, holds one in quiet hours until they end, then sends it once', async () => {
    const user = await app.db('users').where({ username: 'ent02' }).first('id', 'email');
    const sent: OutgoingMail[] = [];
    const mailer: Mailer = { send: async (mail) => void sent.push(mail), close: () => {} };
    // 23:00 Beijing time: inside the 21:30–08:00 quiet hours saved above.
    let clock = Date.parse('2026-02-17T15:00:00.000Z');
    const email = createEmailActivities({
      db: app.db,
      renderer: createTemplateRenderer('Asia/Shanghai'),
      mailer,
      from: 'noreply@fugong.local',
      now: () => new Date(clock),
    });
    const data = { recipientName: '联络员', formTitle: '每日进度报告', submissionId: 'x', receivedAt: '2026-02-17T15:00:00.000Z' };
    const skipped = await email.sendEmail({
      key: `prefs/${clock}/bulletin`,
      template: 'collection-bulletin',
      locale: 'zh-CN',
      to: user.email,
      data: {},
    });
    expect(skipped).toEqual({ outboxId: 0, status: 'skipped' });
    expect(
      await app
        .db('outbox')
        .where({ idempotency_key: `prefs/${clock}/bulletin` })
        .first(),
    ).toBeUndefined();

    const held = await email.sendEmail({
      key: `prefs/${clock}/receipt`,
      template: 'submission-received',
      locale: 'zh-CN',
      to: user.email,
      data,
    });
    expect(held.status).toBe('outbox');
    expect(sent).toEqual([]);
    const row = await app.db('outbox').where({ id: held.outboxId }).first('status', 'next_attempt_at');
    expect(row).toEqual({ status: 'queued', next_attempt_at: '2026-02-18T00:00:00.000Z' });

    expect(await sendHeldMail(app.db, mailer, 'noreply@fugong.local', new Date(clock))).toBe(0);
    clock = Date.parse('2026-02-18T00:00:00.000Z');
    expect(await sendHeldMail(app.db, mailer, 'noreply@fugong.local', new Date(clock))).toBe(1);
    expect(await sendHeldMail(app.db, mailer, 'noreply@fugong.local', new Date(clock))).toBe(0);
    expect(sent.map((m) => m.to)).toEqual([user.email]);
    expect(await app.db('outbox').where({ id: held.outboxId }).first('status')).toEqual({ status: 'sent' });
  });
});
