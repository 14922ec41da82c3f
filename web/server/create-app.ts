// The Express app, built from its dependencies and not listening: tests and the server share it.
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import express, { type Express } from 'express';
import { pickLocale } from '#core/domain/locale';
import { AppError } from '#core/errors';
import { maskIdLike } from '#core/log-redaction';
import type { AppDeps } from './app-deps';
import { appShell, dynamicCompression, hashedAssets } from './app-files';
import { calendarRoutes } from './calendar/calendar-routes';
import { collectionRoutes } from './collections/collection-routes';
import { liaisonListRoutes } from './collections/liaison-list-routes';
import { dashboardRoutes } from './dashboard/dashboard-routes';
import { visitRoutes } from './visits/visit-routes';
import { measureRoutes } from './measures/measure-routes';
import { siteOfficerRoutes } from './org/site-officer-routes';
import { creditRoutes } from './credit/credit-routes';
import { evaluationRoutes } from './evaluation/evaluation-routes';
import { hotlineRoutes } from './hotline/hotline-routes';
import { monitoringRoutes } from './monitoring/monitoring-routes';
import { noticeRoutes } from './notices/notice-routes';
import { openApiRoutes } from './openapi/openapi-routes';
import { caseRoutes } from './cases/case-routes';
import { errorMiddleware } from './error-middleware';
import { methodNotAllowed } from './method-not-allowed';
import { emailTemplateRoutes } from './email/email-template-routes';
import { formAdminRoutes } from './forms/form-admin-routes';
import { formRoutes } from './forms/form-routes';
import { gateRoutes } from './gate/gate-routes';
import { offlineKeyRoutes } from './offline/offline-key-routes';
import { healthRoutes } from './health/health-routes';
import { createWebMetrics, metricsRoutes } from './metrics/metrics-routes';
import { requestSpans } from './metrics/request-spans';
import { routeLabel } from './metrics/http-metrics';
import { outboxRoutes } from './outbox/outbox-routes';
import { robotRoutes } from './robots/robot-routes';
import { preferenceRoutes } from './preferences/preference-routes';
import './request-context';
import { passwordChangeGate } from './session/password-change-gate';
import { refuseDeepBodies } from './json-depth';
import {
  refuseControlCharactersInBody,
  refuseControlCharactersInUrl,
  stripDirectionMarksInBody,
  stripDirectionMarksInPath,
} from './control-characters';
import { securityHeaders } from './security-headers';
import { sessionMiddleware } from './session/session-middleware';
import { sessionRoutes } from './session/session-routes';
import { draftRoutes } from './submissions/draft-routes';
import { submissionRoutes } from './submissions/submission-routes';
import { uploadRoutes } from './uploads/upload-routes';
import { webhookRoutes } from './webhooks/webhook-routes';
import { robotTemplateRoutes } from './email/robot-template-routes';
import { smsTemplateRoutes } from './email/sms-template-routes';
import { savedFilterRoutes } from './tasks/saved-filter-routes';
import { taskRoutes } from './tasks/task-routes';
import { reassignRoutes } from './tasks/reassign-routes';
import { todoRoutes } from './todo/todo-routes';
import { timeRoutes } from './time/time-routes';
import { temporalCodecRoutes } from './temporal-codec/temporal-codec-routes';
import { auditRoutes } from './audit/audit-routes';
import { systemRoutes } from './system/system-routes';
import { importRoutes } from './import/import-routes';
import { assignmentRoutes } from './org/assignment-routes';
import { enterpriseRoutes } from './org/enterprise-routes';
import { enterpriseNameRoutes } from './org/enterprise-name-routes';
import { projectRoutes } from './org/project-routes';
import { referenceRoutes } from './org/reference-routes';
import { passwordRoutes } from './session/password-routes';
import { userRoutes } from './users/user-routes';

const APP_DIST = fileURLToPath(new URL('../app/dist/', import.meta.url));

const noRoute = new AppError(404, 'no_route', { 'zh-CN': '没有这个接口', en: 'No such API route' });

// Any spelling of /api (`/API/…`, `//api/…`) that no route took: a JSON 404, not the web app.
const API_PREFIX = /^\/+api(\/|$)/i;

// What a caller's own request id may look like to be logged beside ours (a proxy's UUID, a client's trace id).
const CLIENT_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** Builds the app: request context, security headers, session and CSRF, the API, the built React app, one error handler. */
export function createApp(deps: AppDeps): Express {
  const now = deps.now ?? (() => new Date());
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.config.trustProxy);
  // Before the first route: the app's router reads these when it is created.
  app.set('case sensitive routing', true);
  app.set('strict routing', true);
  const metrics = deps.metrics ?? createWebMetrics(deps.db, now);
  app.use(metrics.middleware);
  app.use(requestSpans);
  app.use((req, res, next) => {
    // Made here, never taken from the caller: it is the audit log's and the logs' key to a request, and a caller could
    // otherwise give theirs another request's id. A caller's own id (a proxy's, a client's) is logged beside it.
    req.requestId = randomUUID();
    const clientRequestId = req.get('x-request-id');
    req.locale = pickLocale(typeof req.query.lang === 'string' ? req.query.lang : req.get('accept-language'));
    res.set('x-request-id', req.requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      deps.logger.info(
        {
          requestId: req.requestId,
          method: req.method,
          path: maskIdLike(req.path),
          // The route as declared (`/api/tasks/:id/decide`), as metrics and spans name it: lines of one route group.
          route: routeLabel(req),
          status: res.statusCode,
          ms: Math.round(ms),
          userId: req.user?.id,
          ...(clientRequestId && CLIENT_REQUEST_ID.test(clientRequestId) ? { clientRequestId } : {}),
          ...req.logContext,
        },
        'request',
      );
    });
    next();
  });
  app.use(securityHeaders(deps.config.publicUrl));
  // An API answer is one person's data: no browser or proxy keeps it, so the next person at a shared gate or office
  // computer cannot read it back from the cache after a sign-out. A route may say otherwise (a public notice's image).
  app.use((req, res, next) => {
    if (API_PREFIX.test(req.path)) res.set('Cache-Control', 'no-store');
    next();
  });
  // Before the session lookup and the routers: a script or stylesheet needs neither, and a cold page asks for a dozen.
  app.use('/assets', hashedAssets(`${APP_DIST}assets`));
  // A NUL in an id or a query is refused before any route hands it to the database (PostgreSQL answers it with a 500).
  app.use(refuseControlCharactersInUrl);
  // A path parameter pasted from Excel or WeChat desktop (a resident ID) reaches its route without the invisible marks.
  app.use(stripDirectionMarksInPath);
  app.use(dynamicCompression());
  // Before the JSON parser and the session/CSRF middleware: the Temporal UI calls it cross-origin, without a CSRF token.
  app.use(temporalCodecRoutes(deps, now));
  app.use(express.json({ limit: '256kb' }));
  app.use(refuseDeepBodies);
  app.use(refuseControlCharactersInBody);
  // Every route then reads a pasted mobile number or name without the invisible marks Windows programs copy with it.
  app.use(stripDirectionMarksInBody);
  app.use(healthRoutes(deps));
  app.use(metricsRoutes(metrics, deps.config.metrics.token, deps.db));
  app.use(sessionMiddleware(deps.db, now, deps.config.publicUrl));
  app.use(passwordChangeGate);
  // Express tries each router in turn, every route of each: the busiest write (a submission) is tried first. Its paths
  // (`/api/forms/:key/submissions`, `/api/submissions`, `/api/submissions/:id`, strict) take no other router's route.
  for (const routes of [
    submissionRoutes(deps, now),
    openApiRoutes(),
    sessionRoutes(deps, now),
    timeRoutes(deps, now),
    passwordRoutes(deps),
    userRoutes(deps),
    enterpriseRoutes(deps),
    enterpriseNameRoutes(deps),
    projectRoutes(deps),
    assignmentRoutes(deps),
    referenceRoutes(deps),
    importRoutes(deps),
    auditRoutes(deps),
    systemRoutes(deps, now),
    formAdminRoutes(deps),
    formRoutes(deps),
    draftRoutes(deps),
    collectionRoutes(deps),
    liaisonListRoutes(deps),
    uploadRoutes(deps),
    taskRoutes(deps),
    reassignRoutes(deps),
    savedFilterRoutes(deps),
    todoRoutes(deps),
    outboxRoutes(deps),
    robotRoutes(deps),
    webhookRoutes(deps),
    robotTemplateRoutes(deps),
    smsTemplateRoutes(deps),
    preferenceRoutes(deps),
    emailTemplateRoutes(deps),
    caseRoutes(deps),
    calendarRoutes(deps),
    gateRoutes(deps),
    offlineKeyRoutes(deps),
    dashboardRoutes(deps),
    visitRoutes(deps),
    creditRoutes(deps),
    evaluationRoutes(deps),
    hotlineRoutes(deps),
    noticeRoutes(deps),
    monitoringRoutes(deps),
    measureRoutes(deps),
    siteOfficerRoutes(deps),
  ]) {
    app.use(routes);
  }
  const wrongMethod = methodNotAllowed(app);
  app.use((req, res, next) => (API_PREFIX.test(req.path) ? wrongMethod(req, res, (error?: unknown) => next(error ?? noRoute)) : next()));
  app.use(appShell(APP_DIST));
  app.use(errorMiddleware(deps.logger));
  return app;
}
