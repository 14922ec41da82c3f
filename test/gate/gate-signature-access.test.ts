// A gate check's signature is an upload by the gate officer, who belongs to a site, not to an enterprise. The file is
// part of the check, so whoever may open the check may see it: the officer, the enterprise's cadre, HQ, admins and the
// working group with a task on it. The enterprise itself does not see its sites' gate checks, nor their signatures;
// another cadre and another working group neither.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TaskSpec } from '#core/domain/human-task';
import { newTaskRecord } from '#core/stores/task-row';
import { openTask } from '#core/stores/task-store';
import { signedIn } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { testDatabases } from '../helpers/test-db';
import { checkAtGate } from './gate-fixtures';
import { SAMPLE_PNG } from '#scripts/kit/sample-files';

// The app alone: the route records the check itself, and the workflow it starts has no part in who reads the file.
const temporal = { workflow: { start: async () => ({}), getHandle: () => ({ describe: async () => ({ status: { name: 'RUNNING' } }) }) } };
// What checkAtGate uploads as the signature.
const SIGNED = [...SAMPLE_PNG];
const NOT_FOUND = { status: 404, body: { error: { code: 'not_found', message: '文件不存在' } } };

describe.each(testDatabases())('a gate check’s signature on $name', (database) => {
  let app: BareApp;
  let checkId: string;
  let signature: string;
  let unattached: string;

  beforeAll(async () => {
    app = await startBareApp({ database, temporal });
    const gate = await signedIn(app.baseUrl, 'gate1');
    const answer = await checkAtGate(gate, 36.5);
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    checkId = answer.body.check.id;
    const filed = await app.db('submissions').where({ id: checkId }).first('data', 'enterprise_id');
    signature = String(filed.data).match(/upload:([0-9a-f-]{36})/)![1]!;
    // A signature drawn but never filed (the worker walked away): no check, so no reader but the officer.
    unattached = (await gate.request('POST', '/api/uploads', new Uint8Array(SIGNED), { contentType: 'image/png' })).body.upload.id;
    // A follow-up for one working group, as the monitoring workflow would open one (it does not run here).
    const member = await app.db('users').where({ username: 'class-coordination' }).first('id');
    const at = new Date().toISOString();
    const spec: TaskSpec = {
      taskId: `submission-${checkId}/follow-up`,
      step: 'follow-up',
      processType: 'monitoring',
      title: { 'zh-CN': '跟进门岗检查', en: 'Follow up the gate check' },
      submissionId: checkId,
      enterpriseId: Number(filed.enterprise_id),
      assignee: { kind: 'user', userId: member.id },
      priority: 2,
      dueAt: at,
      allowedActions: [],
      completionSchema: {},
      breachStatus: 'expired',
    };
    await openTask(app.db, newTaskRecord(spec, { assigneeUserId: member.id, candidateRole: null, candidateGroupId: null }, '', at));
  });
  afterAll(async () => {
    await app?.stop();
  });

  const read = async (username: string) => {
    const session = await signedIn(app.baseUrl, username);
    return {
      check: await session.request('GET', `/api/submissions/${checkId}`),
      image: await session.download(`/api/uploads/${signature}`),
    };
  };

  it.each(['gate1', 'cadre1', 'hq', 'admin', 'class-coordination'])(
    'shows %s the check and the image of its signature',
    async (username) => {
      const { check, image } = await read(username);
      expect(check).toMatchObject({ status: 200, body: { submission: { id: checkId, data: { signature: `upload:${signature}` } } } });
      expect(image.status).toBe(200);
      expect(image.headers.get('content-type')).toBe('image/png');
      expect([...image.bytes]).toEqual(SIGNED);
    },
  );

  it.each(['ent01', 'cadre2', 'class-personnel'])('answers %s 404 for the check and for its signature alike', async (username) => {
    const { check, image } = await read(username);
    expect(check).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect(image.status).toBe(404);
    expect({ status: image.status, body: JSON.parse(new TextDecoder().decode(image.bytes)) }).toMatchObject(NOT_FOUND);
  });

  it('keeps a signature drawn but never filed from the cadre, and shows it to the officer who drew it', async () => {
    const cadre = await (await signedIn(app.baseUrl, 'cadre1')).download(`/api/uploads/${unattached}`);
    expect({ status: cadre.status, body: JSON.parse(new TextDecoder().decode(cadre.bytes)) }).toMatchObject(NOT_FOUND);
    const officer = await (await signedIn(app.baseUrl, 'gate1')).download(`/api/uploads/${unattached}`);
    expect({ status: officer.status, bytes: [...officer.bytes] }).toEqual({ status: 200, bytes: SIGNED });
  });
});
