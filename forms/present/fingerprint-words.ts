// A SHA-256 fingerprint in a submission (the gate check's `commitmentSha256`, `noticeSha256`) is evidence for whoever
// has to prove which text a worker signed or was handed, not something a reader of the case can use: 64 hex digits,
// or their ends, mean nothing to the officer, the cadre or HQ. A case page says what the fingerprint stands for
// ("已签署承诺书（签名已存档，可核验）"); the digits stay in the stored record and in the form's CSV export, where a
// verification starts (hash the definition's commitment text of that version and compare).
import type { RJSFSchema } from '@rjsf/utils';
import type { Locale, LocalizedText } from '#core/domain/locale';

/** How a form declares a SHA-256 fingerprint field. */
export const SHA256_PATTERN = '^[0-9a-f]{64}$';

interface Meaning {
  title: LocalizedText;
  value: LocalizedText;
}

const term = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

/** What the gate check's fingerprints stand for; any other fingerprint field keeps its title and says it is on file. */
const MEANINGS: Record<string, Meaning> = {
  commitmentSha256: {
    title: term('健康承诺书', 'Health commitment'),
    value: term('已签署承诺书（签名已存档，可核验）', 'Signed (the signature is on file and can be verified)'),
  },
  noticeSha256: {
    title: term('进场告知书', 'Notice on entry'),
    value: term('已领取告知书（所领文本已存档，可核验）', 'Received (the text handed over is on file and can be verified)'),
  },
};
const ON_FILE = term('已存档，可核验', 'On file, can be verified');

function isFingerprintField(node: unknown): boolean {
  return Boolean(node) && typeof node === 'object' && (node as RJSFSchema).pattern === SHA256_PATTERN;
}

/** The schema and data of a case page with each fingerprint field's value in words, and the title of each known one
 * (a form titles them for its builder: "所签承诺书的 SHA-256") in a reader's. */
export function fingerprintsInWords(
  schema: RJSFSchema,
  data: Record<string, unknown>,
  locale: Locale,
): { schema: RJSFSchema; data: Record<string, unknown> } {
  const properties = (schema.properties ?? {}) as Record<string, RJSFSchema>;
  const keys = Object.keys(properties).filter((key) => isFingerprintField(properties[key]));
  if (!keys.length) return { schema, data };
  const shownData = { ...data };
  const shownProperties = { ...properties };
  for (const key of keys) {
    const meaning = MEANINGS[key];
    if (typeof data[key] === 'string' && data[key]) shownData[key] = (meaning?.value ?? ON_FILE)[locale];
    // The words no longer match the digits' pattern: the page presents them, it does not validate them.
    const { pattern: _pattern, ...rest } = properties[key]!;
    shownProperties[key] = meaning ? { ...rest, title: meaning.title[locale] } : rest;
  }
  return { schema: { ...schema, properties: shownProperties }, data: shownData };
}
