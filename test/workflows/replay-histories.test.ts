// The determinism guard: every recorded history (test/fixtures/histories, made from real runs by the record-*.ts
// scripts beside them) replays against today's workflow code in one replay worker. A change that alters the commands a
// running workflow already issued fails here until it is guarded with patched() or ships as a new workflow type.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { Worker, type ReplayResult } from '@temporalio/worker';
import { loadConfig } from '#core/config';
import { dataConverter } from '#core/temporal';
import { readShippedForms } from '#forms/shipped-forms';
import { PROCESS_TYPES, startsWorkflow } from '#forms/process-types';
import { readHistories, replayPayloadKeys } from '../helpers/recorded-histories';
import { TEST_PAYLOAD_KEYS } from '../helpers/test-codec';

const dir = new URL('../fixtures/histories/', import.meta.url);
// Recorded, and exported from a live installation before an upgrade (<workflow id>.live.pb, deploy/README.md).
const histories = readHistories(dir);
const files = histories.map((entry) => entry.file);
// A workflow that derives ids from its own workflow id (task ids, email keys) must replay under the id it ran with:
// a decision names its task by that id.
const workflowIds = Object.fromEntries(histories.map((entry) => [entry.file, entry.workflowId])) as Record<string, string | undefined>;
const historyOf = (file: string) => histories.find((entry) => entry.file === file)!.history;
// A record (the visit log) is stored, not run: it has no workflow and so no history to replay.
const shippedProcesses = () => readShippedForms().filter((form) => startsWorkflow(form.process.processType));
const workflowTypeOf = (file: string) =>
  historyOf(file).events?.[0]?.workflowExecutionStartedEventAttributes?.workflowType?.name ?? '(no start event)';

describe('recorded workflow histories', { timeout: 120_000 }, () => {
  const results = new Map<string, ReplayResult>();

  beforeAll(async () => {
    // Through the codec, as the worker replays (payloads recorded in clear, before encryption, still decode).
    // Live exports are sealed with the installation's keys: FUGONG_PAYLOAD_KEYS / FUGONG_PAYLOAD_KEYS_FILE open them.
    const code = {
      workflowBundle: { codePath: inject('workflowBundlePath') },
      dataConverter: dataConverter(loadConfig({ FUGONG_PAYLOAD_KEYS: replayPayloadKeys(TEST_PAYLOAD_KEYS) })),
    };
    const replayed = histories.map((entry) => ({ workflowId: entry.workflowId!, history: entry.history }));
    for await (const result of Worker.runReplayHistories(code, replayed)) results.set(result.workflowId, result);
  });

  it('names the workflow id of every history', () => {
    expect(files.filter((file) => !workflowIds[file])).toEqual([]);
  });

  it('holds a history of every workflow type a shipped definition starts, and of the rounds collections run', () => {
    const recorded = new Set(files.map(workflowTypeOf));
    const shipped = new Set(shippedProcesses().map((form) => PROCESS_TYPES[form.process.processType]!.workflowType!));
    expect([...shipped, 'collectionRoundWorkflow'].filter((type) => !recorded.has(type))).toEqual([]);
  });

  it('holds a history of the main paths of every shipped definition (recorded by record-shipped-histories.ts)', () => {
    const keys = shippedProcesses().map((form) => form.key);
    expect(keys.filter((key) => !files.some((file) => file.startsWith(`${key}-`)))).toEqual([]);
  });

  it.each(files)('%s replays without nondeterminism against today’s workflow code', (file) => {
    const result = results.get(workflowIds[file]!);
    expect(result, `no replay result for ${file}`).toBeDefined();
    expect(result!.error, String(result!.error)).toBeUndefined();
  });
});
