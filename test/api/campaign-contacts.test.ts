// The campaign office's contacts (000: Contacts: Lv Xiaoxue and Zhuang Caiyun; Tel: 66613698, 66613697; Email:
// sjwjzyglc@jn.shandong.cn): an administrator keeps them in the settings, checked row by row and audited; anyone reads
// them (the enterprise's workspace and the public bulletin show them); the demo data starts with the notice's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpSession, signedIn } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';

describe('campaign contacts', () => {
  let app: BareApp;
  beforeAll(async () => {
    app = await startBareApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it("shows anyone, signed in or not, the notice's contacts from the demo data", async () => {
    const guest = new HttpSession(app.baseUrl);
    const answer = await guest.request('GET', '/api/contacts');
    expect(answer.status).toBe(200);
    expect(answer.body.contacts).toEqual([
      expect.objectContaining({ name: '建筑市场监管科 吕晓雪、庄彩云', phone: '66613698', email: 'sjwjzyglc@jn.shandong.cn' }),
      expect.objectContaining({ name: '建筑市场监管科 吕晓雪、庄彩云', phone: '66613697' }),
    ]);
    const enterprise = await signedIn(app.baseUrl, 'ent01');
    expect((await enterprise.request('GET', '/api/contacts')).body.contacts).toEqual(answer.body.contacts);
  });

  it('refuses a row without a way to reach it, or with a phone that is not one, at that row, and saves nothing', async () => {
    const admin = await signedIn(app.baseUrl, 'admin');
    const before = (await admin.request('GET', '/api/contacts')).body.contacts;
    const noWay = await admin.request('PUT', '/api/settings', { campaignContacts: [{ name: '综合协调组' }] });
    expect(noWay.status).toBe(422);
    expect(noWay.body.error.details.map((d: { path: string }) => d.path)).toContain('/campaignContacts/0');
    const badPhone = await admin.request('PUT', '/api/settings', {
      campaignContacts: [
        { name: '综合协调组', phone: '66613698' },
        { name: '人员保障组', phone: 'call us' },
      ],
    });
    expect(badPhone.status).toBe(422);
    expect(badPhone.body.error.details.map((d: { path: string }) => d.path)).toContain('/campaignContacts/1/phone');
    expect((await admin.request('GET', '/api/contacts')).body.contacts).toEqual(before);
    const enterprise = await signedIn(app.baseUrl, 'ent01');
    expect((await enterprise.request('PUT', '/api/settings', { campaignContacts: [] })).status).toBe(403);
  });

  it('refuses a name of zero-width characters only at its row as if left empty, in the reader’s language', async () => {
    const admin = await signedIn(app.baseUrl, 'admin');
    const before = (await admin.request('GET', '/api/contacts')).body.contacts;
    const body = {
      campaignContacts: [
        { name: '综合协调组', phone: '66613698' },
        { name: '\u200b\u200c\u200d\u2060', phone: '66613697' },
      ],
    };
    const zh = await admin.request('PUT', '/api/settings', body);
    expect(zh.status).toBe(422);
    expect(zh.body.error.details).toEqual([{ path: '/campaignContacts/1/name', message: '请填写此项' }]);
    admin.locale = 'en';
    const en = await admin.request('PUT', '/api/settings', body);
    expect(en.body.error.details).toEqual([{ path: '/campaignContacts/1/name', message: 'Enter this field' }]);
    expect((await admin.request('GET', '/api/contacts')).body.contacts).toEqual(before);
  });

  it('saves what an administrator enters, audits it, and shows it; an empty list shows none', async () => {
    const admin = await signedIn(app.baseUrl, 'admin');
    const contacts = [
      {
        name: '建筑市场监管科',
        phone: '0531-66613698',
        email: 'sjwjzyglc@jn.shandong.cn',
        purpose: '联络员名单报送',
        purposeEn: 'Liaison lists',
      },
      { name: '专线电话', phone: '66613697' },
    ];
    const saved = await admin.request('PUT', '/api/settings', { campaignContacts: contacts });
    expect(saved.status).toBe(200);
    expect(saved.body.settings.campaignContacts).toEqual(contacts);
    expect((await new HttpSession(app.baseUrl).request('GET', '/api/contacts')).body.contacts).toEqual(contacts);
    const audit = await app.db('audit_log').where({ action: 'settings.update' }).orderBy('id', 'desc').first('summary');
    expect(JSON.parse(audit.summary).after.campaignContacts).toEqual(contacts);
    expect((await admin.request('PUT', '/api/settings', { campaignContacts: [] })).status).toBe(200);
    expect((await new HttpSession(app.baseUrl).request('GET', '/api/contacts')).body.contacts).toEqual([]);
  });
});
