// The embedded default's key file: created once with owner-only permissions, then reused as it is.
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrCreateKeyFile, payloadKeyFilePath } from '#core/codec/payload-keys';

describe('payload key file under DATA_DIR', () => {
  it('is created once, readable by its owner only, and gives the same key on every later start', () => {
    const path = payloadKeyFilePath(join(mkdtempSync(join(tmpdir(), 'fugong-keys-')), 'not-yet'));
    const first = loadOrCreateKeyFile(path);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(first).toHaveLength(1);
    expect(first[0]!.secret).toHaveLength(32);
    const written = readFileSync(path, 'utf8');
    const again = loadOrCreateKeyFile(path);
    expect(readFileSync(path, 'utf8')).toBe(written);
    expect(again).toEqual(first);
  });
});
