// The remote codec endpoint the Temporal UI calls (dev server): admins decode through the application's keys (resident
// IDs and mobiles masked), nobody may have a payload sealed, everyone else is refused, only the configured UI origin
// gets CORS with credentials, and each call is audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { HttpSession } from '#scripts/kit/http-session';
import { startSystem, TEST_TEMPORAL_UI_ORIGIN, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';
import { testDataConverter } from '../helpers/test-codec';

const RESIDENT_ID = '370102198501011870';
const b64 = (text: string) => Buffer.from(text).toString('base64');
const plain = { metadata: { encoding: b64('json/plain') }, data: b64(JSON.stringify({ residentId: RESIDENT_ID })) };
const text = (value: string) => Buffer.from(value, 'base64').toString('utf8');
type WirePayload = { metadata: Record<string, string>; data: string };

/** `payload` sealed as the application seals it (the test key), in the codec protocol's base64 form. */
async function sealed(payload: WirePayload): Promise<WirePayload> {
  const [codec] = testDataConverter().payloadCodecs!;
  const [out] = await codec!.encode([
    {
      metadata: Object.fromEntries(Object.entries(payload.metadata).map(([k, v]) => [k, Buffer.from(v, 'base64')])),
      data: Buffer.from(payload.data, 'base64'),
    },
  ]);
  return {
    metadata: Object.fromEntries(Object.entries(out!.metadata!).map(([k, v]) => [k, Buffer.from(v).toString('base64')])),
    data: Buffer.from(out!.data!).toString('base64'),
  };
}

describe('Temporal remote codec endpoint', () => {
  let system: RunningSystem;
  let admin: HttpSession;
  const ui = { origin: TEST_TEMPORAL_UI_ORIGIN, 'x-namespace': 'default' };

  beforeAll(async () => {
    system = await startSystem(testDatabases()[0]!);
    admin = new HttpSession(system.baseUrl);
    await admin.login('admin', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('opens a sealed payload for an admin on /decode, without a CSRF token, as the UI calls it', async () => {
    const seal = await sealed(plain);
    expect(text(seal.metadata.encoding!)).toBe('binary/encrypted');
    const decoded = await admin.request('POST', '/api/temporal-codec/decode', { payloads: [seal, plain] }, { csrf: false, headers: ui });
    expect(decoded.status).toBe(200);
    expect(decoded.headers.get('access-control-allow-origin')).toBe(TEST_TEMPORAL_UI_ORIGIN);
    expect(decoded.headers.get('access-control-allow-credentials')).toBe('true');
    // An admin reads a resident ID in full only through the form export, with a reason: here it is masked.
    expect(decoded.body.payloads.map((p: { data: string }) => JSON.parse(text(p.data)))).toEqual([
      { residentId: '370102********1870' },
      { residentId: '370102********1870' },
    ]);
    expect(text(decoded.body.payloads[0].metadata.encoding)).toBe('json/plain');
  });

  it('masks mobiles and IDs in every string of what it decodes, and leaves numbers and the rest as they are', async () => {
    const input = { worker: { name: '李四', mobile: '13912345678' }, notes: ['回电 13912345678'], count: 13912345678 };
    const seal = await sealed({ metadata: { encoding: b64('json/plain') }, data: b64(JSON.stringify(input)) });
    const decoded = await admin.request('POST', '/api/temporal-codec/decode', { payloads: [seal] }, { csrf: false, headers: ui });
    expect(JSON.parse(text(decoded.body.payloads[0].data))).toEqual({
      worker: { name: '李四', mobile: '139****5678' },
      notes: ['回电 139****5678'],
      count: 13912345678,
    });
  });

  it('seals nothing, not even for an admin: a sealed decision sent straight to Temporal would be taken as Fugong’s', async () => {
    // The workflows take a decision only when it came sealed (workflows/sealed-input.ts): an /encode would let an admin
    // seal a decision naming any cadre or HQ member and send it to Temporal, decided without the app or its audit.
    // Called as the UI calls it (no CSRF token, the UI's origin) or as the app would (with the token): nothing is sealed.
    const asUi = await admin.request('POST', '/api/temporal-codec/encode', { payloads: [plain] }, { csrf: false, headers: ui });
    const asApp = await admin.request('POST', '/api/temporal-codec/encode', { payloads: [plain] });
    expect(asUi.status).toBe(403);
    expect(asApp).toMatchObject({ status: 404, body: { error: { code: 'no_route' } } });
    for (const answer of [asUi, asApp]) expect(JSON.stringify(answer.body)).not.toContain(b64('binary/encrypted'));
    expect(await system.db('audit_log').where({ action: 'temporal.codec.encode' }).count<{ n: number }[]>({ n: '*' })).toEqual([{ n: 0 }]);
  });

  it('lets a field beside `payloads` through: the protocol is the Temporal UI’s, and a later UI may send more', async () => {
    const decoded = await admin.request(
      'POST',
      '/api/temporal-codec/decode',
      { payloads: [await sealed(plain)], v: 2 },
      { csrf: false, headers: ui },
    );
    expect(decoded.status).toBe(200);
    expect(JSON.parse(text(decoded.body.payloads[0].data))).toEqual({ residentId: '370102********1870' });
  });

  it('decodes a payload from a real workflow history, and gives back one it cannot open unchanged', async () => {
    const handle = await system.client.workflow.start('receiptWorkflow', {
      taskQueue: `no-worker-${Date.now()}`,
      workflowId: `codec-endpoint-${Date.now()}`,
      args: [{ marker: RESIDENT_ID }],
    });
    const history = await handle.fetchHistory();
    await handle.terminate();
    const input = history.events![0]!.workflowExecutionStartedEventAttributes!.input!.payloads![0]!;
    const wire = {
      metadata: Object.fromEntries(Object.entries(input.metadata!).map(([k, v]) => [k, Buffer.from(v).toString('base64')])),
      data: Buffer.from(input.data!).toString('base64'),
    };
    const tampered = { ...wire, data: b64(`${text(wire.data)}x`) };
    const decoded = await admin.request('POST', '/api/temporal-codec/decode', { payloads: [wire, tampered] }, { csrf: false, headers: ui });
    expect(JSON.parse(text(decoded.body.payloads[0].data))).toEqual({ marker: '370102********1870' });
    expect(decoded.body.payloads[1]).toEqual(tampered);
  });

  it.each([
    ['hq', 403, 'forbidden'],
    ['cadre1', 403, 'forbidden'],
    ['ent01', 403, 'forbidden'],
    // From the UI's origin without a cookie: the answer says the UI must be on Fugong's site (same-site.ts).
    [null, 401, 'codec_no_session'],
  ])('refuses %s with %i and decodes nothing', async (username, status, code) => {
    const session = new HttpSession(system.baseUrl);
    if (username) await session.login(username, DEMO_PASSWORD);
    const seal = await sealed(plain);
    const answer = await session.request('POST', '/api/temporal-codec/decode', { payloads: [seal] }, { csrf: false, headers: ui });
    expect(answer.status).toBe(status);
    expect(answer.body.error.code).toBe(code);
    expect(JSON.stringify(answer.body)).not.toContain(RESIDENT_ID);
  });

  it('answers the preflight for the configured Temporal UI origin only', async () => {
    const preflight = (origin: string) =>
      fetch(`${system.baseUrl}/api/temporal-codec/decode`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-namespace' },
      });
    const ok = await preflight(TEST_TEMPORAL_UI_ORIGIN);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(TEST_TEMPORAL_UI_ORIGIN);
    expect(ok.headers.get('access-control-allow-credentials')).toBe('true');
    expect(ok.headers.get('access-control-allow-headers')).toContain('x-namespace');
    const evil = await preflight('https://evil.example');
    expect(evil.status).toBe(403);
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    const foreign = await admin.request(
      'POST',
      '/api/temporal-codec/decode',
      { payloads: [] },
      { csrf: false, headers: { origin: 'https://evil.example' } },
    );
    expect(foreign).toMatchObject({ status: 403, body: { error: { code: 'foreign_origin' } } });
  });

  it('refuses text/plain bodies, other namespaces and malformed payloads', async () => {
    const asText = await admin.request('POST', '/api/temporal-codec/decode', JSON.stringify({ payloads: [] }), {
      csrf: false,
      contentType: 'text/plain',
    });
    expect(asText).toMatchObject({ status: 415, body: { error: { code: 'json_only' } } });
    const other = await admin.request(
      'POST',
      '/api/temporal-codec/decode',
      { payloads: [] },
      { csrf: false, headers: { 'x-namespace': 'elsewhere' } },
    );
    expect(other).toMatchObject({ status: 403, body: { error: { code: 'other_namespace' } } });
    const bad = await admin.request(
      'POST',
      '/api/temporal-codec/decode',
      { payloads: [{ metadata: { encoding: 'not base64!' } }] },
      { csrf: false },
    );
    expect(bad).toMatchObject({ status: 400, body: { error: { code: 'bad_codec_body' } } });
  });

  it('audits every call with the admin and the number of payloads', async () => {
    const before = await system.db('audit_log').where({ action: 'temporal.codec.decode' }).count<{ n: number }[]>({ n: '*' });
    await admin.request('POST', '/api/temporal-codec/decode', { payloads: [plain, plain] }, { csrf: false, headers: ui });
    const rows = await system
      .db('audit_log')
      .where({ action: 'temporal.codec.decode' })
      .orderBy('id', 'desc')
      .select('actor_role', 'target_id', 'summary');
    expect(rows.length).toBe(Number(before[0]!.n) + 1);
    expect(rows[0]).toMatchObject({ actor_role: 'admin', target_id: 'default' });
    expect(JSON.parse(rows[0].summary)).toEqual({ payloads: 2 });
  });
});
