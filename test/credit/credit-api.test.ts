// The credit API: readers see an enterprise's ledger and total within their scope; nothing edits or deletes an entry;
// an administrator reverses one by a compensating entry with a reason, once.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Client } from '@temporalio/client';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '#core/bootstrap';
import { loadConfig } from '#core/config';
import { createLogger } from '#core/logger';
import { createApp } from '#web/server/create-app';
import { signedIn } from '#scripts/kit/http-session';
import { openSqlite } from '../helpers/test-db';
import { insertCreditEntry } from './credit-fixture';

describe('credit API', () => {
  let db: Knex;
  let server: Server;
  let baseUrl: string;
  let own: number;
  let other: number;

  beforeAll(async () => {
    db = await openSqlite();
    await prepareDatabase(db, { seedDemo: true });
    const app = createApp({
      config: loadConfig({ LOG_LEVEL: 'silent' }),
      db,
      temporal: {} as Client,
      logger: createLogger('test', 'silent'),
    });
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    own = (await db('users').where({ username: 'ent01' }).first('enterprise_id')).enterprise_id;
    other = (await db('enterprises').whereNot({ id: own }).first('id')).id;
  });
  afterAll(async () => {
    server?.close();
    await db?.destroy();
  });

  it('shows an enterprise its own ledger and total, and not another’s', async () => {
    await insertCreditEntry(db, own, 5);
    const ent = await signedIn(baseUrl, 'ent01');
    const answer = await ent.request('GET', `/api/enterprises/${own}/credit`);
    expect(answer.status).toBe(200);
    expect(answer.body.total).toBe(5);
    expect(answer.body.entries[0]).toMatchObject({ points: 5, reason: '通报表扬' });
    expect((await ent.request('GET', `/api/enterprises/${other}/credit`)).status).toBe(404);
  });

  it('has no route that edits or deletes an entry, whoever asks', async () => {
    const id = await insertCreditEntry(db, own, 5);
    const admin = await signedIn(baseUrl, 'admin');
    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      for (const path of [`/api/enterprises/${own}/credit/${id}`, `/api/enterprises/${own}/credit`, `/api/credit/${id}`]) {
        const answer = await admin.request(method, path, method === 'DELETE' ? undefined : { points: 100 });
        // The list of an enterprise's entries is there to read only: 405 naming GET; the other paths do not exist.
        const readOnly = path === `/api/enterprises/${own}/credit`;
        expect({ status: answer.status, allow: answer.headers.get('allow') }, `${method} ${path}`).toEqual(
          readOnly ? { status: 405, allow: 'GET, HEAD' } : { status: 404, allow: null },
        );
      }
    }
    expect((await db('credit_entries').where({ id }).first()).points).toBe(5);
  });

  it('lets an administrator reverse an entry once, with a reason, by a compensating entry', async () => {
    const id = await insertCreditEntry(db, other, 5);
    const admin = await signedIn(baseUrl, 'admin');
    const before = (await admin.request('GET', `/api/enterprises/${other}/credit`)).body.total as number;
    expect((await admin.request('POST', `/api/enterprises/${other}/credit/reversals`, { entryId: id })).status).toBe(422);
    const reversed = await admin.request('POST', `/api/enterprises/${other}/credit/reversals`, { entryId: id, reason: '推荐材料不实' });
    expect(reversed.status).toBe(201);
    expect(reversed.body.entry).toMatchObject({ points: -5, reason: '推荐材料不实', reversesId: id });
    expect((await admin.request('POST', `/api/enterprises/${other}/credit/reversals`, { entryId: id, reason: '再冲一次' })).status).toBe(
      409,
    );
    const after = await admin.request('GET', `/api/enterprises/${other}/credit`);
    expect(after.body.total).toBe(before - 5);
    expect(after.body.entries.find((e: { id: number }) => e.id === id)).toMatchObject({ points: 5, reversedById: reversed.body.entry.id });
    const hq = await signedIn(baseUrl, 'hq');
    expect((await hq.request('POST', `/api/enterprises/${other}/credit/reversals`, { entryId: id, reason: '无权冲正' })).status).toBe(403);
  });
});
