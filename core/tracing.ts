// OpenTelemetry traces (issue 24), off unless an OTLP endpoint is configured by the standard OTEL_* variables: one
// submission is one trace, from the web server's request span through the Temporal client's StartWorkflow span to the
// workflow's and each activity's spans on the worker (the SDK's interceptors carry the context in Temporal headers).
// The tracer provider is this process's global one, so the interceptors and our request spans share it.
import { createRequire } from 'node:module';
import { context, propagation, trace, type Tracer } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import {
  BasicTracerProvider,
  BatchSpanProcessor,
  SimpleSpanProcessor,
  type SpanExporter,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';

/** The workflow-side interceptors module the bundler adds to the sandbox when tracing is on. */
export const WORKFLOW_TRACING_MODULE = createRequire(import.meta.url).resolve(
  '@temporalio/interceptors-opentelemetry/lib/workflow-interceptors',
);

/** A process's tracing: its tracer, the processor the worker's workflow sink exports through, and how to flush it. */
export interface Tracing {
  tracer: Tracer;
  processor: SpanProcessor;
  resource: Resource;
  shutdown(): Promise<void>;
}

/**
 * Installs the global tracer provider for `service` with `exporter` (the OTLP/HTTP exporter, which reads
 * OTEL_EXPORTER_OTLP_* itself, unless a test passes an in-memory one). `batch: false` exports each span at once.
 */
export function startTracing(service: string, exporter: SpanExporter = new OTLPTraceExporter(), batch = true): Tracing {
  const resource = new Resource({ 'service.name': process.env.OTEL_SERVICE_NAME || service });
  const processor = batch ? new BatchSpanProcessor(exporter) : new SimpleSpanProcessor(exporter);
  const provider = new BasicTracerProvider({ resource, spanProcessors: [processor] });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
  return {
    tracer: provider.getTracer('fugong'),
    processor,
    resource,
    async shutdown() {
      await provider.shutdown();
      trace.disable();
      context.disable();
      propagation.disable();
    },
  };
}
