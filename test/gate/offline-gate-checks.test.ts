// Checks made at a gate without signal and sent later (issue 23), through the API on the dev server: the client id is
// the idempotency key, and each conflict the queue can meet is decided by a written rule — a worker quarantined at
// another site meanwhile is refused with the reason, a definition published meanwhile leaves the queued check on the
// version it was made with, a phone clock far off loses to the server's (its time is kept on the record), and a
// decision the phone got wrong opens a task for HQ instead of being changed silently.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { readShippedForms } from '#forms/shipped-forms';
import { HttpSession } from '#scripts/kit/http-session';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';
import { freshResidentId } from './gate-fixtures';
import { SAMPLE_PNG } from '#scripts/kit/sample-files';

const PNG = SAMPLE_PNG;
const ALL_STEPS = ['certificate', 'temperature', 'disinfection', 'registration', 'code-scan', 'commitment', 'notice', 'separate-lane'];

describe('gate checks queued offline and synced later (dev server)', () => {
  let system: RunningSystem;
  let gate: HttpSession;
  const signIn = async (username: string) => {
    const session = new HttpSession(system.baseUrl);
    await session.login(username, DEMO_PASSWORD);
    return session;
  };
  beforeAll(async () => {
    system = await startSystem(testDatabases()[0]!);
    gate = await signIn('gate1');
  });
  afterAll(async () => {
    await system?.stop();
  });

  /** A check as the phone queued it: signed, all steps done, at `temperature`. */
  async function queued(temperature: number, residentId = freshResidentId()) {
    const setup = (await gate.request('GET', '/api/gate/setup')).body.setup;
    const upload = (await gate.request('POST', '/api/uploads', PNG, { contentType: 'image/png' })).body.upload;
    return {
      clientId: randomUUID(),
      deviceTime: new Date().toISOString(),
      formVersion: setup.formVersion as number,
      data: {
        residentId,
        name: '离线登记',
        channel: 'people',
        certificate: 'pass',
        steps: ALL_STEPS,
        temperature,
        riskFlag: false,
        zone: 'construction',
        signature: upload.ref,
        commitmentSha256: setup.commitment['zh-CN'].sha256,
      },
    };
  }

  it('records a queued check once: the repeat answers the first result with replayed and writes nothing more', async () => {
    const item = await queued(37.9);
    const first = await gate.request('POST', '/api/gate/checks', { ...item, deviceOutcome: 'quarantined' });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({ replayed: false, check: { id: item.clientId, outcome: 'quarantined' } });
    const again = await gate.request('POST', '/api/gate/checks', { ...item, deviceOutcome: 'quarantined' });
    expect(again.status).toBe(200);
    expect(again.body.replayed).toBe(true);
    expect(again.body.check).toMatchObject({ id: item.clientId, outcome: 'quarantined', quarantine: { id: item.clientId } });
    const count = async (table: string, column: string) =>
      Number((await system.db(table).where(column, item.clientId).count<{ n: number }[]>({ n: '*' }).first())!.n);
    expect([await count('gate_checks', 'id'), await count('quarantines', 'id'), await count('submissions', 'id')]).toEqual([1, 1, 1]);
    const audits = await system
      .db('audit_log')
      .where({ action: 'gate.check', target_id: item.clientId })
      .count<{ n: number }[]>({ n: '*' });
    expect(Number(audits[0]!.n)).toBe(1);
  });

  it('audits a check whose first sending stopped before its entry when the phone sends it again, once', async () => {
    const item = await queued(37.9);
    const first = await gate.request('POST', '/api/gate/checks', { ...item, deviceOutcome: 'quarantined' });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const entries = () => system.db('audit_log').where({ action: 'gate.check', target_id: item.clientId }).select('summary');
    // As the server left it stopped between recording the check and writing its entry (the phone had no answer).
    await system.db('audit_log').where({ action: 'gate.check', target_id: item.clientId }).delete();
    for (const send of ['again', 'once more']) {
      const again = await gate.request('POST', '/api/gate/checks', { ...item, deviceOutcome: 'quarantined' });
      expect(again.body, send).toMatchObject({ replayed: true, check: { id: item.clientId, outcome: 'quarantined' } });
    }
    const written = await entries();
    expect(written).toHaveLength(1);
    const { summary } = written[0]!;
    expect(typeof summary === 'string' ? JSON.parse(summary) : summary).toMatchObject({
      outcome: 'quarantined',
      deviceTime: new Date(item.deviceTime).toISOString(),
      deviceOutcome: 'quarantined',
    });
  });

  it('refuses another officer’s check id, at this site or another, without answering what it named', async () => {
    const item = await queued(37.9);
    const first = await gate.request('POST', '/api/gate/checks', { ...item, deviceOutcome: 'quarantined' });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    /** A colleague of gate1's, at gate1's site or at `projectId`, signed in. */
    const colleague = async (username: string, projectId?: number) => {
      const copy = { ...(await system.db('users').where({ username: 'gate1' }).first()) };
      delete copy.id;
      await system
        .db('users')
        .insert({ ...copy, username, email: `${username}@demo.fugong.local`, ...(projectId ? { project_id: projectId } : {}) });
      return signIn(username);
    };
    const elsewhere = await system
      .db('projects')
      .whereNot({ id: (await system.db('users').where({ username: 'gate1' }).first()).project_id })
      .first('id');
    for (const other of [await colleague('gate1-relief'), await colleague('gate-elsewhere', elsewhere.id)]) {
      // Their own signature, so nothing but the id can refuse the check.
      const upload = (await other.request('POST', '/api/uploads', PNG, { contentType: 'image/png' })).body.upload;
      const answer = await other.request('POST', '/api/gate/checks', { ...item, data: { ...item.data, signature: upload.ref } });
      expect(answer.status, JSON.stringify(answer.body)).toBe(409);
      expect(answer.body).toEqual({
        error: { code: 'client_id_taken', message: '这条离线记录的编号已被使用，请重新填写后再提交', details: [] },
      });
    }
    const gate1 = (await system.db('users').where({ username: 'gate1' }).first('id')).id;
    expect(await system.db('gate_checks').where({ id: item.clientId }).select('checked_by')).toEqual([{ checked_by: gate1 }]);
    const audits = await system.db('audit_log').where({ target_id: item.clientId }).orderBy('action').select('action', 'actor_id');
    expect(audits).toEqual([
      { action: 'gate.check', actor_id: gate1 },
      { action: 'submission.create', actor_id: gate1 },
    ]);
    // gate1 still gets the first answer back, and so after being moved to another site, with nothing written again.
    const again = await gate.request('POST', '/api/gate/checks', item);
    expect(again.body).toMatchObject({ replayed: true, check: { id: item.clientId, outcome: 'quarantined' } });
    const home = (await system.db('users').where({ id: gate1 }).first('project_id')).project_id;
    await system.db('users').where({ id: gate1 }).update({ project_id: elsewhere.id });
    try {
      const moved = await gate.request('POST', '/api/gate/checks', item);
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
      expect(moved.body).toMatchObject({ replayed: true, check: { id: item.clientId, outcome: 'quarantined' } });
    } finally {
      await system.db('users').where({ id: gate1 }).update({ project_id: home });
    }
    expect(await system.db('audit_log').where({ action: 'gate.check', target_id: item.clientId }).select('actor_id')).toEqual([
      { actor_id: gate1 },
    ]);
  });

  it('records a check sent twice at once once, with one audit entry and one task for HQ', async () => {
    const item = await queued(38.1);
    const answers = await Promise.all([1, 2].map(() => gate.request('POST', '/api/gate/checks', { ...item, deviceOutcome: 'admitted' })));
    expect(answers.map((a) => a.status).sort(), JSON.stringify(answers.map((a) => a.body))).toEqual([200, 201]);
    expect(answers.map((a) => a.body.check.outcome)).toEqual(['quarantined', 'quarantined']);
    const audits = await system
      .db('audit_log')
      .where({ action: 'gate.check', target_id: item.clientId })
      .count<{ n: number }[]>({ n: '*' });
    expect(Number(audits[0]!.n)).toBe(1);
    expect(await system.db('tasks').where({ submission_id: item.clientId, step: 'offline-review' }).select('status')).toEqual([
      { status: 'open' },
    ]);
  });

  it('refuses a worker quarantined at another site while this gate was offline, and says what to do', async () => {
    const residentId = freshResidentId();
    const other = await system
      .db('projects as p')
      .join('users as u', 'u.enterprise_id', 'p.enterprise_id')
      .where('u.username', 'ent06')
      .first('p.id');
    const officer = await system.db('users').where({ username: 'gate1' }).first('id');
    const [worker] = await system
      .db('workers')
      .insert({ resident_id: residentId, name: '他处隔离', created_at: new Date().toISOString() })
      .returning('id');
    const elsewhere = randomUUID();
    await system.db('quarantines').insert({
      id: elsewhere,
      workflow_id: `submission-${elsewhere}`,
      project_id: other.id,
      worker_id: (worker as { id: number }).id,
      officer_id: officer.id,
      status: 'active',
      started_at: new Date().toISOString(),
      ends_at: new Date(Date.now() + 14 * 86_400_000).toISOString(),
      end_changes: '[]',
    });
    const item = await queued(36.5, residentId);
    const answer = await gate.request('POST', '/api/gate/checks', { ...item, deviceOutcome: 'admitted' });
    expect(answer.status).toBe(409);
    expect(answer.body.error.code).toBe('quarantined_elsewhere');
    expect(answer.body.error.message).toContain('其他工地隔离观察，不得进场');
    expect(await system.db('gate_checks').where({ id: item.clientId }).first()).toBeUndefined();
    // The admin's log names the refusal by its site, the worker's masked name and the time, never by the check's UUID.
    const site = await system.db('projects as p').join('users as u', 'u.project_id', 'p.id').where('u.username', 'gate1').first('p.name');
    const admin = await signIn('admin');
    const log = await admin.request('GET', `/api/audit?action=gate.check-refused&targetId=${item.clientId}`);
    expect(log.body.entries).toHaveLength(1);
    const [entry] = log.body.entries;
    expect(entry.targetName).toMatch(new RegExp(`^拒绝进场：${site.name}，离\\*\\*\\*，\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$`));
    expect(entry.described).toEqual(['原因：正在其他工地隔离观察，不得进场', `项目：${site.name}`, '人员：离***']);
    expect(JSON.stringify(entry)).not.toContain('离线登记');
  });

  it('keeps a queued check on the definition version it was made with when a new one is published meanwhile', async () => {
    const item = await queued(37.2);
    // Meanwhile an administrator lowers the fever threshold to 37.0 and publishes: the queued 37.2 was admitted by
    // the rules the officer had, and is recorded by them.
    const admin = await signIn('admin');
    const gateCheck = structuredClone(readShippedForms().find((form) => form.key === 'gate-check')!);
    const params = gateCheck.process.params as { entryRules: { field: string; then: string; value: unknown }[] };
    for (const rule of params.entryRules) if (rule.field === 'temperature' && rule.then === 'quarantine') rule.value = 37.0;
    expect((await admin.request('PUT', '/api/admin/forms/gate-check/draft', gateCheck)).status).toBe(200);
    const published = await admin.request('POST', '/api/admin/forms/gate-check/publish');
    expect(published.status).toBe(200);
    const newest = (await gate.request('GET', '/api/gate/setup')).body.setup.formVersion;
    expect(newest).toBeGreaterThan(item.formVersion);

    const answer = await gate.request('POST', '/api/gate/checks', { ...item, deviceOutcome: 'admitted' });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(answer.body.check).toMatchObject({ outcome: 'admitted', formVersion: item.formVersion });
    expect((await system.db('gate_checks').where({ id: item.clientId }).first('form_version')).form_version).toBe(item.formVersion);
    // A check made now, online, goes by the new rules.
    const now = await queued(37.2);
    const online = await gate.request('POST', '/api/gate/checks', { checkId: now.clientId, data: now.data });
    expect(online.body.check.outcome).toBe('quarantined');
  });

  it('takes the server’s time when the phone’s clock is far off, and keeps the phone’s time on the record', async () => {
    const item = await queued(36.4);
    const wrongClock = '2019-03-01T08:00:00.000Z';
    const before = Date.now();
    const answer = await gate.request('POST', '/api/gate/checks', { ...item, deviceTime: wrongClock, deviceOutcome: 'admitted' });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(answer.body.check.deviceTime).toBe(wrongClock);
    const row = await system.db('gate_checks').where({ id: item.clientId }).first('checked_at', 'device_time');
    expect(row.device_time).toBe(wrongClock);
    expect(Date.parse(row.checked_at)).toBeGreaterThanOrEqual(before - 1000);
    expect(answer.body.check.checkedAt).toBe(row.checked_at);
  });

  it('opens a task for HQ when the phone decided differently, and leaves the server’s decision as it is', async () => {
    const item = await queued(38.4);
    const answer = await gate.request('POST', '/api/gate/checks', { ...item, deviceOutcome: 'admitted' });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(answer.body.check.outcome).toBe('quarantined');
    const task = await system.db('tasks').where({ submission_id: item.clientId, step: 'offline-review' }).first();
    expect(task).toMatchObject({ candidate_role: 'hq', status: 'open' });
    expect(JSON.parse(task.title)['zh-CN']).toBe('门岗离线判定「放行」与系统复核「隔离观察」不一致，请核实');
    // The outcomes in the gate's own words, as the gate page and every list say them.
    expect(JSON.parse(task.title).en).toBe(
      'The gate decided "Admitted" offline but the server\'s check says "In quarantine": please verify',
    );
    const agreeing = await queued(36.5);
    await gate.request('POST', '/api/gate/checks', { ...agreeing, deviceOutcome: 'admitted' });
    expect(await system.db('tasks').where({ submission_id: agreeing.clientId }).first('id')).toBeUndefined();
  });

  it('hands the queue key to field roles only, never cached, the same key on every sign-in', async () => {
    const first = await gate.request('GET', '/api/offline-key');
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(Buffer.from(first.body.key, 'base64')).toHaveLength(32);
    const again = await (await signIn('gate1')).request('GET', '/api/offline-key');
    expect(again.body.key).toBe(first.body.key);
    expect((await (await signIn('hq')).request('GET', '/api/offline-key')).status).toBe(403);
    // Stored sealed with the payload keys, never in clear.
    const gateId = (await system.db('users').where({ username: 'gate1' }).first('id')).id;
    const row = await system.db('offline_keys').where({ user_id: gateId }).first('key');
    expect(row.key).toMatch(/^gcm1:[^:]+:/);
    expect(row.key).not.toContain(first.body.key);
  });

  it('seals a key stored in clear before on its next read, and hands the same key', async () => {
    const cadreId = (await system.db('users').where({ username: 'cadre1' }).first('id')).id;
    const clear = Buffer.alloc(32, 7).toString('base64');
    await system.db('offline_keys').where({ user_id: cadreId }).delete();
    await system.db('offline_keys').insert({ user_id: cadreId, key: clear, created_at: new Date().toISOString() });
    const cadre = await signIn('cadre1');
    expect((await cadre.request('GET', '/api/offline-key')).body.key).toBe(clear);
    const row = await system.db('offline_keys').where({ user_id: cadreId }).first('key');
    expect(row.key).toMatch(/^gcm1:/);
    expect((await cadre.request('GET', '/api/offline-key')).body.key).toBe(clear);
  });
});
