// deploy/README.md, "Upgrading with running workflows": live histories exported into test/fixtures/histories are
// replayed by the determinism guard, with the installation's payload keys. The guard used to read the recorded `*.pb`
// files named in workflow-ids.json only, with the test key alone, and the README's `temporal workflow show --output
// json` export was skipped without a word (nor can the SDK read that JSON in this install).
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readHistories, replayPayloadKeys } from '../helpers/recorded-histories';

const recorded = new URL('../fixtures/histories/', import.meta.url);
const SAMPLE = 'difficulty-report-resolved-v4.pb';

describe('the histories the determinism guard replays', () => {
  it('reads a live export (<workflow id>.live.pb) beside the recorded ones, under the workflow id its name gives', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fugong-histories-'));
    copyFileSync(new URL(SAMPLE, recorded), join(dir, SAMPLE));
    copyFileSync(new URL(SAMPLE, recorded), join(dir, 'submission-live.live.pb'));
    copyFileSync(new URL(SAMPLE, recorded), join(dir, 'unnamed-v1.pb'));
    writeFileSync(join(dir, 'workflow-ids.json'), JSON.stringify({ [SAMPLE]: 'submission-recorded' }));

    const read = readHistories(pathToFileURL(`${dir}/`));
    expect(read.map(({ file, workflowId }) => ({ file, workflowId }))).toEqual([
      { file: SAMPLE, workflowId: 'submission-recorded' },
      { file: 'submission-live.live.pb', workflowId: 'submission-live' },
      // A recorded history workflow-ids.json misses has no id: the guard names it.
      { file: 'unnamed-v1.pb', workflowId: undefined },
    ]);
    expect(read[1]!.history.events?.length).toBe(read[0]!.history.events?.length);
  });

  it('opens payloads with the installation’s keys beside the test key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fugong-keys-'));
    writeFileSync(join(dir, 'payload-keys'), 'k2:file-key\nk3:older-key\n');
    expect(replayPayloadKeys('test:key', {})).toBe('test:key');
    expect(replayPayloadKeys('test:key', { FUGONG_PAYLOAD_KEYS: 'k1:env-key' })).toBe('test:key,k1:env-key');
    expect(replayPayloadKeys('test:key', { FUGONG_PAYLOAD_KEYS_FILE: join(dir, 'payload-keys') })).toBe(
      'test:key,k2:file-key,k3:older-key',
    );
  });
});
