// The public bulletin: open publicity windows (and those paused while an objection is reviewed) and published
// commendations, readable without signing in; anyone may lodge an objection to an open window, with a contact (name and
// mainland mobile) so the reviewer can reach them. The contact is stored, never sent to the workflow, and the mobile
// is shown masked. Objections are limited per client address and per notice; the workflow's validator refuses one
// that arrives after the window closed, and opens a review task for one it takes; its audit entry is held across a
// stopped process (audit/audited-update.ts), so the log has every objection the workflow took and none it refused.
import type { RJSFSchema } from '@rjsf/utils';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { VISIBLE_TEXT_PATTERN } from '#forms/validation-messages';
import { Router } from 'express';
import { apiRouter } from '../api-router';
import { isMobileCN } from '#core/domain/identifiers';
import { maskNumbersInText } from '#core/privacy/mask';
import { AppError, notFound } from '#core/errors';
import {
  findNotice,
  findPublicNotice,
  publicNoticePage,
  withdrawNotice,
  withdrawnNoticePage,
  type NoticeView,
  type PublicNoticeView,
} from '#core/stores/notices/notice-store';
import { pageQuery } from '../paging';
import { accepts, bodyOf, PAGE_QUERY_PROPERTIES, queryOf, withEnglishTitles } from '../route-contract';
import { insertObjection, objectionsOf, refuseObjection, type ObjectionRow } from '#core/stores/notices/objection-store';
import { objectUpdate, type Objection } from '#workflows/publicity-stage';
import type { AppDeps } from '../app-deps';
import { auditRequest } from '../audit/audit-request';
import { sendAudited } from '../audit/audited-update';
import { findSubmission } from '#core/stores/submissions/submission-store';
import { idParam } from '../validate-body';
import { createObjectionLimits } from './objection-limits';
import { articleImages } from './article-images';
import { openStoredFile, sendStoredFile } from '../uploads/stored-file';
import { requireRole } from '../access';
import { join } from 'node:path';
import { clientAddress, limitedAddress } from '../session/client-address';

export { OBJECTIONS_PER_ADDRESS, OBJECTIONS_PER_NOTICE } from './objection-limits';

const NOTICE = { 'zh-CN': '公示', en: 'Notice' };
const IMAGE = { 'zh-CN': '图片', en: 'Image' };
const alreadyWithdrawn = new AppError(409, 'already_withdrawn', { 'zh-CN': '该公告已撤回', en: 'This notice has already been withdrawn' });
const OBJECTION: RJSFSchema = withEnglishTitles(
  {
    type: 'object',
    required: ['reason', 'contact'],
    properties: {
      reason: { type: 'string', minLength: 5, maxLength: 1000, pattern: VISIBLE_TEXT_PATTERN },
      contact: {
        type: 'object',
        title: '联系方式',
        required: ['name', 'mobile'],
        properties: {
          name: { type: 'string', title: '姓名', minLength: 1, maxLength: 50, pattern: VISIBLE_TEXT_PATTERN },
          mobile: { type: 'string', title: '手机号码', minLength: 11, maxLength: 11 },
        },
        additionalProperties: false,
      },
    },
    additionalProperties: false,
  },
  {
    '/reason': 'Reason',
    '/contact': 'Contact',
    '/contact/name': 'Name',
    '/contact/mobile': 'Mobile number',
  },
);
interface ObjectionBody {
  reason: string;
  contact: { name: string; mobile: string };
}
const closed = new AppError(409, 'publicity_closed', {
  'zh-CN': '该公示已结束，不再受理异议',
  en: 'This publicity window has closed; objections are no longer accepted',
});
const underReview = new AppError(409, 'objection_under_review', {
  'zh-CN': '已有异议正在审核，公示暂停期间不受理新的异议，请在审核结束后再提交',
  en: 'An objection is being reviewed and the window is paused; object again once the review is over',
});

// The public sees that an objection was lodged and where its review stands, never who lodged it: an objector reporting
// an enterprise is protected (the reviewer handling its task sees the contact).
const publicObjection = ({ status, lodgedAt }: ObjectionRow) => ({ status, lodgedAt });
// A notice is written from the nomination's own words (honour, deeds), which are not personal fields: a mobile or a
// resident ID a nominator typed into them is masked as an objection's reason is, since the bulletin needs no sign-in.
const publicContent = (content: PublicNoticeView['content']): PublicNoticeView['content'] =>
  Object.fromEntries(
    Object.entries(content).map(([locale, { title, text }]) => [
      locale,
      { title: maskNumbersInText(title), text: maskNumbersInText(text) },
    ]),
  ) as PublicNoticeView['content'];
// What a notice announces: the case behind it (a publicity window's, a commendation's or an article's record), by the
// id a client keeps and the case number people quote, and the enterprise it is about.
// A publicity window that reopened after a dismissed objection closes later than it first said: `extended` lets the
// page say why, as its text (written again then) does.
const publicView = (notice: PublicNoticeView, objections: ObjectionRow[], images = 0) => {
  const { id, kind, status, content, closesAt, createdAt } = notice;
  const own = objections.filter((o) => o.noticeId === id);
  return {
    id,
    kind,
    status,
    about: {
      kind: 'case' as const,
      id: notice.submissionId,
      caseNumber: notice.caseNumber,
      enterprise: notice.enterpriseId === null ? null : { id: notice.enterpriseId, name: notice.enterpriseName },
    },
    content: publicContent(content),
    closesAt,
    extended: kind === 'publicity' && own.some((o) => o.status === 'dismissed'),
    createdAt,
    objections: own.map(publicObjection),
    images: Array.from({ length: images }, (_, index) => `/api/notices/${id}/images/${index}`),
  };
};
const NOTICES_QUERY: RJSFSchema = {
  type: 'object',
  properties: {
    kind: { type: 'string', enum: ['publicity', 'commendation', 'article'], title: 'Only notices of this kind' },
    ...PAGE_QUERY_PROPERTIES,
  },
  additionalProperties: false,
};
const WITHDRAWAL: RJSFSchema = withEnglishTitles(
  {
    type: 'object',
    required: ['reason'],
    properties: { reason: { type: 'string', title: '撤回理由', minLength: 2, maxLength: 500, pattern: VISIBLE_TEXT_PATTERN } },
    additionalProperties: false,
  },
  {
    '/reason': 'Reason for withdrawing',
  },
);

/** Routes under /api/notices. */
export function noticeRoutes(deps: AppDeps): Router {
  const { db, temporal } = deps;
  const now = deps.now ?? (() => new Date());
  const limits = createObjectionLimits(db);
  const router = apiRouter();

  /** Notices as the public sees them: objections with masked mobiles, article images as paths. */
  async function shown(notices: PublicNoticeView[]) {
    const objections = await objectionsOf(
      db,
      notices.filter((n) => n.kind === 'publicity').map((n) => n.id),
    );
    const images = await Promise.all(notices.map((notice) => articleImages(db, notice)));
    return notices.map((notice, index) => publicView(notice, objections, images[index]!.length));
  }

  // The bulletin is public: anyone may read it, signed in or not.
  router.get(
    '/api/notices',
    accepts({
      summary:
        'The public bulletin, newest first: open publicity windows, published commendations and articles, each with the case and enterprise it announces',
      query: NOTICES_QUERY,
    }),
    async (req, res) => {
      const query = queryOf<{ kind?: NoticeView['kind']; limit?: number; offset?: number }>(req);
      const paging = pageQuery(query);
      const { notices, total } = await publicNoticePage(db, { kind: query.kind, ...paging });
      res.json({ notices: await shown(notices), page: { ...paging, total } });
    },
  );

  // HQ and administrators keep sight of what was taken off the bulletin: when, why and by whom, as the audit log has it.
  router.get(
    '/api/notices/withdrawn',
    accepts({
      summary: 'Commendations and articles withdrawn from the bulletin, latest first, each with when, why and by whom (HQ, administrators)',
      query: NOTICES_QUERY,
    }),
    async (req, res) => {
      requireRole(req, ['hq', 'admin']);
      const query = queryOf<{ kind?: NoticeView['kind']; limit?: number; offset?: number }>(req);
      const paging = pageQuery(query);
      const { notices, total } = await withdrawnNoticePage(db, { kind: query.kind, ...paging });
      res.json({
        notices: notices.map((notice) => ({ ...publicView(notice, []), withdrawal: notice.withdrawal })),
        page: { ...paging, total },
      });
    },
  );

  router.get(
    '/api/notices/:id',
    accepts({ summary: 'One notice of the public bulletin, while the bulletin shows it' }),
    async (req, res) => {
      const notice = await findPublicNotice(db, idParam(req));
      if (!notice) throw notFound(NOTICE);
      res.json({ notice: (await shown([notice]))[0] });
    },
  );

  router.get('/api/notices/:id/images/:index', async (req, res) => {
    const notice = await findNotice(db, idParam(req));
    const index = Number(req.params.index);
    const image = notice && /^\d{1,2}$/.test(String(req.params.index)) ? (await articleImages(db, notice))[index] : undefined;
    if (!image) throw notFound(IMAGE);
    const file = await openStoredFile(join(deps.config.dataDir, 'uploads'), image.id, IMAGE);
    res.set({ 'Content-Type': image.contentType, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' });
    sendStoredFile(file, res);
  });

  router.post('/api/notices/:id/withdraw', accepts({ summary: 'Withdraw a notice', body: WITHDRAWAL }), async (req, res) => {
    requireRole(req, ['hq', 'admin']);
    const body = bodyOf<{ reason: string }>(req);
    const notice = await findNotice(db, idParam(req));
    if (!notice || notice.kind === 'publicity') throw notFound(NOTICE);
    await db.transaction(async (trx) => {
      if (!(await withdrawNotice(trx, notice.id, now().toISOString()))) throw alreadyWithdrawn;
      await auditRequest(trx, req, 'notice.withdraw', { type: 'notice', id: notice.id }, { reason: body.reason.trim(), kind: notice.kind });
    });
    res.json({ notice: { id: notice.id, status: 'withdrawn' } });
  });

  router.post(
    '/api/notices/:id/objections',
    accepts({ summary: 'Object to a publicity notice', body: OBJECTION, alsoRefuses: [429] }),
    async (req, res) => {
      const body = bodyOf<ObjectionBody>(req);
      if (!isMobileCN(body.contact.mobile))
        throw new AppError(422, 'invalid_body', { 'zh-CN': '提交的内容有误，请按提示修改', en: 'Some fields need attention' }, [
          {
            path: '/contact/mobile',
            message: req.locale === 'en' ? 'must be an 11-digit mainland mobile number' : '应为11位中国大陆手机号码',
          },
        ]);
      // Every well-formed attempt counts, so probing closed or unknown notices is limited too.
      await limits.address(limitedAddress(clientAddress(req.ip)) || 'unknown', res);
      const notice = await findNotice(db, idParam(req));
      if (!notice || notice.kind !== 'publicity') throw notFound(NOTICE);
      await limits.notice(notice.id, res);
      if (notice.status === 'under-review') throw underReview;
      if (notice.status !== 'open') throw closed;
      const submission = await findSubmission(db, notice.submissionId);
      if (!submission) throw notFound(NOTICE);
      // An objection pauses the case's publicity window (an update of its workflow): its log line names the case.
      req.logContext = { workflowId: submission.workflowId, caseNumber: submission.caseNumber };
      const objectionId = await insertObjection(db, {
        noticeId: notice.id,
        submissionId: submission.id,
        userId: req.user?.id ?? null,
        contactName: body.contact.name.trim(),
        contactMobile: body.contact.mobile,
        reason: body.reason.trim(),
        lodgedAt: now().toISOString(),
      });
      const objection: Objection = { userId: req.user?.id ?? null, reason: body.reason.trim(), objectionId };
      const audited = {
        workflowId: submission.workflowId,
        action: 'notice.objection',
        target: { type: 'notice', id: notice.id },
        summary: { submissionId: submission.id, objectionId },
      };
      await sendAudited(deps, req, audited, async (updateId) => {
        try {
          await temporal.workflow.getHandle(submission.workflowId).executeUpdate(objectUpdate, { args: [objection], updateId });
        } catch (error) {
          await refuseObjection(db, objectionId);
          if (!(error instanceof WorkflowUpdateFailedError)) throw error;
          // Another objection got there first and paused the window, or the window closed meanwhile.
          throw (await findNotice(db, notice.id))?.status === 'under-review' ? underReview : closed;
        }
      });
      res.status(202).json({ accepted: true, objection: { id: objectionId, status: 'under-review' } });
    },
  );

  return router;
}
