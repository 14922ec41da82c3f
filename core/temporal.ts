// Connections to Temporal for the web server (client) and the worker, from the one Config: TLS / API key when
// configured, and the payload codec that seals every payload with the application's keys.
import { fileURLToPath } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import {
  bundleWorkflowCode,
  DefaultLogger,
  NativeConnection,
  Runtime,
  Worker,
  type WorkflowBundleOption,
  type WorkflowBundleWithSourceMap,
} from '@temporalio/worker';
import type { Activities } from '#activities/index';
import { AesGcmPayloadCodec } from './codec/aes-gcm-codec';
import { payloadKeys } from './codec/payload-keys';
import { ConfigError, temporalAddress, type Config } from './config';
import type { Logger } from './logger';
import { OpenTelemetryWorkflowClientInterceptor } from '@temporalio/interceptors-opentelemetry/lib/client';
import { makeWorkflowExporter, OpenTelemetryActivityInboundInterceptor } from '@temporalio/interceptors-opentelemetry/lib/worker';
import { WORKFLOW_TRACING_MODULE, type Tracing } from './tracing';
import { cachedWorkflowBundle } from './workflow-bundle-cache';

/** Absolute path of the workflows entry file the worker bundles. */
export const WORKFLOWS_PATH = fileURLToPath(new URL('../workflows/index.ts', import.meta.url));
/** The sandbox's payload converter (it records which values arrived sealed); bundled with the workflows. */
export const PAYLOAD_CONVERTER_PATH = fileURLToPath(new URL('../workflows/sealed-payload-converter.ts', import.meta.url));
/** The failure converter that moves messages and stack traces into sealed payloads (core/codec/failure-converter.cjs). */
export const FAILURE_CONVERTER_PATH = fileURLToPath(new URL('./codec/failure-converter.cjs', import.meta.url));

/** The data converter of every Fugong client and worker: default JSON conversion, sealed by the AES-GCM codec, failures'
 * messages and stack traces sealed with it. The sandbox's converters come in through the workflow bundle (see
 * bundleWorkflows). */
export function dataConverter(config: Config, logger?: Logger): DataConverter {
  const onUnreadable = (reason: string) =>
    logger?.warn({ reason }, 'a Temporal payload could not be opened (the processes do not share FUGONG_PAYLOAD_KEYS?)');
  return { payloadCodecs: [new AesGcmPayloadCodec(payloadKeys(config), onUnreadable)], failureConverterPath: FAILURE_CONVERTER_PATH };
}

/** TLS and API key for Connection.connect and NativeConnection.connect. */
export function connectionSecurity(config: Config): { tls?: Config['temporal']['tls']; apiKey?: string } {
  const { tls, apiKey } = config.temporal;
  return { ...(tls ? { tls } : {}), ...(apiKey ? { apiKey } : {}) };
}

/** What the worker bundles: the workflows with the seal-aware payload converter; with `tracing`, also the OpenTelemetry
 * workflow interceptors (spans travel out through the worker's sink, never as commands, so histories replay the same
 * with or without them). */
export function workflowBundleOptions(tracing = false) {
  return {
    workflowsPath: WORKFLOWS_PATH,
    payloadConverterPath: PAYLOAD_CONVERTER_PATH,
    failureConverterPath: FAILURE_CONVERTER_PATH,
    ...(tracing ? { workflowInterceptorModules: [WORKFLOW_TRACING_MODULE] } : {}),
  };
}

/** Bundles the workflow code (workflowBundleOptions); tests and drills bundle once and share it. */
export function bundleWorkflows(
  logger?: Parameters<typeof bundleWorkflowCode>[0]['logger'],
  tracing = false,
): Promise<WorkflowBundleWithSourceMap> {
  return bundleWorkflowCode({ ...workflowBundleOptions(tracing), logger });
}

/** Opens a client connection; retries until the server answers or `timeoutMs` passes. */
export async function connectClient(config: Config, timeoutMs = 60_000, logger?: Logger, tracing?: Tracing): Promise<Client> {
  const converter = dataConverter(config, logger);
  const connection = await untilTemporalAnswers(
    config,
    () =>
      Connection.connect({ address: temporalAddress(config), connectTimeout: Math.min(5_000, timeoutMs), ...connectionSecurity(config) }),
    timeoutMs,
    logger,
  );
  return new Client({ connection, namespace: config.temporal.namespace, dataConverter: converter, ...clientTracing(tracing) });
}

/** Retries `connect` every half second until Temporal answers, saying once in the log that it waits (a cluster still
 * starting beside the app is normal); past `timeoutMs`, a ConfigError naming the setting, rather than a gRPC stack. */
async function untilTemporalAnswers<T>(config: Config, connect: () => Promise<T>, timeoutMs: number, logger?: Logger): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    try {
      return await connect();
    } catch (error) {
      if (Date.now() > deadline) throw temporalUnreachable(config, timeoutMs, error);
      if (attempt === 0) logger?.warn({ address: temporalAddress(config) }, 'Temporal does not answer yet; retrying');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

/** The one line an operator reads when Temporal never answered: which setting points where, and what to do. */
function temporalUnreachable(config: Config, timeoutMs: number, error: unknown): ConfigError {
  const cause = String((error as Error)?.message ?? error)
    .split('\n')[0]!
    .slice(0, 200);
  const where = config.temporal.address
    ? `TEMPORAL_ADDRESS=${config.temporal.address}`
    : `the Temporal dev server at ${temporalAddress(config)} (TEMPORAL_DEV_PORT)`;
  const todo = config.temporal.address
    ? 'start Temporal there, or set TEMPORAL_ADDRESS to the host:port of its frontend (7233 unless changed)'
    : '`npm start` runs it; to run web or worker alone, set TEMPORAL_ADDRESS to a running Temporal';
  return new ConfigError(`${where}: Temporal did not answer within ${Math.round(timeoutMs / 1000)} s (${cause}): ${todo}`);
}

/** The client interceptor that wraps starts, signals, queries and updates in spans and passes the context on. */
export function clientTracing(tracing: Tracing | undefined) {
  return tracing ? { interceptors: { workflow: [new OpenTelemetryWorkflowClientInterceptor({ tracer: tracing.tracer })] } } : {};
}

/** Options for createWorker; `workflowBundle` (built by bundleWorkflows) lets tests bundle once and share it. */
export interface WorkerSetup {
  config: Config;
  activities: Activities;
  workflowBundle?: WorkflowBundleOption;
  logger?: Logger;
  /** Traces for activities and (when the bundle carries the interceptors) workflows. */
  tracing?: Tracing;
  /** How long to wait for Temporal to answer before a ConfigError (60 s by default). */
  connectTimeoutMs?: number;
}

/** Creates (but does not run) a worker on the configured task queue. */
export async function createWorker({
  config,
  activities,
  workflowBundle,
  logger,
  tracing,
  connectTimeoutMs = 60_000,
}: WorkerSetup): Promise<Worker> {
  const connection = await untilTemporalAnswers(
    config,
    () => NativeConnection.connect({ address: temporalAddress(config), ...connectionSecurity(config) }),
    connectTimeoutMs,
    logger,
  );
  return Worker.create({
    connection,
    namespace: config.temporal.namespace,
    taskQueue: config.temporal.taskQueue,
    // Bundled here rather than through workflowsPath: the worker would also require() the converter in the main
    // thread, which needs no seal marks and cannot load TypeScript outside tsx.
    workflowBundle: workflowBundle ?? (await ownBundle(config, Boolean(tracing), logger)),
    dataConverter: dataConverter(config, logger),
    activities,
    ...(tracing
      ? {
          interceptors: {
            activity: [(ctx) => ({ inbound: new OpenTelemetryActivityInboundInterceptor(ctx, { tracer: tracing.tracer }) })],
          },
          sinks: { exporter: makeWorkflowExporter(tracing.processor, tracing.resource) },
        }
      : {}),
  });
}

/** A worker's bundle when none is given: the one kept in FUGONG_WORKFLOW_BUNDLE_DIR (DATA_DIR/workflow-bundle) while
 * the workflow code is unchanged, unless FUGONG_WORKFLOW_BUNDLE_CACHE=0. */
function ownBundle(config: Config, tracing: boolean, logger: Logger | undefined): Promise<WorkflowBundleOption> {
  const bundlerLogger = Runtime.instance().logger;
  if (!config.workflowBundleCache) return bundleWorkflows(bundlerLogger, tracing);
  return cachedWorkflowBundle({ dir: config.workflowBundleDir, options: workflowBundleOptions(tracing), bundlerLogger, logger });
}

/** Sends the SDK's own log lines (warnings and errors; its info lines include webpack reports) through our JSON logger, and
 * serves its metrics for Prometheus when an address is given. */
export function installTemporalRuntime(logger: Logger, metricsAddress?: string): void {
  try {
    installRuntime(logger, metricsAddress);
  } catch (error) {
    // The core's own words ("Failed to start prometheus metrics exporter: Address already in use") name no setting.
    const message = error instanceof Error ? error.message : String(error);
    if (!metricsAddress || !/prometheus|metrics exporter/i.test(message)) throw error;
    const port = metricsAddress.split(':').pop();
    throw new ConfigError(
      /address already in use/i.test(message)
        ? `TEMPORAL_METRICS_ADDRESS=${metricsAddress}: the port is taken (address already in use), perhaps by a worker an ` +
            `earlier start left running. Stop that process (\`lsof -i :${port}\` names it) or set TEMPORAL_METRICS_ADDRESS ` +
            `to a free host:port`
        : `TEMPORAL_METRICS_ADDRESS=${metricsAddress}: the worker cannot serve its metrics there (${message}); set it to a ` +
            `host:port this machine may listen on, such as 0.0.0.0:9465, or leave it unset`,
    );
  }
}

function installRuntime(logger: Logger, metricsAddress?: string): void {
  Runtime.install({
    logger: new DefaultLogger('WARN', ({ level, message, meta }) => {
      const method = level === 'ERROR' ? 'error' : level === 'WARN' ? 'warn' : 'info';
      logger[method]({ ...meta, sdk: true }, message);
    }),
    telemetryOptions: {
      // The Rust core's own lines (a lost Temporal connection's retries, say) go through the logger above too: left to
      // itself the core prints coloured text on stderr, which a JSON log pipeline cannot read.
      logging: { filter: { core: 'WARN', other: 'ERROR' }, forward: {} },
      // The SDK's own metrics (task slots, schedule-to-start and execution latencies, sticky cache, polls), served by the
      // Rust core on their own listener; durations in seconds (names as in Temporal's SDK metrics reference, without unit suffixes).
      ...(metricsAddress ? { metrics: { prometheus: { bindAddress: metricsAddress, useSecondsForDurations: true } } } : {}),
    },
  });
}
