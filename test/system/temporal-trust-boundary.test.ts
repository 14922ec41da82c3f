// Temporal as a trust boundary, against the dev server: someone who reaches Temporal directly — without the
// application's payload key — cannot decide a task (the validator refuses, the task stays open for its real owner),
// and a gate check's history holds no resident ID in clear.
import { randomUUID } from 'node:crypto';
import { Client, Connection, WorkflowUpdateFailedError } from '@temporalio/client';
import type { PayloadCodec } from '@temporalio/common';
import proto from '@temporalio/proto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AesGcmPayloadCodec } from '#core/codec/aes-gcm-codec';
import type { Decision } from '#core/domain/human-task';
import { freshResidentId } from '../gate/gate-fixtures';
import { eventually } from '#scripts/kit/eventually';
import { signedInOnce } from '#scripts/kit/http-session';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';
import { ladderForm } from '#scripts/kit/ladder-definition';
import { decideUpdate } from '#workflows/human-task-contract';
import { SAMPLE_PNG } from '#scripts/kit/sample-files';

const { temporal } = proto;
const PNG = SAMPLE_PNG;

describe('Temporal as a trust boundary (dev server)', () => {
  let system: RunningSystem;
  let outsider: Connection;
  const as = signedInOnce(() => system.baseUrl);

  beforeAll(async () => {
    system = await startSystem(testDatabases()[0]!);
    outsider = await Connection.connect({ address: inject('temporalAddress') });
    const admin = await as('admin');
    expect(
      (await admin.request('PUT', '/api/admin/forms/forgery/draft', { ...ladderForm('forgery'), audience: ['enterprise'] })).status,
    ).toBe(200);
    expect((await admin.request('POST', '/api/admin/forms/forgery/publish')).status).toBe(200);
  });
  afterAll(async () => {
    await outsider?.close();
    await system?.stop();
  });

  async function openCadreTask(): Promise<{ id: string; taskKey: string; workflowId: string }> {
    const submissionId = randomUUID();
    const filed = await (
      await as('ent01')
    ).request('POST', '/api/forms/forgery/submissions', { submissionId, data: { summary: '钢筋断供' } });
    expect(filed.status).toBe(202);
    return eventually(
      async () =>
        ((await (await as('cadre1')).request('GET', '/api/tasks?box=mine')).body.tasks ?? []).find(
          (t: { submissionId: string }) => t.submissionId === submissionId,
        ) as { id: string; taskKey: string; workflowId: string } | undefined,
      Boolean,
    ) as Promise<{ id: string; taskKey: string; workflowId: string }>;
  }

  /** Sends `decision` as an Update through `client`; the error it ends in (null when it was taken). */
  async function updateError(client: Client, workflowId: string, decision: Decision): Promise<unknown> {
    return client.workflow
      .getHandle(workflowId)
      .executeUpdate(decideUpdate, { args: [decision] })
      .then(
        () => null,
        (e: unknown) => e,
      );
  }

  /** The refusal's words, read with Fugong's key: failures travel sealed (core/codec/failure-converter.cjs), so a
   * client that sends as `writer` does (in clear, or under a foreign key) and reads as the application does. */
  async function refusal(writer: PayloadCodec | null, workflowId: string, decision: Decision): Promise<string> {
    const fugong = system.client.options.loadedDataConverter.payloadCodecs[0]!;
    const reader: PayloadCodec = {
      encode: (payloads) => (writer ? writer.encode(payloads) : Promise.resolve(payloads)),
      decode: (payloads) => fugong.decode(payloads),
    };
    const client = new Client({ connection: outsider, namespace: 'default', dataConverter: { payloadCodecs: [reader] } });
    const error = await updateError(client, workflowId, decision);
    expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
    const cause = (error as WorkflowUpdateFailedError).cause as { type?: string; message: string };
    expect(cause.type).toBe('Unsealed');
    return cause.message;
  }

  it('refuses a decide Update sent straight to Temporal, in clear or sealed with a foreign key, and the cadre still decides', async () => {
    const task = await openCadreTask();
    const cadre = await system.db('users').where({ username: 'cadre1' }).first('id', 'role', 'working_group_id');
    // Right task, right action, the real assignee as actor: everything the validator checks, except the seal.
    const forged: Decision = {
      taskId: task.taskKey,
      action: 'resolve',
      data: {},
      comment: '伪造的办结',
      actor: { userId: cadre.id, role: cadre.role, workingGroupId: cadre.working_group_id },
    };
    // An outsider is refused and cannot even read why: the refusal's words come back sealed.
    const inClear = new Client({ connection: outsider, namespace: 'default' });
    const unread = await updateError(inClear, task.workflowId, forged);
    expect(unread).toBeInstanceOf(Error);
    expect(String(unread)).not.toMatch(/not sealed/);
    expect(await refusal(null, task.workflowId, forged)).toMatch(/decision refused: it was not sealed with Fugong's payload key/);
    const foreignKey = new AesGcmPayloadCodec([{ id: 'test-key-1', secret: Buffer.alloc(32, 0x11) }]);
    expect(await refusal(foreignKey, task.workflowId, forged)).toMatch(/not sealed/);

    // Nothing reached history, no workflow task failed over the forged payload, and the task is still open.
    const history = await system.client.workflow.getHandle(task.workflowId).fetchHistory();
    expect(history.events!.filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes)).toHaveLength(0);
    expect(history.events!.filter((e) => e.workflowTaskFailedEventAttributes)).toHaveLength(0);
    expect(await system.db('tasks').where({ id: task.taskKey }).first('status', 'decided_by')).toEqual({
      status: 'open',
      decided_by: null,
    });
    expect(
      await system.db('audit_log').where({ action: 'task.decide', target_id: task.taskKey }).count<{ n: number }[]>({ n: '*' }),
    ).toEqual([{ n: 0 }]);

    const decided = await (
      await as('cadre1')
    ).request('POST', `/api/tasks/${encodeURIComponent(task.id)}/decide`, {
      action: 'resolve',
      comment: '已协调供货',
    });
    expect(decided).toMatchObject({ status: 200, body: { accepted: true } });
    const row = await eventually(
      () => system.db('tasks').where({ id: task.taskKey }).first('status', 'decided_by'),
      (r) => r.status === 'done',
    );
    expect(row).toEqual({ status: 'done', decided_by: cadre.id });
  });

  it('keeps the resident ID of a gate check out of its Temporal history, which the application can still read', async () => {
    const gate = await as('gate1');
    const setup = (await gate.request('GET', '/api/gate/setup')).body.setup;
    const upload = (await gate.request('POST', '/api/uploads', PNG, { contentType: 'image/png' })).body.upload;
    const residentId = freshResidentId();
    const checkId = randomUUID();
    const data = {
      residentId,
      name: '历史扫描',
      channel: 'people',
      certificate: 'pass',
      steps: ['certificate', 'temperature', 'disinfection', 'registration', 'code-scan', 'commitment', 'notice', 'separate-lane'],
      temperature: 38.2,
      riskFlag: false,
      signature: upload.ref,
      commitmentSha256: setup.commitment['zh-CN'].sha256,
    };
    const checked = await gate.request('POST', '/api/gate/checks', { checkId, data });
    expect(checked.status).toBe(201);
    const workflowId = (await system.db('submissions').where({ id: checked.body.check.id }).first('workflow_id')).workflow_id;
    // Read as an outsider would, once the workflow has run activities (their inputs and results are in history too).
    const reader = new Client({ connection: outsider, namespace: 'default' }).workflow.getHandle(workflowId);
    const raw = await eventually(
      () => reader.fetchHistory(),
      (history) => (history.events ?? []).filter((e) => e.activityTaskCompletedEventAttributes).length >= 2,
    );
    const bytes = Buffer.from(temporal.api.history.v1.History.encode(raw).finish());
    expect(bytes.includes(residentId)).toBe(false);
    expect(JSON.stringify(raw).includes(residentId)).toBe(false);
    expect(bytes.includes('binary/encrypted')).toBe(true);
    // Only Temporal's own bookkeeping of a patch() (its marker and the TemporalChangeVersion search attribute) is plain,
    // and it carries the patch's name alone; every payload of the application's is sealed.
    const plain = (raw.events ?? []).filter((event) =>
      Buffer.from(temporal.api.history.v1.HistoryEvent.encode(event).finish()).includes('json/plain'),
    );
    for (const event of plain) {
      const bookkeeping =
        event.markerRecordedEventAttributes?.markerName === 'core_patch' ||
        Object.keys(event.upsertWorkflowSearchAttributesEventAttributes?.searchAttributes?.indexedFields ?? {}).join() ===
          'TemporalChangeVersion';
      expect(bookkeeping, JSON.stringify(event)).toBe(true);
    }
    expect(plain.length).toBeLessThan((raw.events ?? []).length);

    // The same history through the application's codec does carry the ID: the scan above looks where it would be.
    const started = raw.events![0]!.workflowExecutionStartedEventAttributes!.input!.payloads!;
    const [opened] = await system.client.options.loadedDataConverter.payloadCodecs[0]!.decode(started);
    expect(Buffer.from(opened!.data!).includes(residentId)).toBe(true);
  });
});
