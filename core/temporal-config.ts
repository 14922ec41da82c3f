// The settings that reach Temporal: the frontend's address, TLS (and mTLS) towards it, and the keys that seal its
// payloads. Each is read once by loadConfig (core/config.ts) and a bad one refused with a message naming the variable.
import { readFileSync } from 'node:fs';
import { parsePayloadKeys, PayloadKeyError, type PayloadKey } from './codec/payload-keys';
import { ConfigError } from './config-values';

/** TLS towards Temporal, in the SDK's shape (both Connection.connect and NativeConnection.connect take it). */
export interface TemporalTls {
  /** Overrides the name checked in the server certificate (SNI). */
  serverNameOverride?: string;
  /** CA that signed the server certificate, when the system store does not know it. */
  serverRootCACertificate?: Buffer;
  /** Client certificate and key for mTLS. */
  clientCertPair?: { crt: Buffer; key: Buffer };
}

/** TEMPORAL_ADDRESS: host:port of the frontend, as gRPC dials it; a URL ("http://temporal:7233") never connects. */
export function temporalAddressFrom(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  if (/^(\[[0-9a-fA-F:.]+\]|[^\s:/[\]]+):\d{1,5}$/.test(raw)) return raw;
  throw new ConfigError(
    `TEMPORAL_ADDRESS must be host:port of Temporal's frontend, such as temporal.example.org:7233 (no scheme), got "${raw}"`,
  );
}

/** The bytes of the file the setting `name` names, if it names one. */
function readSetting(env: NodeJS.ProcessEnv, name: string): Buffer | undefined {
  const path = env[name];
  if (!path) return undefined;
  try {
    return readFileSync(path);
  } catch (error) {
    throw new ConfigError(`${name} names a file that cannot be read (${path}): ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
}

/** TEMPORAL_TLS, TEMPORAL_TLS_SERVER_NAME, TEMPORAL_TLS_CA, TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY; undefined dials in
 * plaintext. */
export function tlsFrom(env: NodeJS.ProcessEnv): TemporalTls | undefined {
  const wanted = env.TEMPORAL_TLS;
  if (wanted !== undefined && wanted !== '' && !['0', '1', 'true', 'false'].includes(wanted))
    throw new ConfigError(`TEMPORAL_TLS must be 1 or 0, got "${wanted}"`);
  const crt = readSetting(env, 'TEMPORAL_TLS_CERT');
  const key = readSetting(env, 'TEMPORAL_TLS_KEY');
  if (Boolean(crt) !== Boolean(key)) throw new ConfigError('TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY go together (mTLS needs both files)');
  const tls: TemporalTls = {
    ...(env.TEMPORAL_TLS_SERVER_NAME ? { serverNameOverride: env.TEMPORAL_TLS_SERVER_NAME } : {}),
    ...(env.TEMPORAL_TLS_CA ? { serverRootCACertificate: readSetting(env, 'TEMPORAL_TLS_CA') } : {}),
    ...(crt && key ? { clientCertPair: { crt, key } } : {}),
  };
  const on = wanted === '1' || wanted === 'true' || Object.keys(tls).length > 0;
  if (wanted === '0' || wanted === 'false') {
    if (Object.keys(tls).length) throw new ConfigError('TEMPORAL_TLS=0 contradicts the TEMPORAL_TLS_* files that are set');
    return undefined;
  }
  return on ? tls : undefined;
}

/** FUGONG_PAYLOAD_KEYS or FUGONG_PAYLOAD_KEYS_FILE, active key first; empty when neither is set. */
export function payloadKeysFrom(env: NodeJS.ProcessEnv): PayloadKey[] {
  try {
    if (env.FUGONG_PAYLOAD_KEYS && env.FUGONG_PAYLOAD_KEYS_FILE)
      throw new ConfigError('set FUGONG_PAYLOAD_KEYS or FUGONG_PAYLOAD_KEYS_FILE, not both');
    if (env.FUGONG_PAYLOAD_KEYS) return parsePayloadKeys(env.FUGONG_PAYLOAD_KEYS, 'FUGONG_PAYLOAD_KEYS');
    const file = readSetting(env, 'FUGONG_PAYLOAD_KEYS_FILE');
    return file ? parsePayloadKeys(file.toString('utf8'), 'FUGONG_PAYLOAD_KEYS_FILE') : [];
  } catch (error) {
    if (error instanceof PayloadKeyError) throw new ConfigError(error.message);
    throw error;
  }
}
