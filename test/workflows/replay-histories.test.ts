import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import proto from '@temporalio/proto';

const { temporal } = proto;
import { Worker } from '@temporalio/worker';
import { testWorkerCode } from '../helpers/test-codec';

const dir = new URL('../fixtures/histories/', import.meta.url);
const files = readdirSync(dir).filter((name) => name.endsWith('.pb'));
// A workflow that derives ids from its own workflow id (task ids, email keys) must replay under the id it ran with:
// a decision names its task by that id.
const workflowIds = JSON.parse(readFileSync(new URL('workflow-ids.json', dir), 'utf8')) as Record<string, string>;

describe('recorded workflow histories', () => {
  it('has at least one history to replay', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s replays without nondeterminism against today’s workflow code', async (file) => {
    const history = temporal.api.history.v1.History.decode(readFileSync(new URL(file, dir)));
    // Through the codec, as the worker replays (payloads recorded in clear, before encryption, still decode), and under
    // the workflow id each history ran with.
    await expect(Worker.runReplayHistory(testWorkerCode(), history, workflowIds[file])).resolves.toBeUndefined();
  });
});
