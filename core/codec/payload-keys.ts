// The AES-256 keys that seal Temporal payloads: parsed from `id:<base64 32 bytes>,…` (the first one encrypts, all of
// them decrypt, so keys rotate without losing running workflows), or kept in a file under DATA_DIR on the embedded
// default so restarts keep decrypting what earlier runs wrote.
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Config } from '../config';
import { ConfigError } from '../config-values';

/** One key: its id travels in each payload's metadata, the secret never leaves the process. */
export interface PayloadKey {
  id: string;
  secret: Buffer;
}

/** Raised when a key list cannot be used; the message says which entry and why. */
export class PayloadKeyError extends Error {}

const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

/** Parses `k2:<base64>,k1:<base64>`; `source` names where the text came from, for the error message. */
export function parsePayloadKeys(text: string, source: string): PayloadKey[] {
  const entries = text
    .split(/[,\n]/)
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (!entries.length) throw new PayloadKeyError(`${source} holds no key; expected "id:<base64 of 32 bytes>", first one active`);
  const keys = entries.map((entry) => {
    const colon = entry.indexOf(':');
    const id = entry.slice(0, colon);
    if (colon < 0 || !KEY_ID.test(id))
      throw new PayloadKeyError(
        `${source}: each key is "id:<base64>" with an id of letters, digits, - or _ (got "${entry.slice(0, 12)}…")`,
      );
    const secret = Buffer.from(entry.slice(colon + 1), 'base64');
    if (secret.length !== 32) throw new PayloadKeyError(`${source}: key "${id}" must be 32 bytes in base64 (got ${secret.length} bytes)`);
    return { id, secret };
  });
  const ids = new Set(keys.map((key) => key.id));
  if (ids.size !== keys.length) throw new PayloadKeyError(`${source}: key ids must be unique`);
  return keys;
}

/** A fresh key line, `id:<base64>`, for a key file or FUGONG_PAYLOAD_KEYS. */
export function newPayloadKeyLine(id = `k${new Date().toISOString().slice(0, 10).replaceAll('-', '')}`): string {
  return `${id}:${randomBytes(32).toString('base64')}`;
}

/** Where the embedded default keeps its keys. */
export function payloadKeyFilePath(dataDir: string): string {
  return join(dataDir, 'payload-keys');
}

/** Reads the key file, creating it (mode 0600, exclusively, so two processes starting together agree) on first use. */
export function loadOrCreateKeyFile(path: string): PayloadKey[] {
  mkdirSync(dirname(path), { recursive: true });
  try {
    const fd = openSync(path, 'wx', 0o600);
    try {
      writeSync(fd, `${newPayloadKeyLine()}\n`);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return parsePayloadKeys(readFileSync(path, 'utf8'), path);
}

/** The configured payload keys, or the embedded default's key file under DATA_DIR (`npm start` creates it before its
 * web and worker read it). In production, or against a cluster of one's own (TEMPORAL_ADDRESS), there is no default:
 * processes that each made a key of their own could not open each other's payloads, so start-up is refused. */
export function payloadKeys(config: Config): PayloadKey[] {
  if (config.payloadKeys.length) return config.payloadKeys;
  if (config.production || config.temporal.address) throw new ConfigError(MISSING_PAYLOAD_KEYS);
  return loadOrCreateKeyFile(payloadKeyFilePath(config.dataDir));
}

const MISSING_PAYLOAD_KEYS =
  'FUGONG_PAYLOAD_KEYS or FUGONG_PAYLOAD_KEYS_FILE must be set with NODE_ENV=production or TEMPORAL_ADDRESS: every web ' +
  "and worker process needs the same keys to open each other's Temporal payloads. Make a key file once " +
  `(node -e "console.log('k1:' + require('crypto').randomBytes(32).toString('base64'))" > payload-keys; chmod 600 payload-keys) ` +
  'and give every process FUGONG_PAYLOAD_KEYS_FILE naming it (deploy/secrets/README.md)';
