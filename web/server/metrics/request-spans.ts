// One span per HTTP request, named for the route pattern it matched (`POST /api/forms/:key/submissions`), active while
// the request is handled so that the Temporal client's StartWorkflow span (and through it the workflow and its
// activities) belong to the same trace. Without tracing the global tracer is a no-op and this does nothing more.
import { context, isSpanContextValid, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { NextFunction, Request, Response } from 'express';
import { routeLabel } from './http-metrics';

const tracer = trace.getTracer('fugong-web');

/** Starts the request's span, makes it current for the handlers, and ends it when the answer is written. */
export function requestSpans(req: Request, res: Response, next: NextFunction): void {
  const span = tracer.startSpan(`HTTP ${req.method}`, { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method } });
  // Tracing off: the no-op tracer's span has no trace to join or pass on, so no listener and no context to set. (A
  // sampled-out span of a real tracer has a valid context, which Temporal's spans must still inherit.)
  if (!span.isRecording() && !isSpanContextValid(span.spanContext())) return next();
  res.on('finish', () => {
    const route = routeLabel(req);
    span.updateName(`${req.method} ${route}`);
    span.setAttributes({ 'http.route': route, 'http.response.status_code': res.statusCode, 'fugong.request_id': req.requestId });
    if (req.user) span.setAttribute('enduser.id', String(req.user.id));
    if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  });
  context.with(trace.setSpan(context.active(), span), next);
}
