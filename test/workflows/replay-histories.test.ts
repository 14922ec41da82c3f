// The determinism guard: every recorded history (test/fixtures/histories, made from real runs by the record-*.ts
// scripts beside them) replays against today's workflow code in one replay worker. A change that alters the commands a
// running workflow already issued fails here until it is guarded with patched() or ships as a new workflow type.
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import proto from '@temporalio/proto';
import { Worker, type ReplayResult } from '@temporalio/worker';
import { readShippedForms } from '#forms/shipped-forms';
import { PROCESS_TYPES, startsWorkflow } from '#forms/process-types';
import { testWorkerCode } from '../helpers/test-codec';

const { temporal } = proto;
const dir = new URL('../fixtures/histories/', import.meta.url);
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.pb'))
  .sort();
// A workflow that derives ids from its own workflow id (task ids, email keys) must replay under the id it ran with:
// a decision names its task by that id.
const workflowIds = JSON.parse(readFileSync(new URL('workflow-ids.json', dir), 'utf8')) as Record<string, string>;
const historyOf = (file: string) => temporal.api.history.v1.History.decode(readFileSync(new URL(file, dir)));
// A record (the visit log) is stored, not run: it has no workflow and so no history to replay.
const shippedProcesses = () => readShippedForms().filter((form) => startsWorkflow(form.process.processType));
const workflowTypeOf = (file: string) =>
  historyOf(file).events[0]?.workflowExecutionStartedEventAttributes?.workflowType?.name ?? '(no start event)';

describe('recorded workflow histories', { timeout: 120_000 }, () => {
  const results = new Map<string, ReplayResult>();

  beforeAll(async () => {
    // Through the codec, as the worker replays (payloads recorded in clear, before encryption, still decode).
    const histories = files.map((file) => ({ workflowId: workflowIds[file]!, history: historyOf(file) }));
    for await (const result of Worker.runReplayHistories(testWorkerCode(), histories)) results.set(result.workflowId, result);
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
