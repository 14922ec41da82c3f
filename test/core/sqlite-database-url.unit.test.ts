// DATABASE_URL=sqlite:… as an IT team may mistype it. Each malformed URL is one configuration error naming DATABASE_URL
// and what to write instead (`npm start`, `npm run web`, `npm run worker` and `npm run reset-admin-password` print it as
// their one last line, exit 78): no file (`sqlite:` resolved to the folder the process started in), a relative path
// (which followed that folder), a host (whose name became part of a relative path). A well-formed URL whose folder this
// user cannot make is named at the start-up check, not left to a stack trace.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '#core/config';
import { openReachableDatabase } from '#core/startup-checks';

const FIX =
  "write DATABASE_URL=sqlite: followed by the file's absolute path, such as sqlite:/var/lib/fugong/fugong.sqlite " +
  '(or sqlite:///var/lib/fugong/fugong.sqlite), or leave DATABASE_URL unset for DATA_DIR/fugong.sqlite';

const configWith = (url: string) => loadConfig({ DATABASE_URL: url, DATA_DIR: '/srv/fugong/data' });

// openReachableDatabase sets the umask (keepDataPrivate) for the process it runs in; the files after this one keep theirs.
const umask = process.umask(0o022);
process.umask(umask);
afterEach(() => void process.umask(umask));

describe('DATABASE_URL=sqlite:…', () => {
  it.each([
    ['sqlite:', 'names no file'],
    ['sqlite://', 'names no file'],
    ['sqlite:///', 'names no file'],
    ['sqlite://host/x', 'names a host ("host"), but SQLite is a file on this machine'],
    ['sqlite://db.internal/var/lib/fugong.sqlite', 'names a host ("db.internal"), but SQLite is a file on this machine'],
    ['sqlite:/var/lib/fugong/', 'names a folder, not a file'],
  ])('refuses %s: it %s, and says what to write', (url, why) => {
    expect(() => configWith(url)).toThrow(new ConfigError(`DATABASE_URL=${url} ${why}: ${FIX}`));
  });

  it('refuses a relative path, naming the absolute path it would stand for here', () => {
    expect(() => configWith('sqlite:relative')).toThrow(
      new ConfigError(
        'DATABASE_URL=sqlite:relative names a relative path, which would change with the folder a process starts in: ' +
          `${FIX} (started here, that is sqlite:${resolve('relative')})`,
      ),
    );
    expect(() => configWith('sqlite:data/fugong.sqlite')).toThrow(/names a relative path/);
  });

  it.each([
    ['sqlite:/var/lib/fugong/fugong.sqlite', '/var/lib/fugong/fugong.sqlite'],
    ['sqlite:///var/lib/fugong/fugong.sqlite', '/var/lib/fugong/fugong.sqlite'],
    ['sqlite:/var/lib/fugong/../fugong.sqlite', '/var/lib/fugong.sqlite'],
  ])('takes %s as the file %s', (url, filename) => {
    expect(configWith(url).database).toEqual({ client: 'sqlite3', filename });
  });

  it('names DATABASE_URL and what to write when the file’s folder cannot be made', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fugong-sqlite-url-')), 'a-file');
    writeFileSync(file, '');
    const dataDir = mkdtempSync(join(tmpdir(), 'fugong-sqlite-data-'));
    const config = loadConfig({ DATABASE_URL: `sqlite:${file}/sub/fugong.sqlite`, DATA_DIR: dataDir });
    const error = await openReachableDatabase(config).catch((caught: unknown) => caught);
    expect(error).toEqual(
      new ConfigError(
        `the SQLite file ${file}/sub/fugong.sqlite (DATA_DIR, or DATABASE_URL=sqlite:…) cannot be used: ` +
          'a part of its folder path is a file, not a folder; set DATABASE_URL=sqlite:/absolute/path/fugong.sqlite to a ' +
          'file in a folder this user may create and write (or unset DATABASE_URL and set DATA_DIR to such a folder)',
      ),
    );
  });
});
