// HQ or an admin sends a liaison round's list to the office's mailbox again (000 §III.1), as it stands now: after late
// designations, or when the office asks for it once more. The round's own step sent it at the deadline; each request
// is a new email (keyed by the request), audited with who asked.
import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import { AppError, notFound } from '#core/errors';
import { storedIdCandidates } from '#core/domain/public-id';
import { sendLiaisonList } from '#core/mail/liaison-list';
import { createEmailSender } from '#core/mail/send-email';
import { createTemplateRenderer } from '#core/mail/template-renderer';
import { findRound } from '#core/stores/collections/round-store';
import { requireRole } from '../access';
import type { AppDeps } from '../app-deps';
import { apiRouter } from '../api-router';
import { accepts } from '../route-contract';

const ROUND = { 'zh-CN': '报送轮次', en: 'Collection round' };

/** Routes under /api/collections/rounds/:id/liaison-list. */
export function liaisonListRoutes(deps: AppDeps): Router {
  const router = apiRouter();
  const { db, config } = deps;
  const now = deps.now ?? (() => new Date());
  const renderer = deps.renderer ?? createTemplateRenderer(config.timeZone);
  const sender = createEmailSender({
    db,
    renderer,
    mailer: deps.mailer,
    from: config.mail.from,
    now,
    timeZone: config.timeZone,
    publicUrl: config.publicUrl,
  });

  router.post(
    '/api/collections/rounds/:id/liaison-list',
    accepts({ summary: "Email a liaison round's list, as it stands now, to the office's mailbox the settings mark for it" }),
    async (req, res) => {
      const user = requireRole(req, ['admin', 'hq']);
      let round;
      for (const id of storedIdCandidates(String(req.params.id))) round ??= await findRound(db, id);
      if (!round) throw notFound(ROUND);
      const sent = await sendLiaisonList(db, sender.sendEmail, {
        roundId: round.id,
        occasion: `request-${req.requestId ?? randomUUID()}`,
        actor: { id: user.id, role: user.role, requestId: req.requestId ?? null },
        at: now().toISOString(),
      });
      if (sent.skipped === 'not-a-liaison-round') {
        throw new AppError(409, 'not_a_liaison_round', {
          'zh-CN': '这一轮报送不是联络员指定，没有联络员名单可发送',
          en: 'This round is not a liaison designation: it has no liaison list to send',
        });
      }
      if (sent.skipped === 'no-mailbox') {
        throw new AppError(409, 'no_liaison_mailbox', {
          'zh-CN': '还没有接收联络员名单的邮箱：请管理员在“设置 → 联系方式”中为监管科的邮箱勾选“接收联络员名单”',
          en: 'No mailbox receives the liaison list yet: an administrator ticks "Receives the liaison list" on the office\'s email under Settings → Contacts',
        });
      }
      res.json({ sent: sent.sent, to: sent.to, designated: sent.designated, missing: sent.missing });
    },
  );
  return router;
}
