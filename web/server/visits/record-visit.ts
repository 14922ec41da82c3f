// Recording a visit, online or from a device's queue (issue 23). The body is the visit-log form data, plus the offline
// fields (web/server/offline/offline-item.ts) and `fileProblems` (file every problem taken away as a difficulty
// report at once, for a visit made where no second request can follow). Conflict rules, each tested in
// test/visits/offline-visits.test.ts:
// 1. Sent twice, or twice at once: the unique client id lets one visit in; the other answers that visit (200,
//    `replayed: true`), and filing is keyed per problem (file-visit-problem.ts), so one difficulty report, one audit row.
// 2. A definition published meanwhile: a visit naming `formVersion` is checked against and stored with that version
//    (published or since retired, never a draft); without it, with the newest.
// 3. A device clock far off: the server's time decides (the date may not be after the server's today; the visit is
//    ordered by its arrival); the device time is kept, and a skew beyond the limits is flagged `clockSkewed`.
// 4. A cadre whose enterprise was reassigned meanwhile: the visit is refused as for any enterprise out of scope (404),
//    before anything is stored, so the device can say why.
import type { Request } from 'express';
import { localDate } from '#core/domain/working-calendar';
import { notFound } from '#core/errors';
import type { Db } from '#core/stores/db-types';
import { coordinateProblemIds } from '#core/stores/visits/visit-problem-store';
import { findVisit, insertVisit, visitOfClientId } from '#core/stores/visits/visit-store';
import { readerOf } from '#core/privacy/reader-of';
import type { FormDefinition } from '#forms/form-definition';
import { formVersion } from '#core/stores/forms/form-store';
import { visibleEnterprises } from '../access';
import type { AppDeps } from '../app-deps';
import { auditRequest } from '../audit/audit-request';
import {
  clientIdTaken,
  isUniqueViolation,
  itemClock,
  offlineFieldsOf,
  withoutOfflineFields,
  type OfflineFields,
} from '../offline/offline-item';
import type { SessionUser } from '../request-context';
import { describedBodyOf } from '../route-contract';
import { fileVisitProblem, type FiledCase } from './file-visit-problem';
import { invalidVisit, visitErrors } from './visit-errors';
import { VISIT_FORM_KEY } from '#core/domain/visit-form-key';
import { paramsOf, visitForm } from './visit-form';
import { visitPresenter } from './visit-presenter';

const ENTERPRISE = { 'zh-CN': '企业', en: 'Enterprise' };
const MESSAGES = {
  noVersion: { 'zh-CN': '没有这个版本的走访记录表单', en: 'No such version of the visit log form' },
  fileProblems: { 'zh-CN': '应为是或否', en: 'must be true or false' },
} as const;

/** What the route answers: its status and body. */
export interface VisitAnswer {
  status: 200 | 201;
  body: Record<string, unknown>;
}

type Deps = Pick<AppDeps, 'db' | 'config' | 'temporal'> & { now: () => Date };

async function formFor(db: Db, version: number | null, locale: Request['locale']): Promise<FormDefinition> {
  if (version === null) return visitForm(db);
  const form = await formVersion(db, VISIT_FORM_KEY, version);
  if (!form || form.status === 'draft') throw invalidVisit([{ path: '/formVersion', message: MESSAGES.noVersion[locale] }]);
  return form;
}

/** The body split into the form data and the options beside it, each checked. */
function partsOf(req: Request): { data: Record<string, unknown>; offline: OfflineFields; fileProblems: boolean } {
  const body = describedBodyOf<unknown>(req);
  const record = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  const offline = offlineFieldsOf(record, req.locale);
  const errors = Array.isArray(offline) ? [...offline] : [];
  const fileProblems = record.fileProblems ?? false;
  if (typeof fileProblems !== 'boolean') errors.push({ path: '/fileProblems', message: MESSAGES.fileProblems[req.locale] });
  if (errors.length) throw invalidVisit(errors);
  const data = withoutOfflineFields(record);
  delete data.fileProblems;
  // Anything but an object goes on as it came, for the form's own check to name.
  return {
    data: body === record ? data : (body as Record<string, unknown>),
    offline: offline as OfflineFields,
    fileProblems: fileProblems === true,
  };
}

/** Files every problem of the visit taken away to coordinate; each at most once however often asked. */
async function fileAll(deps: Deps, req: Request, user: SessionUser, visitId: number) {
  const scope = await visibleEnterprises(deps.db, user);
  const problems = await coordinateProblemIds(deps.db, visitId);
  const filed: { problemId: number; submissionId: string }[] = [];
  // The request's log line names every case filed (a reader greps for one number), as one filing's line names its own.
  const cases: FiledCase[] = [];
  const logCases = () => {
    req.logContext = { workflowIds: cases.map((c) => c.workflowId), caseNumbers: cases.map((c) => c.caseNumber) };
  };
  for (const problemId of problems) {
    const { submissionId, filedCase } = await fileVisitProblem(
      deps,
      user,
      scope === 'all' ? [] : scope,
      { visitId, problemId },
      {
        locale: req.locale,
        requestId: req.requestId,
      },
    );
    filed.push({ problemId, submissionId });
    cases.push(filedCase);
    // Named as each is filed, so a line whose request failed part-way still names those already filed.
    logCases();
  }
  return filed;
}

async function shown(deps: Deps, req: Request, user: SessionUser, id: number) {
  const { problems, ...row } = (await findVisit(deps.db, 'all', id))!;
  const presenter = await visitPresenter(deps.db, readerOf(user, req.locale), [row], 'detail');
  return { ...presenter.view(row), problems: presenter.problems(row, problems) };
}

/** The first answer again for the caller who sent `clientId` first; a refusal that says nothing for anyone else. */
async function replay(deps: Deps, req: Request, user: SessionUser, clientId: string, fileProblems: boolean): Promise<VisitAnswer | null> {
  const first = await visitOfClientId(deps.db, clientId);
  if (!first) return null;
  if (first.cadreId !== user.id) throw clientIdTaken;
  const id = first.id;
  // A filing the first sending could not finish (the engine away) is finished now; a finished one is only read.
  const filed = fileProblems ? await fileAll(deps, req, user, id) : undefined;
  return { status: 200, body: { visit: await shown(deps, req, user, id), ...(filed ? { filed } : {}), replayed: true } };
}

/** Records the visit in the request (see the rules above) and answers what the route sends back. */
export async function recordVisit(deps: Deps, req: Request, user: SessionUser): Promise<VisitAnswer> {
  const { db, config, now } = deps;
  const { data, offline, fileProblems } = partsOf(req);
  if (offline.clientId) {
    const again = await replay(deps, req, user, offline.clientId, fileProblems);
    if (again) return again;
  }
  const form = await formFor(db, offline.formVersion, req.locale);
  const receivedAt = now();
  const errors = await visitErrors(db, form, data, req.locale, localDate(receivedAt.getTime(), config.timeZone));
  if (errors.length) throw invalidVisit(errors);
  const params = paramsOf(form);
  const enterpriseId = Number(data[params.enterpriseField]);
  const scope = await visibleEnterprises(db, user);
  if (scope !== 'all' && !scope.includes(enterpriseId)) throw notFound(ENTERPRISE);
  const clock = itemClock(offline.deviceTime, receivedAt, params.offlineQueueLimitHours);
  let id: number;
  try {
    id = await db.transaction(async (trx) => {
      const newId = await insertVisit(
        trx,
        user.id,
        data,
        receivedAt.toISOString(),
        { version: form.version, params },
        { clientId: offline.clientId, ...clock },
      );
      const problems = data[params.problems.field];
      await auditRequest(
        trx,
        req,
        'visit.create',
        { type: 'visit', id: newId },
        {
          enterpriseId,
          visitedOn: data[params.dateField],
          formVersion: form.version,
          problems: Array.isArray(problems) ? problems.length : 0,
          ...(offline.clientId ? { clientId: offline.clientId, deviceTime: clock.deviceTime, clockSkewed: clock.clockSkewed } : {}),
        },
      );
      return newId;
    });
  } catch (error) {
    // The same item sent twice at once: the twin that got in first is the visit; this one answers it.
    const again = offline.clientId && isUniqueViolation(error) ? await replay(deps, req, user, offline.clientId, fileProblems) : null;
    if (again) return again;
    throw error;
  }
  const filed = fileProblems ? await fileAll(deps, req, user, id) : undefined;
  return { status: 201, body: { visit: await shown(deps, req, user, id), ...(filed ? { filed } : {}) } };
}
