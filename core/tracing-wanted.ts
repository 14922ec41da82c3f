// Whether the standard OpenTelemetry variables ask for traces; read by core/config.ts, kept apart from core/tracing.ts so
// that reading the configuration never loads the OpenTelemetry SDK.
import { ConfigError } from './config-values';

const ENDPOINTS = ['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', 'OTEL_EXPORTER_OTLP_ENDPOINT'] as const;

/** True when an OTLP endpoint is set and neither OTEL_SDK_DISABLED nor OTEL_TRACES_EXPORTER=none turns traces off. An
 * endpoint that is no http(s) URL is refused: the exporter dropped every span without a word. */
export function tracingWanted(env: NodeJS.ProcessEnv): boolean {
  if (env.OTEL_SDK_DISABLED === 'true' || env.OTEL_TRACES_EXPORTER === 'none') return false;
  for (const name of ENDPOINTS) checkEndpoint(name, env[name]);
  return Boolean(env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT);
}

function checkEndpoint(name: string, raw: string | undefined): void {
  if (!raw) return;
  try {
    const url = new URL(raw);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname) return;
  } catch {
    // falls through to the message below
  }
  throw new ConfigError(`${name} must be the collector's OTLP/HTTP URL, such as http://otel-collector:4318, got "${raw}"`);
}
