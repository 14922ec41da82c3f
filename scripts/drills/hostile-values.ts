// fast-check arbitraries for hostile input: strings that break parsers, templates and naive code; path and query
// parts; bodies of every shape and content type.
import fc from 'fast-check';

/** Strings chosen by hand because they have broken real systems. */
export const NASTY_STRINGS: readonly string[] = [
  '<script>alert("fugong")</script>',
  '<img src=x onerror=alert(1)>',
  '{{constructor.constructor("return process")()}}',
  '{{{7*7}}}',
  '{{#each this}}{{/each}}',
  '${7*7}',
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uFEFF',
  '\u202Egnp.exe',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  "' OR '1'='1' --",
  '"; DROP TABLE users; --',
  '\r\nSet-Cookie: owned=1',
  'javascript:alert(1)',
  'NaN',
  'Infinity',
  '-1',
  '0',
  '1e309',
  '9007199254740993',
  '2026-02-30',
  '25:61',
  'null',
  'undefined',
  'true',
  '[object Object]',
  '',
  ' ',
  '😀👩‍👩‍👧‍👦',
  '复工复产'.repeat(200),
  'x'.repeat(70_000),
];

/** One hostile string: a known-nasty one, random Unicode (surrogates included), or a long run. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('a', '<', '{', '\u0000', '%'), fc.integer({ min: 1_000, max: 40_000 }))
      .map(([c, n]) => c.repeat(n)),
  },
);

/** Percent-encodes any string, lone surrogates included (encodeURIComponent throws on those). */
export function encodePart(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return [...Buffer.from(value, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
  }
}

/** Raw (already encoded) path or query fragments that are malformed on purpose. */
const RAW_PARTS = ['%', '%zz', '%ff%fe', '%c3%28', '%00', '..%2f..%2f', '%2e%2e', '%E0%A4%A', '%u0041', '%25', '%0d%0a'];

/** A value for a route parameter: a real id or key from `known`, a number, or something hostile; returned encoded. */
export function pathValue(known: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: (known.length ? fc.constantFrom(...known) : fc.constant('1')).map(encodePart) },
    { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n })).map(String) },
    { weight: 1, arbitrary: fc.uuid().map(String) },
    { weight: 3, arbitrary: hostileString.map((s) => encodePart(s.slice(0, 2_000))) },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_PARTS) },
  );
}

/** Field names the API actually reads, so random bodies reach past "unknown field" checks now and then. */
export const KNOWN_KEYS = [
  'username',
  'password',
  'currentPassword',
  'newPassword',
  'submissionId',
  'data',
  'action',
  'decision',
  'comment',
  'note',
  'reason',
  'role',
  'email',
  'displayName',
  'active',
  'name',
  'key',
  'version',
  'schema',
  'uiSchema',
  'process',
  'params',
  'audience',
  'title',
  'status',
  'date',
  'kind',
  'rows',
  'filter',
  'query',
  'enterpriseId',
  'userId',
  'cadreId',
  'assigneeId',
  'subject',
  'html',
  'text',
  'locale',
  'to',
  'temperature',
  'endsAt',
  'residentId',
  'value',
  'settings',
  'holiday',
  'projectId',
  'workingGroupKey',
  'round',
  'deadline',
  'formKey',
  'verdict',
  'reply',
  'problems',
  'body',
  '__proto__',
  'constructor',
  'prototype',
];

const leaf: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.uuid().map(String),
);

/** A JSON object with known and hostile keys and hostile leaves, a few levels deep. */
export const hostileObject: fc.Arbitrary<Record<string, unknown>> = fc.letrec<{ node: unknown; object: Record<string, unknown> }>(
  (tie) => ({
    node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('object'), fc.array(tie('node'), { maxLength: 4 })),
    object: fc.dictionary(
      fc.oneof(
        fc.constantFrom(...KNOWN_KEYS),
        hostileString.map((s) => s.slice(0, 50)),
      ),
      tie('node'),
      { maxKeys: 6 },
    ),
  }),
).object;

/** A request body: its bytes (or text) and the content type that announces it (or none). */
export interface HostileBody {
  contentType: string | null;
  contentEncoding?: string;
  body: string | Uint8Array;
  label: string;
}

const deep = (n: number, object: boolean) => (object ? `${'{"a":'.repeat(n)}1${'}'.repeat(n)}` : `${'['.repeat(n)}${']'.repeat(n)}`);
const JSON_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'application/vnd.api+json',
  'APPLICATION/JSON',
];
const OTHER_TYPES = [
  'text/plain',
  'text/csv',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=----x',
  'application/octet-stream',
  'image/png',
  'application/xml',
];

/** Bodies of every kind: structured JSON, pollution keys, deep nesting, too large, invalid UTF-8, garbage, wrong types. */
export const hostileBody: fc.Arbitrary<HostileBody> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(hostileObject, fc.constantFrom(...JSON_TYPES))
      .map(([o, t]) => ({ contentType: t, body: JSON.stringify(o), label: 'json object' })),
  },
  {
    weight: 2,
    arbitrary: fc
      .jsonValue({ maxDepth: 4 })
      .map((v) => ({ contentType: 'application/json', body: JSON.stringify(v) ?? 'null', label: 'json value' })),
  },
  {
    weight: 2,
    arbitrary: hostileObject.map((o) => ({
      contentType: 'application/json',
      body: `{"__proto__":{"role":"admin","isAdmin":true},"constructor":{"prototype":{"polluted":true}},${JSON.stringify(o).slice(1)}`.replace(
        /,}$/,
        '}',
      ),
      label: 'prototype pollution',
    })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 500, max: 60_000 }), fc.boolean())
      .map(([n, o]) => ({ contentType: 'application/json', body: deep(n, o), label: 'deep json' })),
  },
  { weight: 1, arbitrary: fc.constant({ contentType: 'application/json', body: `{"data":"${'x'.repeat(300_000)}"}`, label: 'huge json' }) },
  {
    weight: 1,
    arbitrary: fc.uint8Array({ maxLength: 200 }).map((bytes) => ({
      contentType: 'application/json',
      body: Uint8Array.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, ...bytes, 0x22, 0x7d]),
      label: 'invalid utf-8',
    })),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 300 }).map((s) => ({ contentType: 'application/json', body: s, label: 'broken json' })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.uint8Array({ maxLength: 300 }), fc.constantFrom(...OTHER_TYPES, null))
      .map(([b, t]) => ({ contentType: t, body: b, label: 'garbage bytes' })),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(hostileString, fc.constantFrom(...OTHER_TYPES)).map(([s, t]) => ({ contentType: t, body: s, label: 'text' })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(hostileObject, fc.constantFrom('gzip', 'deflate', 'br', 'x-unknown'))
      .map(([o, e]) => ({ contentType: 'application/json', contentEncoding: e, body: JSON.stringify(o), label: 'bad encoding' })),
  },
);

// Query keys the routes read (found with `grep -rn req.query web/server`), so repeated keys reach them as arrays.
const QUERY_KEYS = [
  'status',
  'q',
  'page',
  'limit',
  'offset',
  'from',
  'to',
  'date',
  'role',
  'sort',
  'formKey',
  'lang',
  'range',
  'group',
  'enterpriseId',
  'step',
  'kind',
  'round',
  'box',
  'category',
  'overdue',
  'dueBefore',
  'actor',
  'action',
  'targetType',
  'targetId',
  'year',
  'cadreId',
  'projectId',
  'cursor',
  'groups',
  'group',
  'table',
  'history',
  'dryRun',
];

/** A query string: known and hostile keys, repeated keys (arrays), bracket keys, malformed escapes. */
export const hostileQuery: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.tuple(fc.constantFrom(...QUERY_KEYS), hostileString).map(([k, v]) => `${k}=${encodePart(v.slice(0, 500))}`),
      fc
        .tuple(
          fc.constantFrom(...QUERY_KEYS, 'a[__proto__][x]', '__proto__', 'constructor[prototype][y]', 'x[]'),
          fc.constantFrom(...RAW_PARTS, '1', '-1', '99999999999999999999'),
        )
        .map(([k, v]) => `${k}=${v}`),
      fc.constantFrom('status=a&status=b', 'page', '=', '&&', 'limit=1e9', 'lang=en', 'lang=%ff'),
    ),
    { maxLength: 4 },
  )
  .map((parts) => (parts.length ? `?${parts.join('&')}` : ''));
