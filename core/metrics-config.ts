// The Prometheus settings: the token of the web port's /metrics, its internal listener and the worker's own SDK
// metrics address, read once by loadConfig (core/config.ts). Everything is off when unset.
import { ConfigError, FIXED_PORT, integerSetting } from './config-values';

/** Prometheus metrics; everything off when unset. */
export interface MetricsConfig {
  /** METRICS_TOKEN: `GET /metrics` on the web port with `Authorization: Bearer <token>`. */
  token: string | undefined;
  /** METRICS_PORT / METRICS_HOST: an internal listener for the web process's /metrics, no token (127.0.0.1 by default). */
  port: number | undefined;
  host: string;
  /** TEMPORAL_METRICS_ADDRESS: host:port where the worker's Temporal SDK serves its own Prometheus metrics. */
  workerAddress: string | undefined;
}

/** METRICS_TOKEN (16 characters at least), METRICS_PORT, METRICS_HOST and TEMPORAL_METRICS_ADDRESS (host:port). */
export function metricsFrom(env: NodeJS.ProcessEnv): MetricsConfig {
  const token = env.METRICS_TOKEN || undefined;
  if (token !== undefined && token.length < 16) throw new ConfigError('METRICS_TOKEN must have at least 16 characters');
  const workerAddress = env.TEMPORAL_METRICS_ADDRESS || undefined;
  if (workerAddress !== undefined && !/^[^\s:]+:\d{1,5}$/.test(workerAddress))
    throw new ConfigError(`TEMPORAL_METRICS_ADDRESS must be host:port such as 127.0.0.1:9465, got "${workerAddress}"`);
  return {
    token,
    port: env.METRICS_PORT ? integerSetting(env, 'METRICS_PORT', 0, FIXED_PORT) : undefined,
    host: env.METRICS_HOST || '127.0.0.1',
    workerAddress,
  };
}
