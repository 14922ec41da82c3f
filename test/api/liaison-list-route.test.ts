// The liaison list the notice has "fed back to the mailbox of the Construction Market Supervision Office" (000 §III.1),
// sent again on demand: HQ or an admin mails a liaison round's list, as it stands, to the mailbox the settings mark
// (the demo data marks the notice's sjwjzyglc@jn.shandong.cn); each request is its own email, audited with who asked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicId } from '#core/domain/public-id';
import { HttpSession, signedIn } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { insertLiaisonRound } from '../helpers/liaison-round';
import { testDatabases } from '../helpers/test-db';

const OFFICE = 'sjwjzyglc@jn.shandong.cn';

// On both databases: the list's query joins the current cadre, the rounds' list reads params beside grouped counts.
describe.each(testDatabases())('liaison list on demand ($name)', (database) => {
  let app: BareApp;
  let roundId: string;

  beforeAll(async () => {
    app = await startBareApp({ database });
    await app
      .db('enterprises')
      .where({ id: 1 })
      .update({ liaison_name: '张三', liaison_mobile: '13800138000', liaison_email: 'zs@example.com' });
    roundId = await insertLiaisonRound(app.db);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('mails HQ’s request to the office with the liaisons’ mobiles in full and those still missing, and audits who asked', async () => {
    const hq = await signedIn(app.baseUrl, 'hq');
    const rounds = (await hq.request('GET', '/api/collections/rounds')).body.rounds;
    expect(rounds.find((r: { roundKey: string }) => r.roundKey === roundId)).toMatchObject({ id: publicId(roundId), liaisonList: true });

    const answer = await hq.request('POST', `/api/collections/rounds/${publicId(roundId)}/liaison-list`);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body).toEqual({ sent: 1, to: [OFFICE], designated: 1, missing: 1 });
    const mail = await app.db('outbox').where('idempotency_key', 'like', `collection/${roundId}/liaison-list/request-%`).first();
    expect(mail.to_address).toBe(OFFICE);
    expect(mail.subject).toBe('【复工】《工作联络员指定》联络员名单：1 家已指定，1 家尚未指定');
    const [one, six] = await app.db('enterprises').whereIn('id', [1, 6]).orderBy('id').pluck('name');
    expect(mail.text_body).toContain('应要求重新发送《工作联络员指定》的联络员名单');
    expect(mail.text_body).toContain(`- ${one}｜张三｜13800138000｜zs@example.com`);
    expect(mail.text_body).toMatch(new RegExp(`- ${six}（包挂干部：.+）`));

    const hqId = (await app.db('users').where({ username: 'hq' }).first('id')).id;
    const audit = await app.db('audit_log').where({ action: 'collection.liaison_list.send', target_id: roundId }).first();
    expect(audit).toMatchObject({ actor_id: hqId, actor_role: 'hq', target_type: 'collection_round' });
    expect(JSON.parse(audit.summary)).toEqual({ formKey: 'liaison-designation', to: [OFFICE], rows: 1, missing: 1 });

    // Another request is another email: the office asked again.
    expect((await hq.request('POST', `/api/collections/rounds/${publicId(roundId)}/liaison-list`)).status).toBe(200);
    const count = await app.db('outbox').where('idempotency_key', 'like', `collection/${roundId}/liaison-list/%`).count({ n: '*' }).first();
    expect(Number(count!.n)).toBe(2);
  });

  it('refuses the other roles, a round that is not a liaison designation, and says when no mailbox is marked', async () => {
    for (const username of ['ent01', 'cadre1', 'class-coordination']) {
      const answer = await (
        await signedIn(app.baseUrl, username)
      ).request('POST', `/api/collections/rounds/${publicId(roundId)}/liaison-list`);
      expect(answer.status, username).toBe(403);
      // The refusal says who may: the roles are no secret (the API description lists them).
      expect(answer.body.error).toEqual({ code: 'forbidden', message: '此操作仅限：系统管理员、防控指挥部', details: [] });
    }
    const english = await (
      await signedIn(app.baseUrl, 'ent01', { locale: 'en' })
    ).request('POST', `/api/collections/rounds/${publicId(roundId)}/liaison-list`);
    expect(english.body.error.message).toBe('Only these roles may do this: Administrator, Prevention and control HQ');
    const admin = await signedIn(app.baseUrl, 'admin');
    const other = await insertLiaisonRound(app.db, { target: { kind: 'all' }, recurrence: 'once' });
    const notLiaison = await admin.request('POST', `/api/collections/rounds/${publicId(other)}/liaison-list`);
    expect(notLiaison.status).toBe(409);
    expect(notLiaison.body.error.message).toBe('这一轮报送不是联络员指定，没有联络员名单可发送');

    // The mark needs an address; the public contacts do not show which mailbox has it.
    const noEmail = await admin.request('PUT', '/api/settings', {
      campaignContacts: [{ name: '专线电话', phone: '66613697', liaisonList: true }],
    });
    expect(noEmail.status).toBe(422);
    expect(noEmail.body.error.details.map((d: { path: string }) => d.path)).toContain('/campaignContacts/0/email');
    const publicContacts = (await new HttpSession(app.baseUrl).request('GET', '/api/contacts')).body.contacts;
    expect(publicContacts[0]).toEqual(expect.objectContaining({ email: OFFICE }));
    expect(JSON.stringify(publicContacts)).not.toContain('liaisonList');

    await admin.request('PUT', '/api/settings', { campaignContacts: [{ name: '建筑市场监管科', email: OFFICE }] });
    const none = await admin.request('POST', `/api/collections/rounds/${publicId(roundId)}/liaison-list`);
    expect(none.status).toBe(409);
    expect(none.body.error.message).toContain('还没有接收联络员名单的邮箱');
  });
});
