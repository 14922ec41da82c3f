// Admins see texts in the outbox with the mobile masked (in the list, in a submission's messages, in the filter), may
// retry a dead text now (audited), and only admins may.
import { describe, expect, it } from 'vitest';
import { enqueueSms } from '#core/notify/sms-outbox';
import { adminAppForSuite, signedIn } from '../helpers/admin-app';

const MOBILE = '13987654321';

describe('texts in the admin outbox', () => {
  const suite = adminAppForSuite();

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
      expect.objectContaining({ id: row.id, channel: 'sms', to: 'sms:139****4321', status: 'outbox', retryable: false }),
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
});
