// An admin opens a liaison campaign with a deadline typed as local date and time: a date the calendar does not have is
// refused at the field, before any round starts (2027-02-31 would have opened a round due on 3 March, 2027-13-45 a 500).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';

describe('campaign deadline', () => {
  let app: BareApp;
  const started: unknown[] = [];
  beforeAll(async () => {
    // A stand-in Temporal client that records what would start: nothing may.
    app = await startBareApp({ temporal: { workflow: { start: async (...args: unknown[]) => void started.push(args) } } });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it.each(['2027-02-31T17:00', '2027-13-45T17:00', '2027-04-31T09:00'])('refuses %s at /deadline, in both languages', async (deadline) => {
    const admin = await signedIn(app.baseUrl, 'admin');
    const answer = await admin.request('POST', '/api/collections/campaigns', { formKey: 'liaison-designation', deadline });
    expect(answer.status).toBe(422);
    expect(answer.body.error).toMatchObject({
      code: 'invalid_body',
      details: [{ path: '/deadline', message: '日历上没有这一天' }],
    });
    const english = await signedIn(app.baseUrl, 'admin', { locale: 'en' });
    const refused = await english.request('POST', '/api/collections/campaigns', { formKey: 'liaison-designation', deadline });
    expect(refused.body.error.details).toEqual([{ path: '/deadline', message: 'no such date on the calendar' }]);
    expect(started).toEqual([]);
    expect(await app.db('audit_log').where({ action: 'collection.campaign.open' }).count({ n: '*' }).first()).toMatchObject({ n: 0 });
  });

  it('opens a campaign whose deadline is on the calendar', async () => {
    const admin = await signedIn(app.baseUrl, 'admin');
    const answer = await admin.request('POST', '/api/collections/campaigns', {
      formKey: 'liaison-designation',
      deadline: '2099-02-28T17:00',
    });
    expect(answer).toMatchObject({
      status: 202,
      body: { round: { formKey: 'liaison-designation', deadlineAt: '2099-02-28T09:00:00.000Z' } },
    });
    expect(started).toHaveLength(1);
  });
});
