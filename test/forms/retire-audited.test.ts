// Retiring a form stops its collection schedule before anything is written: a stop that fails leaves the form
// published and unaudited, and the admin's retry retires it and audits it once.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { HttpSession } from '#scripts/kit/http-session';
import { receiptForm } from '../fixtures/receipt-form';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { testDatabases } from '../helpers/test-db';

/** A Temporal client whose schedule handles fail to delete the first `failures` times; records the ids deleted. */
function flakySchedules(failures: number) {
  const deleted: string[] = [];
  let left = failures;
  const schedule = {
    getHandle: (id: string) => ({
      async delete() {
        if (left-- > 0) throw new Error('Temporal unavailable');
        deleted.push(id);
      },
    }),
  };
  return { client: { schedule }, deleted };
}

describe.each(testDatabases())('retiring a form whose schedule fails to stop, on $name', (database) => {
  const temporal = flakySchedules(1);
  let app: BareApp;
  let admin: HttpSession;
  beforeAll(async () => {
    app = await startBareApp({ database, temporal: temporal.client });
    admin = new HttpSession(app.baseUrl);
    await admin.login('admin', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await app?.stop();
  });

  const statuses = async (key: string) =>
    ((await admin.request('GET', `/api/admin/forms/${key}`)).body.versions as { status: string }[]).map((v) => v.status);
  const retireAudits = (key: string) => app.db('audit_log').where({ action: 'form.retire', target_id: key }).select('actor_role');

  it('changes nothing when the stop fails, and the retry retires and audits once', async () => {
    const key = `retire-${randomUUID().slice(0, 8)}`;
    expect((await admin.request('PUT', `/api/admin/forms/${key}/draft`, { ...receiptForm(), key })).status).toBe(200);
    expect((await admin.request('POST', `/api/admin/forms/${key}/publish`)).status).toBe(200);

    const failed = await admin.request('POST', `/api/admin/forms/${key}/retire`);
    expect(failed).toMatchObject({ status: 500, body: { error: { code: 'internal' } } });
    expect(await statuses(key)).toEqual(['published']);
    expect(await retireAudits(key)).toEqual([]);

    const retried = await admin.request('POST', `/api/admin/forms/${key}/retire`);
    expect(retried.status).toBe(204);
    expect(await statuses(key)).toEqual(['retired']);
    expect(await retireAudits(key)).toEqual([{ actor_role: 'admin' }]);
    expect(temporal.deleted).toEqual([`fugong-collection-${key}`]);

    const again = await admin.request('POST', `/api/admin/forms/${key}/retire`);
    expect(again).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect(await retireAudits(key)).toHaveLength(1);
  });
});
