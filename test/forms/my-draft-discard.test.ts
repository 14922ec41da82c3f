// 放弃草稿 on the form fill page deletes the stored draft through DELETE /api/forms/:key/my-draft: only the caller's own
// draft goes, another person's draft of the same form stays, and discarding twice is no error.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { testDatabases } from '../helpers/test-db';

const FORM = '/api/forms/resumption-readiness/my-draft';

describe.each(testDatabases())('discarding my draft on $name', (database) => {
  let app: BareApp;

  beforeAll(async () => {
    app = await startBareApp(database.name === 'postgres' ? { database } : {});
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('deletes the caller’s draft only, and answers 204 again when there is none', async () => {
    const mine = await signedIn(app.baseUrl, 'ent01');
    const theirs = await signedIn(app.baseUrl, 'ent02');
    const theirId = randomUUID();
    expect((await mine.request('PUT', FORM, { submissionId: randomUUID(), data: { note: '写了一半' } })).status).toBe(200);
    expect((await theirs.request('PUT', FORM, { submissionId: theirId, data: { note: '别人的草稿' } })).status).toBe(200);

    expect((await mine.request('DELETE', FORM)).status).toBe(204);
    expect((await mine.request('GET', FORM)).body).toEqual({ draft: null });
    expect((await theirs.request('GET', FORM)).body.draft).toMatchObject({ submissionId: theirId, data: { note: '别人的草稿' } });
    expect((await mine.request('DELETE', FORM)).status).toBe(204);
  });

  it('refuses a form the caller may not fill, as reading it is refused', async () => {
    const gate = await signedIn(app.baseUrl, 'gate1');
    expect((await gate.request('GET', FORM)).status).toBe(404);
    expect((await gate.request('DELETE', FORM)).status).toBe(404);
  });
});
