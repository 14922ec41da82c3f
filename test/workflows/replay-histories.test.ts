import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import proto from '@temporalio/proto';

const { temporal } = proto;
import { Worker } from '@temporalio/worker';
import { testWorkerCode } from '../helpers/test-codec';

const dir = new URL('../fixtures/histories/', import.meta.url);
const files = readdirSync(dir).filter((name) => name.endsWith('.pb'));

describe('recorded workflow histories', () => {
  it('has at least one history to replay', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s replays without nondeterminism against today’s workflow code', async (file) => {
    const history = temporal.api.history.v1.History.decode(readFileSync(new URL(file, dir)));
    // Through the codec, as the worker replays: payloads recorded in clear (before encryption) still decode.
    await expect(Worker.runReplayHistory(testWorkerCode(), history)).resolves.toBeUndefined();
  });
});
