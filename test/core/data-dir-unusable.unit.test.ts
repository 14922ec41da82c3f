// A DATA_DIR that is a file, or lies under one, used to end `npm start`, `npm run web` and `npm run worker` with
// node's EEXIST / ENOTDIR stack (from the payload key file's mkdir) instead of a line naming the setting.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '#core/config';
import { keepDataPrivate, openCheckedDatabase } from '#core/startup-checks';

const aFile = () => {
  const path = join(mkdtempSync(join(tmpdir(), 'fugong-data-dir-')), 'not-a-folder');
  writeFileSync(path, '');
  return path;
};
// keepDataPrivate sets the umask for the process it runs in; the files after this one in the fork keep their own.
const umask = process.umask(0o022);
process.umask(umask);
afterEach(() => void process.umask(umask));

describe('an unusable DATA_DIR', () => {
  it.each([
    ['is a file', aFile(), 'EEXIST'],
    ['lies under a file', join(aFile(), 'data'), 'ENOTDIR'],
  ])('that %s is one configuration error naming DATA_DIR and what to do', (_case, dataDir, code) => {
    expect(() => keepDataPrivate(dataDir)).toThrow(
      new ConfigError(
        `DATA_DIR ${dataDir} cannot be used (${code}): it must be a folder this user may create or write; ` +
          'make it so, or set DATA_DIR to such a folder',
      ),
    );
  });

  it('is named before the embedded default tries to make its payload key file there', async () => {
    const dataDir = aFile();
    const error = await openCheckedDatabase(loadConfig({ DATA_DIR: dataDir })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/^DATA_DIR .* cannot be used \(EEXIST\)/);
  });
});
