// Overdue texts to the enterprise liaison's mobile (issue 22): with `overdueSms` in the round's pinned params, the
// overdue step to the enterprise also queues one SMS per overdue enterprise with a liaison mobile, through the notice
// (so the liaison's account lends its locale, preferences and quiet hours); a retried page queues nothing more; without
// the param, no text. The activity runs directly; the texts leave through the real SMS dispatcher and Alibaba Cloud
// adapter to the fake SMS server on loopback, which checks each request's signature.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { createActivities } from '#activities/index';
import { prepareDatabase } from '#core/bootstrap';
import { createTemplateRenderer } from '#core/mail/template-renderer';
import { savePreferences } from '#core/stores/notify/preference-store';
import { shownAddress } from '#core/notify/sms-address';
import { createSmsDispatcher } from '#core/notify/sms-dispatcher';
import { createAliyunSmsProvider } from '#core/notify/sms-provider';
import { startFakeSmsServer, type FakeSmsServer } from '#scripts/kit/fake-sms-server';
import { openSqlite } from '../helpers/test-db';
import { publishCopy, TZ } from './collection-harness';

const ACCOUNT = { accessKeyId: 'LTAItestkey', accessKeySecret: 'test-secret-0123456789', signName: '复工', templateCode: 'SMS_24680' };
// 10:00 in Shanghai: outside every quiet hour, whatever the day.
const NOW = new Date('2026-03-02T02:00:00.000Z');

describe('overdue texts to the enterprise liaison', () => {
  let db: Knex;
  let fake: FakeSmsServer;

  beforeAll(async () => {
    db = await openSqlite();
    await prepareDatabase(db, { seedDemo: true });
  });
  beforeEach(async () => {
    fake = await startFakeSmsServer({ ...ACCOUNT, now: () => NOW.getTime(), perMinute: 1000 });
  });
  afterEach(async () => {
    await fake.stop();
  });
  afterAll(async () => {
    await db?.destroy();
  });

  async function overdueRound(overdueSms: boolean | undefined) {
    const form = await publishCopy(db, 'daily-report', (params) => {
      if (overdueSms !== undefined) params.overdueSms = overdueSms;
    });
    const activities = createActivities({
      db,
      renderer: createTemplateRenderer(TZ),
      from: 'noreply@fugong.local',
      timeZone: TZ,
      now: () => NOW,
      sms: { configured: true, signName: ACCOUNT.signName },
    });
    const roundId = `overdue-sms-${randomUUID()}`;
    const deadline = new Date(NOW.getTime() - 60_000).toISOString();
    const opened = await activities.openCollectionRound({
      formKey: form.key,
      at: new Date(NOW.getTime() - 3_600_000).toISOString(),
      workflowId: `round-${roundId}`,
      campaign: { roundId, deadline, openedBy: null },
    });
    expect(opened.roundId).toBe(roundId);
    await activities.closeCollectionRound({ roundId });
    const page = () =>
      activities.sendCollectionNotices({
        roundId,
        kind: 'escalate',
        index: 0,
        to: 'enterprise',
        template: opened.templates.overdue,
        cursor: null,
        limit: 500,
      });
    const dispatcher = createSmsDispatcher({
      db,
      provider: createAliyunSmsProvider({ url: fake.url, ...ACCOUNT }, () => NOW),
      perMinute: 1000,
      now: () => NOW,
    });
    const texts = () =>
      db('outbox').where({ channel: 'sms' }).andWhere('idempotency_key', 'like', `collection/${roundId}/%`).orderBy('id').select();
    return { roundId, page, dispatcher, texts };
  }

  // The overdue enterprises of the round that have a liaison mobile, by id.
  async function liaisons(roundId: string) {
    return db('collection_reports as r')
      .join('enterprises as e', 'e.id', 'r.enterprise_id')
      .where({ 'r.round_id': roundId, 'r.status': 'missed' })
      .whereNotNull('e.liaison_mobile')
      .orderBy('e.id')
      .select('e.id', 'e.name', 'e.liaison_mobile', 'e.liaison_email');
  }

  it('texts each overdue enterprise’s liaison once, in the liaison’s language, even when the page is retried', async () => {
    // Give two enterprises liaison mobiles; one liaison has an English account (same email as an enterprise user).
    const users = await db('users').where({ role: 'enterprise', active: true }).whereNotNull('email').orderBy('id').limit(2);
    expect(users.length).toBe(2);
    await db('enterprises').update({ liaison_mobile: null });
    await db('enterprises').where({ id: users[0].enterprise_id }).update({ liaison_mobile: '13900000001', liaison_email: null });
    await db('enterprises')
      .where({ id: users[1].enterprise_id })
      .update({ liaison_mobile: '13900000002', liaison_email: String(users[1].email).toUpperCase() });
    const previousLocale = users[1].locale;
    await db('users').where({ id: users[1].id }).update({ locale: 'en' });
    try {
      const round = await overdueRound(true);
      await round.page();
      await round.page(); // the activity retried after a crash: same keys, no new rows
      const expected = await liaisons(round.roundId);
      expect(expected.length).toBe(2);
      const rows = await round.texts();
      expect(rows.length).toBe(2);
      expect(rows.map((row) => row.template)).toEqual(['collection-overdue', 'collection-overdue']);
      expect(rows.every((row) => [...String(row.text_body)].length <= 70 - ACCOUNT.signName.length - 2)).toBe(true);

      while ((await round.dispatcher.drainOnce()).sent > 0);
      expect(fake.refused).toEqual([]);
      expect(fake.received.map((m) => m.mobile).sort()).toEqual(['13900000001', '13900000002']);
      const zh = fake.received.find((m) => m.mobile === '13900000001')!;
      const en = fake.received.find((m) => m.mobile === '13900000002')!;
      expect(zh.text).toContain(expected.find((e) => e.liaison_mobile === '13900000001')!.name.slice(0, 4));
      expect(zh.text).toContain('补报');
      expect(en.text).toContain('overdue');
      // Keys name the number by digest; every reader and log line sees it masked.
      expect(rows.every((row) => !String(row.idempotency_key).includes('1390000000'))).toBe(true);
      expect(rows.map((row) => shownAddress('sms', String(row.to_address))).sort()).toEqual(['sms:139****0001', 'sms:139****0002']);
      // Retried after delivery: still one text each.
      await round.page();
      while ((await round.dispatcher.drainOnce()).sent > 0);
      expect(fake.received.length).toBe(2);
    } finally {
      await db('users').where({ id: users[1].id }).update({ locale: previousLocale });
    }
  });

  it('leaves the text out for a liaison whose account turned SMS reminders off', async () => {
    const user = await db('users').where({ role: 'enterprise', active: true }).whereNotNull('email').orderBy('id').first();
    await db('enterprises').update({ liaison_mobile: null });
    await db('enterprises').where({ id: user.enterprise_id }).update({ liaison_mobile: '13900000004', liaison_email: user.email });
    await savePreferences(
      db,
      Number(user.id),
      { choices: [{ purposeClass: 'reminders', channel: 'sms', enabled: false }], quietHours: [] },
      NOW.toISOString(),
    );
    try {
      const round = await overdueRound(true);
      await round.page();
      expect((await liaisons(round.roundId)).map((e) => e.liaison_mobile)).toEqual(['13900000004']);
      expect(await round.texts()).toEqual([]);
    } finally {
      await db('notification_preferences').where({ user_id: user.id }).delete();
    }
  });

  it('sends no text when the definition does not ask for it (the default) or turns it off', async () => {
    const users = await db('users').where({ role: 'enterprise', active: true }).orderBy('id').limit(1);
    await db('enterprises').where({ id: users[0].enterprise_id }).update({ liaison_mobile: '13900000003' });
    for (const overdueSms of [undefined, false]) {
      const round = await overdueRound(overdueSms);
      const emails = await round.page();
      expect(emails.sent).toBeGreaterThan(0);
      expect((await liaisons(round.roundId)).length).toBeGreaterThan(0);
      expect(await round.texts()).toEqual([]);
    }
    expect(fake.received).toEqual([]);
  });
});
