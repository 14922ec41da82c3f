// Admins see texts in the outbox with the mobile masked (in the list, in a submission's messages, in the filter), may
// retry a dead text now (audited), and only admins may. A text to a quarantined worker shows what it said with the
// worker's name masked; one recorded before such a copy was kept says what is held back and why.
import { describe, expect, it } from 'vitest';
import { createQuarantineChannelActivities } from '#activities/quarantine-channel-activities';
import { LOCALES } from '#core/domain/locale';
import { recordGateCheck } from '#core/gate/record-gate-check';
import { enqueueSms } from '#core/notify/sms-outbox';
import { createSmsRenderer } from '#core/notify/sms-renderer';
import { SMS_HELD_BACK } from '#web/server/outbox/shown-content';
import { adminAppForSuite, signedIn } from '../helpers/admin-app';
import { GATE_CHECK, GATE_PARAMS, demoGateOfficer, feverGateCheck } from '../helpers/gate-quarantine';
import { createTestNotifier } from '../helpers/test-notifier';

const MOBILE = '13987654321';
const WORKER = { name: '欧阳明华', mobile: '13600001111' };

describe('texts in the admin outbox', () => {
  // An SMS gateway configured: a text is resent only where texts can leave (test/notify/channel-resend-routes.test.ts).
  const suite = adminAppForSuite({
    SMS_PROVIDER_URL: 'https://sms.example.test/',
    SMS_ACCESS_KEY_ID: 'id',
    SMS_ACCESS_KEY_SECRET: 'secret',
    SMS_SIGN_NAME: '复工',
    SMS_TEMPLATE_CODE: 'SMS_1',
  });

  it('lists a text with its mobile masked and filters by the sms channel', async () => {
    const at = new Date().toISOString();
    const row = await enqueueSms(suite.app.db, {
      key: 'routes/sms/1',
      purpose: 'quarantine-cleared',
      locale: 'zh-CN',
      mobile: MOBILE,
      text: '赵六您好：您的隔离观察已解除。',
      deliverable: false,
      at,
    });
    const answer = await suite.admin.request('GET', '/api/outbox?channel=sms');
    expect(answer.status).toBe(200);
    expect(answer.body.messages).toEqual([
      expect.objectContaining({
        id: row.id,
        channel: 'sms',
        to: 'sms:139****4321',
        status: 'outbox',
        retryable: false,
        content: 'as-sent',
        text: '赵六您好：您的隔离观察已解除。',
      }),
    ]);
    expect(JSON.stringify(answer.body)).not.toContain(MOBILE);
    expect(JSON.stringify((await suite.admin.request('GET', '/api/outbox')).body)).not.toContain(MOBILE);
  });

  it('retries a dead text now, audited; refuses anyone but an admin and a row that cannot be sent', async () => {
    const at = new Date().toISOString();
    const dead = await enqueueSms(suite.app.db, {
      key: 'routes/sms/2',
      purpose: 'quarantine-cleared',
      locale: 'zh-CN',
      mobile: MOBILE,
      text: '解除',
      deliverable: true,
      at,
    });
    await suite.app
      .db('outbox')
      .where({ id: dead.id })
      .update({ status: 'dead', attempts: 8, last_error: 'isp.SYSTEM_ERROR: system error' });
    const listed = (await suite.admin.request('GET', '/api/outbox?channel=sms&status=dead')).body.messages;
    expect(listed).toEqual([
      expect.objectContaining({ id: dead.id, retryable: true, to: 'sms:139****4321', lastError: 'isp.SYSTEM_ERROR: system error' }),
    ]);
    const hq = await signedIn(suite.app, 'hq');
    expect((await hq.request('POST', `/api/outbox/${dead.id}/retry`, {})).status).toBe(403);
    const retried = await suite.admin.request('POST', `/api/outbox/${dead.id}/retry`, {});
    expect(retried).toMatchObject({ status: 200, body: { id: dead.id, status: 'queued', attempts: 0 } });
    const audit = await suite.app
      .db('audit_log')
      .where({ action: 'outbox.retried', target_id: String(dead.id) })
      .select();
    expect(audit).toHaveLength(1);
    const invalid = await enqueueSms(suite.app.db, {
      key: 'routes/sms/3',
      purpose: 'quarantine-cleared',
      locale: 'zh-CN',
      mobile: '123',
      text: '解除',
      deliverable: true,
      at,
    });
    expect((await suite.admin.request('POST', `/api/outbox/${invalid.id}/retry`, {})).status).toBe(409);
  });

  it.each(LOCALES)('shows a quarantined worker’s text with the name masked, never the name, mobile or resident ID (%s)', async (locale) => {
    const { db } = suite.app;
    const gate = await demoGateOfficer(db);
    const newest = await db('form_definitions').where({ key: GATE_CHECK.key }).max('version as version').first();
    const formVersion = Number((newest as { version: number }).version);
    const input = await feverGateCheck(db, gate, WORKER, { params: GATE_PARAMS, formVersion, submitterName: '门岗' });
    const id = input.submissionId;
    const at = new Date().toISOString();
    // What the monitoring workflow's first steps do, without a Temporal server: record the check (a quarantine),
    // then announce its start on the channels beside email (the worker's text; no robot is named).
    await recordGateCheck(db, {
      checkId: id,
      projectId: gate.project_id,
      officerId: gate.id,
      formVersion,
      data: input.data,
      params: GATE_PARAMS,
      at,
    });
    const notifier = createTestNotifier(db, { sms: { renderer: createSmsRenderer('Asia/Shanghai'), deliverable: false } });
    const channels = createQuarantineChannelActivities({ db, notifier, links: { publicUrl: 'http://fugong.test' } });
    await channels.sendQuarantineChannels({
      key: `routes/sms/masked/${locale}`,
      quarantineId: id,
      moment: 'started',
      alerts: { started: { robots: [] } },
      data: {},
    });
    // A text recorded before the masked copy was kept: the outbox says what it holds back.
    const earlier = await enqueueSms(db, {
      key: `routes/sms/earlier/${locale}`,
      purpose: 'quarantine-cleared',
      locale: 'zh-CN',
      mobile: WORKER.mobile,
      text: `${WORKER.name}您好：您的隔离观察已解除。`,
      submissionId: id,
      deliverable: false,
      at,
    });
    const sent = await db('outbox').where({ submission_id: id, channel: 'sms', template: 'quarantine-alert' }).first('id', 'text_body');
    expect(sent.text_body).toMatch(/^欧阳明华您好：您在.+入场检查后需隔离观察至/);

    const admin = await signedIn(suite.app, 'admin');
    admin.locale = locale;
    const answer = await admin.request('GET', `/api/outbox?channel=sms&submissionId=${id}`);
    expect(answer.status).toBe(200);
    const byId = new Map(answer.body.messages.map((m: { id: number }) => [m.id, m]));
    const masked = String(sent.text_body).replace(WORKER.name, '欧***');
    expect(byId.get(Number(sent.id))).toMatchObject({ content: 'masked', subject: masked, text: masked, html: '', to: 'sms:136****1111' });
    expect(byId.get(earlier.id)).toMatchObject({ content: 'hidden', text: SMS_HELD_BACK[locale], to: 'sms:136****1111' });
    const body = JSON.stringify(answer.body);
    for (const secret of [WORKER.name, WORKER.mobile, String(input.data.residentId)]) expect(body).not.toContain(secret);
    // The note about what is held back reads in the admin's language only.
    expect(SMS_HELD_BACK[locale]).not.toMatch(locale === 'en' ? /[\u4e00-\u9fff]/ : /[A-Za-z]/);
  });

  it.each(LOCALES)(
    'shows a quarantine’s group-robot alert as the group read it: 欧***, not the markdown’s 欧\\*\\*\\* (%s)',
    async (locale) => {
      const { db } = suite.app;
      const gate = await demoGateOfficer(db);
      const newest = await db('form_definitions').where({ key: GATE_CHECK.key }).max('version as version').first();
      const formVersion = Number((newest as { version: number }).version);
      const input = await feverGateCheck(db, gate, WORKER, { params: GATE_PARAMS, formVersion, submitterName: '门岗' });
      const id = input.submissionId;
      await recordGateCheck(db, {
        checkId: id,
        projectId: gate.project_id,
        officerId: gate.id,
        formVersion,
        data: input.data,
        params: GATE_PARAMS,
        at: new Date().toISOString(),
      });
      const notifier = createTestNotifier(db);
      const channels = createQuarantineChannelActivities({ db, notifier, links: { publicUrl: 'http://fugong.test' } });
      await channels.sendQuarantineChannels({
        key: `routes/robot/masked/${locale}`,
        quarantineId: id,
        moment: 'started',
        alerts: { started: { robots: ['site-group'] }, workerSms: false },
        data: {},
      });
      // What the group's chat was sent stays markdown, the masked name escaped so that it stays text.
      const posted = await db('outbox').where({ submission_id: id, channel: 'wecom-robot' }).first('id', 'text_body');
      expect(posted.text_body).toContain('人员 欧\\*\\*\\* 经门岗检查开始隔离观察');

      const admin = await signedIn(suite.app, 'admin');
      admin.locale = locale;
      const answer = await admin.request('GET', `/api/outbox?channel=wecom-robot&submissionId=${id}`);
      expect(answer.status).toBe(200);
      const [shown] = answer.body.messages;
      expect(shown).toMatchObject({ id: Number(posted.id), content: 'masked', html: '' });
      expect(shown.subject).toMatch(/^隔离观察开始 · \S/);
      expect(shown.text).toContain('人员 欧*** 经门岗检查开始隔离观察');
      expect(shown.text).toMatch(/\n查看隔离登记：http:\/\/fugong\.test\/#\/register$/);
      for (const mark of ['\\', '###', '](']) expect(shown.text).not.toContain(mark);
      expect(JSON.stringify(answer.body)).not.toContain(WORKER.name);
    },
  );
});
