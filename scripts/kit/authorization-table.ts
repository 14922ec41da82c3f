// The authorization matrix's expectations: every API route, who may call it, on whose record. The matrix test
// (authorization-matrix.test.ts) sends each case; the hostile-input drill reuses the table to fail on a 2xx where it
// expects a refusal (refusedOutright).
import { randomUUID } from 'node:crypto';
import { creditCodeCheckChar } from '#core/domain/identifiers';
import { publicId } from '#core/domain/public-id';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { DEFAULT_WEIGHTS } from '#core/evaluation/evaluation-weights';
import { readShippedForms } from '#forms/shipped-forms';
import { freshResidentId } from './fresh-resident-id';
import { SAMPLE_PNG } from './sample-files';

export type Persona = 'anonymous' | 'enterprise' | 'cadre' | 'special_class' | 'hq' | 'gate' | 'admin';
export type Scope = 'own' | 'other';
export const PERSONAS: Persona[] = ['anonymous', 'enterprise', 'cadre', 'special_class', 'hq', 'gate', 'admin'];
export const LOGIN: Record<Exclude<Persona, 'anonymous'>, string> = {
  enterprise: 'ent01',
  cadre: 'cadre1',
  special_class: 'class-coordination',
  hq: 'hq',
  gate: 'gate1',
  admin: 'admin',
};
export const SIGNED_IN: Persona[] = ['enterprise', 'cadre', 'special_class', 'hq', 'gate', 'admin'];
export const CITY_WIDE: Persona[] = ['special_class', 'hq', 'admin'];

/** Records the table refers to: "own" belongs to ent01's enterprise (cadre1's, gate1's site); "other" to ent06's. */
export interface Fixtures {
  /** A visit and a visit problem (test/visits/visit-fixtures.ts makes them). */
  visit: Record<Scope, number>;
  visitProblem: Record<Scope, number>;
  /** An enterprise measure (test/measures/measure-fixtures.ts makes it). */
  measure: Record<Scope, number>;
  enterprise: Record<Scope, number>;
  project: Record<Scope, number>;
  submission: Record<Scope, string>;
  upload: Record<Scope, string>;
  throwawayUserId: number;
  coordinationGroupId: number;
  cadre1Id: number;
  newAssignment(): Promise<number>;
  /** A form key with a fresh draft (and, when `published`, a published version instead). */
  newForm(published: boolean): Promise<string>;
  /** A fresh open task at the cadre rung of a ladder started by ent01 (own) or ent06 (other). */
  newTask(scope: Scope): Promise<string>;
  task: Record<Scope, string>;
  /** A saved filter of another user (cadre3), which nobody else may delete. */
  newSavedFilter(): Promise<number>;
  /** A running quarantine at gate1's site (own) and one at ent06's project (other). */
  quarantine: Record<Scope, string>;
  /** The worker of the own quarantine, in gate1's site register. */
  registerWorker: number;
  /** The resident ID of a worker known at gate1's site. */
  gateWorker: string;
  /** A registered group robot (registered through the API by admin), and an outbox row. */
  robotId: number;
  outboxId: number;
  /** A webhook subscription (made through the API by admin) and a dead delivery of it. */
  webhookId: number;
  webhookDeliveryId: number;
  /** A stored daily bulletin's API path. */
  bulletinPath: string;
  /** A credit entry of each enterprise, and a publicity notice whose window has closed. */
  creditEntry: Record<Scope, number>;
  closedNoticeId: number;
  /** A published article with an image; a fresh one per call (withdrawing uses one up). */
  article: number;
  newArticle(): Promise<number>;
  /** A fresh hotline call about ent01's enterprise, not yet filed. */
  newHotlineCall(): Promise<number>;
  /** A returning worker on a health watch (a monitoring definition made from params) of ent01 (own) and ent06 (other). */
  monitoredSubject: Record<Scope, string>;
}

export interface Case {
  /** Whose record the path names; routes without a record use 'own' only. */
  scopes?: Scope[];
  path: (f: Fixtures, scope: Scope) => string | Promise<string>;
  body?: (f: Fixtures, scope: Scope) => unknown;
  contentType?: string;
  allowed: Partial<Record<Persona, Scope[]>> | Persona[];
  /** Set when a refusal here is about the fixture's record rather than the role (a form's audience, whose filter it
   * is): the hostile-input drill, which aims at any record, then does not count a 2xx as a hole. */
  refusalDependsOn?: string;
}

/** A whole PNG, as the upload route takes it. */
export const PNG = SAMPLE_PNG;
export const SHIPPED = readShippedForms().find((form) => form.key === 'liaison-designation')!;

let codeSeq = 900_000;
export const freshCreditCode = () => {
  const first17 = `91370100${String((codeSeq += 1)).padStart(8, '0')}M`;
  return first17 + creditCodeCheckChar(first17);
};

const AUDIENCE = 'the fixture form is for enterprises; other forms have other audiences';
const BOTH: Scope[] = ['own', 'other'];
const ownFor = (personas: Persona[]) => Object.fromEntries(personas.map((p) => [p, ['own']]));
const bothFor = (personas: Persona[]) => Object.fromEntries(personas.map((p) => [p, BOTH]));

export const TABLE: Record<string, Case> = {
  'GET /healthz': { path: () => '/healthz', allowed: PERSONAS },
  'GET /api/session': { path: () => '/api/session', allowed: PERSONAS },
  // The API description and its viewer are open: they describe routes, not records, and carry no examples or data.
  'GET /api/openapi.json': { path: () => '/api/openapi.json', allowed: PERSONAS },
  'GET /api/docs': { path: () => '/api/docs', allowed: PERSONAS },
  'GET /api/docs/:file': { path: () => '/api/docs/docs-page.js', allowed: PERSONAS },
  'POST /api/session': { path: () => '/api/session', body: () => ({ username: 'hq', password: DEMO_PASSWORD }), allowed: PERSONAS },
  'DELETE /api/session': { path: () => '/api/session', allowed: PERSONAS },
  'GET /api/time': { path: () => '/api/time', allowed: SIGNED_IN },
  'POST /api/session/password': {
    path: () => '/api/session/password',
    body: () => ({ currentPassword: 'not-the-password', newPassword: 'whatever-1234' }),
    allowed: SIGNED_IN,
  },
  'GET /api/users': { path: () => '/api/users', allowed: ['admin'] },
  'POST /api/users': {
    path: () => '/api/users',
    body: () => ({ username: `u-${randomUUID().slice(0, 8)}`, displayName: '新用户', role: 'hq', password: 'long-enough-1' }),
    allowed: ['admin'],
  },
  'PATCH /api/users/:id': { path: (f) => `/api/users/${f.throwawayUserId}`, body: () => ({ displayName: '临时用户' }), allowed: ['admin'] },
  'POST /api/users/:id/password': {
    path: (f) => `/api/users/${f.throwawayUserId}/password`,
    body: () => ({ newPassword: 'reset-password-1' }),
    allowed: ['admin'],
  },
  'GET /api/me/notification-preferences': { path: () => '/api/me/notification-preferences', allowed: SIGNED_IN },
  'PUT /api/me/notification-preferences': {
    path: () => '/api/me/notification-preferences',
    body: () => ({ quietHours: [{ channel: 'sms', hours: { start: '22:00', end: '07:00' } }] }),
    allowed: SIGNED_IN,
  },
  'GET /api/users/:id/notification-preferences': {
    path: (f) => `/api/users/${f.throwawayUserId}/notification-preferences`,
    allowed: ['admin'],
  },
  'GET /api/enterprises': { path: () => '/api/enterprises', allowed: SIGNED_IN },
  // A form's enterprise picker: names and credit codes, for those who name an enterprise instead of filing for their own.
  'GET /api/enterprise-names': { path: () => '/api/enterprise-names', allowed: ['cadre', 'special_class', 'hq', 'admin'] },
  'GET /api/enterprises/:id': {
    scopes: BOTH,
    path: (f, s) => `/api/enterprises/${f.enterprise[s]}`,
    allowed: { ...ownFor(['enterprise', 'cadre', 'gate']), ...bothFor(CITY_WIDE) },
  },
  'POST /api/enterprises': {
    path: () => '/api/enterprises',
    body: () => ({ name: '新登记建设有限公司', creditCode: freshCreditCode(), type: 'construction' }),
    allowed: ['admin'],
  },
  'PATCH /api/enterprises/:id': {
    scopes: BOTH,
    path: (f, s) => `/api/enterprises/${f.enterprise[s]}`,
    body: () => ({ address: '济南市历下区某路 1 号' }),
    allowed: { enterprise: ['own'], admin: BOTH },
  },
  'GET /api/projects': { path: () => '/api/projects', allowed: SIGNED_IN },
  'GET /api/projects/:id': {
    scopes: BOTH,
    path: (f, s) => `/api/projects/${f.project[s]}`,
    allowed: { ...ownFor(['enterprise', 'cadre', 'gate']), ...bothFor(CITY_WIDE) },
  },
  'POST /api/projects': {
    scopes: BOTH,
    path: () => '/api/projects',
    body: (f, s) => ({ enterpriseId: f.enterprise[s], name: `新项目 ${randomUUID().slice(0, 6)}`, status: 'ready' }),
    allowed: { enterprise: ['own'], admin: BOTH },
  },
  'PATCH /api/projects/:id': {
    scopes: BOTH,
    path: (f, s) => `/api/projects/${f.project[s]}`,
    body: () => ({ status: 'started' }),
    allowed: { enterprise: ['own'], admin: BOTH },
  },
  'GET /api/assignments': { path: () => '/api/assignments', allowed: ['admin', 'hq', 'cadre'] },
  'POST /api/assignments': {
    path: () => '/api/assignments',
    body: (f) => ({ cadreId: f.cadre1Id, enterpriseId: f.enterprise.own }),
    allowed: ['admin'],
  },
  'DELETE /api/assignments/:id': { path: async (f) => `/api/assignments/${await f.newAssignment()}`, allowed: ['admin'] },
  'GET /api/working-groups': { path: () => '/api/working-groups', allowed: SIGNED_IN },
  'POST /api/working-groups': {
    path: () => '/api/working-groups',
    body: () => ({ key: `body-${randomUUID().slice(0, 8)}`, nameZh: '测试检查组', nameEn: 'Test inspection team', kind: 'inspection' }),
    allowed: ['admin'],
  },
  'GET /api/difficulty-categories': { path: () => '/api/difficulty-categories', allowed: SIGNED_IN },
  'PUT /api/difficulty-categories/:key': {
    path: () => '/api/difficulty-categories/other',
    body: (f) => ({ workingGroupId: f.coordinationGroupId }),
    allowed: ['admin'],
  },
  'GET /api/contacts': { path: () => '/api/contacts', allowed: PERSONAS },
  'GET /api/settings': { path: () => '/api/settings', allowed: ['admin'] },
  'PUT /api/settings': { path: () => '/api/settings', body: () => ({ maxEnterprisesPerCadre: 5 }), allowed: ['admin'] },
  'POST /api/import/:kind': {
    path: () => '/api/import/enterprises?dryRun=1',
    body: () => `name,credit_code,type\n试点建设有限公司,${freshCreditCode()},construction\n`,
    contentType: 'text/csv',
    allowed: ['admin'],
  },
  'GET /api/audit': { path: () => '/api/audit', allowed: ['admin'] },
  'GET /api/audit/export.csv': { path: () => '/api/audit/export.csv', allowed: ['admin'] },
  'GET /api/forms': { path: () => '/api/forms', allowed: SIGNED_IN },
  'GET /api/forms/:key': { path: () => '/api/forms/liaison-designation', allowed: ['enterprise'], refusalDependsOn: AUDIENCE },
  'POST /api/forms/:key/submissions': {
    path: () => '/api/forms/liaison-designation/submissions',
    refusalDependsOn: AUDIENCE,
    body: () => ({ submissionId: randomUUID(), data: { liaisonName: '王五', mobile: '13900139000', email: 'ww@example.com' } }),
    allowed: ['enterprise'],
  },
  'GET /api/submissions': { path: () => '/api/submissions', allowed: SIGNED_IN },
  // A working-group member reads the submissions of its tasks only (none here: a liaison designation has no task).
  'GET /api/submissions/:id': {
    scopes: BOTH,
    path: (f, s) => `/api/submissions/${f.submission[s]}`,
    allowed: { ...ownFor(['enterprise', 'cadre']), ...bothFor(['hq', 'admin']) },
  },
  'GET /api/submissions/:id/case': {
    scopes: BOTH,
    path: (f, s) => `/api/submissions/${f.submission[s]}/case`,
    allowed: { ...ownFor(['enterprise', 'cadre']), ...bothFor(['hq', 'admin']) },
  },
  'POST /api/submissions/:id/case/reply': {
    scopes: BOTH,
    path: (f, s) => `/api/submissions/${f.submission[s]}/case/reply`,
    body: () => ({ text: '已补充材料' }),
    allowed: { enterprise: ['own'] },
  },
  'POST /api/submissions/:id/case/verdict': {
    scopes: BOTH,
    path: (f, s) => `/api/submissions/${f.submission[s]}/case/verdict`,
    body: () => ({ verdict: 'confirm' }),
    allowed: { enterprise: ['own'] },
  },
  // The signed-in enterprise's own to-do list; the route names no enterprise, so there is no other one to ask for.
  'GET /api/me/todo': { path: () => '/api/me/todo', allowed: ['enterprise'] },
  'GET /api/collections/compliance': {
    path: () => '/api/collections/compliance',
    allowed: ['enterprise', 'cadre', 'special_class', 'hq', 'admin'],
  },
  'GET /api/collections/bulletins': {
    path: () => '/api/collections/bulletins',
    allowed: ['enterprise', 'cadre', 'special_class', 'hq', 'admin'],
  },
  // The fixture's round names no readers: admins and HQ by default.
  'GET /api/collections/bulletins/:formKey/:date': { path: (f) => f.bulletinPath, allowed: ['hq', 'admin'] },
  'GET /api/collections/rounds': { path: () => '/api/collections/rounds', allowed: ['hq', 'admin'] },
  'POST /api/collections/campaigns': {
    path: () => '/api/collections/campaigns',
    body: () => ({ formKey: 'liaison-designation', deadline: '2099-02-17T18:00' }),
    allowed: ['admin'],
  },
  // The fixture's round is a daily report's, not a liaison round: those let through are answered 409, not refused.
  'POST /api/collections/rounds/:id/liaison-list': {
    path: (f) => `/api/collections/rounds/${publicId(f.bulletinPath.replace('/api/collections/bulletins/', ''))}/liaison-list`,
    allowed: ['hq', 'admin'],
  },
  'GET /api/dashboard': { path: () => '/api/dashboard', allowed: ['enterprise', 'cadre', 'special_class', 'hq', 'admin'] },
  'GET /api/dashboard/export.xlsx': {
    path: () => '/api/dashboard/export.xlsx?group=visits',
    allowed: ['enterprise', 'cadre', 'special_class', 'hq', 'admin'],
  },
  'GET /api/dashboard/export.csv': {
    path: () => '/api/dashboard/export.csv?group=visits&table=by-cadre',
    allowed: ['enterprise', 'cadre', 'special_class', 'hq', 'admin'],
  },
  'GET /api/visits': { path: () => '/api/visits', allowed: ['enterprise', 'cadre', 'special_class', 'hq', 'admin'] },
  'GET /api/visits/form': { path: () => '/api/visits/form', allowed: ['cadre'] },
  'GET /api/visits/:id': {
    scopes: BOTH,
    path: (f, s) => `/api/visits/${f.visit[s]}`,
    allowed: { ...ownFor(['enterprise', 'cadre']), ...bothFor(CITY_WIDE) },
  },
  'POST /api/visits': {
    scopes: BOTH,
    path: () => '/api/visits',
    body: (f, s) => ({ enterpriseId: f.enterprise[s], visitedOn: '2026-02-10', peopleMet: '项目经理' }),
    allowed: { cadre: ['own'] },
  },
  'POST /api/visits/:id/problems/:problemId/difficulty': {
    scopes: BOTH,
    path: (f, s) => `/api/visits/${f.visit[s]}/problems/${f.visitProblem[s]}/difficulty`,
    allowed: { cadre: ['own'] },
  },
  'GET /api/calendar': { path: () => '/api/calendar?year=2026', allowed: SIGNED_IN },
  'PUT /api/calendar/:date': {
    path: () => '/api/calendar/2027-02-11',
    body: () => ({ kind: 'holiday', name: '春节' }),
    allowed: ['admin'],
  },
  'DELETE /api/calendar/:date': { path: () => '/api/calendar/2026-10-10', allowed: ['admin'] },
  'GET /api/outbox': { path: () => '/api/outbox', allowed: ['admin'] },
  'POST /api/outbox/:id/retry': { path: (f) => `/api/outbox/${f.outboxId}/retry`, allowed: ['admin'] },
  'GET /api/admin/robots': { path: () => '/api/admin/robots', allowed: ['admin'] },
  'POST /api/admin/robots': {
    path: () => '/api/admin/robots',
    body: () => ({
      key: `matrix-${randomUUID().slice(0, 8)}`,
      name: '矩阵机器人',
      channel: 'wecom-robot',
      audience: 'hq',
      webhook: 'matrix0123456789',
    }),
    allowed: ['admin'],
  },
  'PUT /api/admin/robots/:id': {
    path: (f) => `/api/admin/robots/${f.robotId}`,
    body: () => ({ name: '矩阵机器人（改）' }),
    allowed: ['admin'],
  },
  'POST /api/admin/robots/:id/test-send': { path: (f) => `/api/admin/robots/${f.robotId}/test-send`, allowed: ['admin'] },
  'GET /api/admin/email-templates/:name/:locale/markdown': {
    path: () => '/api/admin/email-templates/collection-bulletin/zh-CN/markdown',
    allowed: ['admin'],
  },
  'PUT /api/admin/email-templates/:name/:locale/markdown': {
    path: () => '/api/admin/email-templates/collection-bulletin/en/markdown',
    body: () => ({ markdown: '## Daily bulletin · {{formTitle}} · {{date}}\n[Open]({{links.bulletin}})' }),
    allowed: ['admin'],
  },
  'DELETE /api/admin/email-templates/:name/:locale/markdown': {
    path: () => '/api/admin/email-templates/collection-bulletin/en/markdown',
    allowed: ['admin'],
  },
  'POST /api/admin/email-templates/:name/:locale/markdown/preview': {
    path: () => '/api/admin/email-templates/collection-bulletin/zh-CN/markdown/preview',
    body: () => ({}),
    allowed: ['admin'],
  },
  'GET /api/admin/email-templates/:name/:locale/sms': {
    path: () => '/api/admin/email-templates/quarantine-cleared/zh-CN/sms',
    allowed: ['admin'],
  },
  'PUT /api/admin/email-templates/:name/:locale/sms': {
    path: () => '/api/admin/email-templates/quarantine-cleared/en/sms',
    body: () => ({ text: '{{workerName}}: quarantine ended {{datetime releasedAt locale}}.' }),
    allowed: ['admin'],
  },
  'DELETE /api/admin/email-templates/:name/:locale/sms': {
    path: () => '/api/admin/email-templates/quarantine-cleared/en/sms',
    allowed: ['admin'],
  },
  'POST /api/admin/email-templates/:name/:locale/sms/preview': {
    path: () => '/api/admin/email-templates/quarantine-cleared/zh-CN/sms/preview',
    body: () => ({}),
    allowed: ['admin'],
  },
  'GET /api/admin/webhooks': { path: () => '/api/admin/webhooks', allowed: ['admin'] },
  'POST /api/admin/webhooks': {
    path: () => '/api/admin/webhooks',
    body: () => ({ name: '矩阵订阅', url: 'https://hooks.example.org/matrix', kinds: ['case.settled'] }),
    allowed: ['admin'],
  },
  'PUT /api/admin/webhooks/:id': {
    path: (f) => `/api/admin/webhooks/${f.webhookId}`,
    body: () => ({ name: '矩阵订阅（改）' }),
    allowed: ['admin'],
  },
  'GET /api/admin/webhook-deliveries': { path: () => '/api/admin/webhook-deliveries', allowed: ['admin'] },
  'POST /api/admin/webhook-deliveries/:id/retry': {
    path: (f) => `/api/admin/webhook-deliveries/${f.webhookDeliveryId}/retry`,
    allowed: ['admin'],
  },
  'GET /api/admin/system': { path: () => '/api/admin/system', allowed: ['admin'] },
  'GET /api/admin/stuck-cases': { path: () => '/api/admin/stuck-cases', allowed: ['admin'] },
  'POST /api/temporal-codec/decode': { path: () => '/api/temporal-codec/decode', body: () => ({ payloads: [] }), allowed: ['admin'] },
  'GET /api/forms/:key/my-draft': {
    path: () => '/api/forms/liaison-designation/my-draft',
    allowed: ['enterprise'],
    refusalDependsOn: AUDIENCE,
  },
  'PUT /api/forms/:key/my-draft': {
    path: () => '/api/forms/liaison-designation/my-draft',
    refusalDependsOn: AUDIENCE,
    body: () => ({ submissionId: randomUUID(), data: { liaisonName: '半' } }),
    allowed: ['enterprise'],
  },
  'DELETE /api/forms/:key/my-draft': {
    path: () => '/api/forms/liaison-designation/my-draft',
    allowed: ['enterprise'],
    refusalDependsOn: AUDIENCE,
  },
  'POST /api/uploads': { path: () => '/api/uploads', body: () => PNG, contentType: 'image/png', allowed: SIGNED_IN },
  'GET /api/uploads/:id': {
    scopes: BOTH,
    path: (f, s) => `/api/uploads/${f.upload[s]}`,
    allowed: { ...ownFor(['enterprise', 'cadre']), ...bothFor(['hq', 'admin']) },
  },
  'GET /api/tasks': { path: () => '/api/tasks?box=all', allowed: ['cadre', 'special_class', 'hq', 'admin'] },
  'GET /api/tasks/:id': {
    scopes: BOTH,
    path: (f, s) => `/api/tasks/${encodeURIComponent(f.task[s])}`,
    allowed: { cadre: ['own'], hq: BOTH, admin: BOTH },
  },
  'GET /api/tasks/:id/timeline': {
    scopes: BOTH,
    path: (f, s) => `/api/tasks/${encodeURIComponent(f.task[s])}/timeline`,
    allowed: { cadre: ['own'], hq: BOTH, admin: BOTH },
  },
  'GET /api/tasks/:id/candidates': {
    scopes: BOTH,
    path: (f, s) => `/api/tasks/${encodeURIComponent(f.task[s])}/candidates`,
    allowed: { cadre: ['own'], hq: BOTH, admin: BOTH },
  },
  'POST /api/tasks/:id/claim': {
    scopes: BOTH,
    path: async (f, s) => `/api/tasks/${encodeURIComponent(await f.newTask(s))}/claim`,
    allowed: { cadre: ['own'] },
  },
  'POST /api/tasks/:id/release': {
    scopes: BOTH,
    path: (f, s) => `/api/tasks/${encodeURIComponent(f.task[s])}/release`,
    allowed: { cadre: ['own'], hq: BOTH, admin: BOTH },
  },
  'POST /api/tasks/:id/comments': {
    scopes: BOTH,
    path: (f, s) => `/api/tasks/${encodeURIComponent(f.task[s])}/comments`,
    body: () => ({ body: '备注' }),
    allowed: { cadre: ['own'], hq: BOTH, admin: BOTH },
  },
  'POST /api/tasks/:id/reassign': {
    scopes: BOTH,
    path: async (f, s) => `/api/tasks/${encodeURIComponent(await f.newTask(s))}/reassign`,
    body: (f) => ({ userId: f.cadre1Id, reason: '调整办理人' }),
    allowed: { cadre: ['own'], hq: BOTH, admin: BOTH },
  },
  'POST /api/tasks/:id/decide': {
    scopes: BOTH,
    path: async (f, s) => `/api/tasks/${encodeURIComponent(await f.newTask(s))}/decide`,
    body: () => ({ action: 'resolve', data: { note: '已解决' } }),
    allowed: { cadre: ['own'] },
  },
  'GET /api/saved-filters': { path: () => '/api/saved-filters', allowed: ['cadre', 'special_class', 'hq', 'admin'] },
  'POST /api/saved-filters': {
    path: () => '/api/saved-filters',
    body: () => ({ name: '逾期', query: { box: 'mine', overdue: '1' } }),
    allowed: ['cadre', 'special_class', 'hq', 'admin'],
  },
  'DELETE /api/saved-filters/:id': {
    path: async (f) => `/api/saved-filters/${await f.newSavedFilter()}`,
    allowed: [],
    refusalDependsOn: 'the filter is another user’s; everyone may delete their own',
  },
  'GET /api/admin/forms': { path: () => '/api/admin/forms', allowed: ['admin'] },
  'POST /api/admin/forms': {
    path: () => '/api/admin/forms',
    body: () => ({ key: `matrix-${randomUUID().slice(0, 8)}`, title: { 'zh-CN': '新表单', en: 'New form' }, processType: 'receipt' }),
    allowed: ['admin'],
  },
  'GET /api/admin/forms/:key': { path: () => '/api/admin/forms/liaison-designation', allowed: ['admin'] },
  'POST /api/admin/forms/check': { path: () => '/api/admin/forms/check', body: () => SHIPPED, allowed: ['admin'] },
  'PUT /api/admin/forms/:key/draft': {
    path: () => '/api/admin/forms/matrix-form/draft',
    body: () => ({ ...SHIPPED, key: 'matrix-form' }),
    allowed: ['admin'],
  },
  'DELETE /api/admin/forms/:key/draft': { path: async (f) => `/api/admin/forms/${await f.newForm(false)}/draft`, allowed: ['admin'] },
  'POST /api/admin/forms/:key/publish': { path: async (f) => `/api/admin/forms/${await f.newForm(false)}/publish`, allowed: ['admin'] },
  'POST /api/admin/forms/:key/retire': { path: async (f) => `/api/admin/forms/${await f.newForm(true)}/retire`, allowed: ['admin'] },
  'POST /api/admin/forms/:key/test-submit': {
    path: () => '/api/admin/forms/liaison-designation/test-submit',
    body: () => ({ data: {} }),
    allowed: ['admin'],
  },
  'GET /api/admin/forms/:key/export.csv': { path: () => '/api/admin/forms/liaison-designation/export.csv', allowed: ['admin', 'hq'] },
  'GET /api/admin/email-templates': { path: () => '/api/admin/email-templates', allowed: ['admin'] },
  'POST /api/admin/email-templates': {
    path: () => '/api/admin/email-templates',
    body: () => ({ name: `matrix-${randomUUID().slice(0, 8)}`, purpose: 'submission-received' }),
    allowed: ['admin'],
  },
  'GET /api/admin/email-templates/:name/:locale': { path: () => '/api/admin/email-templates/task-overdue/en', allowed: ['admin'] },
  'PUT /api/admin/email-templates/:name/:locale': {
    path: () => '/api/admin/email-templates/task-overdue/en',
    body: () => ({ subject: 'Overdue: {{taskTitle}}', html: '<p>{{taskTitle}}</p>', text: '{{taskTitle}}' }),
    allowed: ['admin'],
  },
  'DELETE /api/admin/email-templates/:name/:locale': { path: () => '/api/admin/email-templates/task-overdue/en', allowed: ['admin'] },
  'POST /api/admin/email-templates/:name/:locale/preview': {
    path: () => '/api/admin/email-templates/task-overdue/en/preview',
    body: () => ({}),
    allowed: ['admin'],
  },
  'POST /api/admin/email-templates/:name/:locale/test-send': {
    path: () => '/api/admin/email-templates/task-overdue/en/test-send',
    body: () => ({}),
    allowed: ['admin'],
  },
  'GET /api/gate/setup': { path: () => '/api/gate/setup', allowed: ['gate'] },
  'GET /api/offline-key': { path: () => '/api/offline-key', allowed: ['gate', 'cadre'] },
  'GET /api/gate/workers/:residentId': { path: (f) => `/api/gate/workers/${f.gateWorker}`, allowed: ['gate'] },
  'POST /api/gate/checks': {
    path: () => '/api/gate/checks',
    body: () => ({
      checkId: randomUUID(),
      data: {
        residentId: freshResidentId(),
        name: '劝返人员',
        channel: 'freight',
        certificate: 'none',
        steps: ['certificate'],
        riskFlag: false,
      },
    }),
    allowed: ['gate'],
  },
  'GET /api/gate/register': { path: () => '/api/gate/register', allowed: ['gate', 'cadre', 'hq', 'admin'] },
  'GET /api/gate/projects': { path: () => '/api/gate/projects', allowed: ['gate', 'cadre', 'hq', 'admin'] },
  'GET /api/gate/register/workers/:workerId': {
    path: (f) => `/api/gate/register/workers/${f.registerWorker}`,
    allowed: ['gate', 'cadre', 'hq', 'admin'],
  },
  'POST /api/gate/quarantines/:id/check-ins': {
    scopes: BOTH,
    path: (f, s) => `/api/gate/quarantines/${f.quarantine[s]}/check-ins`,
    body: () => ({ temperature: 36.6 }),
    allowed: { gate: ['own'] },
  },
  'POST /api/gate/quarantines/:id/end': {
    scopes: BOTH,
    path: (f, s) => `/api/gate/quarantines/${f.quarantine[s]}/end`,
    body: () => ({ endsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(), reason: '矩阵测试延长' }),
    allowed: { gate: ['own'], hq: BOTH, admin: BOTH },
  },
  'GET /api/monitoring/register': { path: () => '/api/monitoring/register', allowed: ['enterprise', 'cadre', 'hq', 'admin'] },
  'GET /api/monitoring/subjects/:id': {
    scopes: BOTH,
    path: (f, s) => `/api/monitoring/subjects/${f.monitoredSubject[s]}`,
    allowed: { ...ownFor(['enterprise', 'cadre']), ...bothFor(['hq', 'admin']) },
  },
  'POST /api/monitoring/subjects/:id/check-ins': {
    scopes: BOTH,
    path: (f, s) => `/api/monitoring/subjects/${f.monitoredSubject[s]}/check-ins`,
    body: () => ({ values: { temperature: 36.6 } }),
    allowed: ownFor(['enterprise', 'cadre']),
  },
  'POST /api/monitoring/subjects/:id/end': {
    scopes: BOTH,
    path: (f, s) => `/api/monitoring/subjects/${f.monitoredSubject[s]}/end`,
    body: () => ({ endsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(), reason: '矩阵测试延长' }),
    allowed: { cadre: ['own'], hq: BOTH, admin: BOTH },
  },
  'GET /api/enterprises/:id/credit': {
    scopes: BOTH,
    path: (f, s) => `/api/enterprises/${f.enterprise[s]}/credit`,
    allowed: { ...ownFor(['enterprise', 'cadre', 'gate']), ...bothFor(CITY_WIDE) },
  },
  'GET /api/projects/:id/officers': {
    scopes: BOTH,
    path: (f, s) => `/api/projects/${f.project[s]}/officers`,
    allowed: { ...ownFor(['enterprise', 'cadre', 'gate']), ...bothFor(CITY_WIDE) },
  },
  'PUT /api/projects/:id/safety-officer': {
    scopes: BOTH,
    path: (f, s) => `/api/projects/${f.project[s]}/safety-officer`,
    body: () => ({ name: '矩阵专员', mobile: '13800138001' }),
    allowed: { enterprise: ['own'] },
  },
  'PUT /api/projects/:id/resident-officer': {
    scopes: BOTH,
    path: (f, s) => `/api/projects/${f.project[s]}/resident-officer`,
    body: () => ({ name: '矩阵驻厂员', mobile: '13900139002' }),
    allowed: { cadre: ['own'] },
  },
  'GET /api/enterprises/:id/measures': {
    scopes: BOTH,
    path: (f, s) => `/api/enterprises/${f.enterprise[s]}/measures`,
    allowed: { ...ownFor(['enterprise', 'cadre']), ...bothFor(CITY_WIDE) },
  },
  'POST /api/enterprises/:id/measures': {
    scopes: BOTH,
    path: (f, s) => `/api/enterprises/${f.enterprise[s]}/measures`,
    body: () => ({ measure: '协调返岗专车', category: 'personnel', responsible: '矩阵责任人', dueOn: '2026-02-21' }),
    allowed: { cadre: ['own'] },
  },
  'PATCH /api/measures/:id': {
    scopes: BOTH,
    path: (f, s) => `/api/measures/${f.measure[s]}`,
    body: () => ({ responsible: '矩阵接替人' }),
    allowed: { cadre: ['own'] },
  },
  'POST /api/enterprises/:id/credit/reversals': {
    scopes: BOTH,
    path: (f, s) => `/api/enterprises/${f.enterprise[s]}/credit/reversals`,
    body: (f, s) => ({ entryId: f.creditEntry[s], reason: '录入有误，冲正' }),
    allowed: { admin: BOTH },
  },
  'GET /api/evaluation': { path: () => '/api/evaluation', allowed: ['enterprise', 'cadre', ...CITY_WIDE] },
  'GET /api/evaluation/export.csv': { path: () => '/api/evaluation/export.csv', allowed: ['enterprise', 'cadre', ...CITY_WIDE] },
  'GET /api/evaluation/enterprises/:id': {
    scopes: BOTH,
    path: (f, s) => `/api/evaluation/enterprises/${f.enterprise[s]}`,
    allowed: { ...ownFor(['enterprise', 'cadre']), ...bothFor(CITY_WIDE) },
  },
  'GET /api/evaluation/weights': { path: () => '/api/evaluation/weights', allowed: ['hq', 'admin'] },
  'PUT /api/evaluation/weights': { path: () => '/api/evaluation/weights', body: () => DEFAULT_WEIGHTS, allowed: ['admin'] },
  'GET /api/hotline': { path: () => '/api/hotline', allowed: ['special_class', 'hq', 'admin'] },
  'POST /api/hotline': {
    path: () => '/api/hotline',
    body: (f) => ({
      callerName: '矩阵来电',
      callerMobile: '13912345678',
      enterpriseId: f.enterprise.own,
      category: 'other',
      problem: '矩阵测试来电内容',
    }),
    allowed: ['special_class', 'hq'],
  },
  'POST /api/hotline/:id/difficulty': {
    path: async (f) => `/api/hotline/${await f.newHotlineCall()}/difficulty`,
    allowed: ['special_class', 'hq'],
  },
  'GET /api/notices': { path: () => '/api/notices', allowed: PERSONAS },
  'GET /api/notices/withdrawn': { path: () => '/api/notices/withdrawn', allowed: ['hq', 'admin'] },
  'GET /api/notices/:id': { path: (f) => `/api/notices/${f.article}`, allowed: PERSONAS },
  'GET /api/notices/:id/images/:index': { path: (f) => `/api/notices/${f.article}/images/0`, allowed: PERSONAS },
  'POST /api/notices/:id/withdraw': {
    path: async (f) => `/api/notices/${await f.newArticle()}/withdraw`,
    body: () => ({ reason: '矩阵测试撤回' }),
    allowed: ['hq', 'admin'],
  },
  'POST /api/notices/:id/objections': {
    path: (f) => `/api/notices/${f.closedNoticeId}/objections`,
    body: () => ({ reason: '该企业存在安全生产问题', contact: { name: '李四', mobile: '13912345678' } }),
    allowed: PERSONAS,
  },
};

export function isAllowed(entry: Case, persona: Persona, scope: Scope): boolean {
  if (Array.isArray(entry.allowed)) return entry.allowed.includes(persona);
  return entry.allowed[persona]?.includes(scope) ?? false;
}

/** True when the table refuses `persona` on `route` whatever record the path names: a 2xx to it is a hole. False for
 * routes it does not list and for those marked `refusalDependsOn` (the refusal is about the fixture's record). */
export function refusedOutright(route: string, persona: string): boolean {
  const entry = TABLE[route];
  if (!entry || entry.refusalDependsOn || !(PERSONAS as string[]).includes(persona)) return false;
  return (['own', 'other'] as Scope[]).every((scope) => !isAllowed(entry, persona as Persona, scope));
}
