import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import proto from '@temporalio/proto';

const { temporal } = proto;
import { Worker } from '@temporalio/worker';

const dir = new URL('../fixtures/histories/', import.meta.url);
const files = readdirSync(dir).filter((name) => name.endsWith('.pb'));

describe('recorded workflow histories', () => {
  it('has at least one history to replay', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s replays without nondeterminism against today’s workflow code', async (file) => {
    const history = temporal.api.history.v1.History.decode(readFileSync(new URL(file, dir)));
    // Workflows that key their tasks by their own id (the ladder) replay under the id they ran with, kept beside the history.
    const idFile = new URL(file.replace(/\.pb$/, '.workflow-id'), dir);
    const workflowId = existsSync(idFile) ? readFileSync(idFile, 'utf8').trim() : undefined;
    await expect(
      Worker.runReplayHistory({ workflowBundle: { codePath: inject('workflowBundlePath') } }, history, workflowId),
    ).resolves.toBeUndefined();
  });
});
