// Admins browse the audit log, filtered by actor, action, target and time, newest first.
import { Router } from 'express';
import { apiRouter } from '../api-router';
import { fromJson } from '../../../core/db';
import { requireRole } from '../access';
import type { AppDeps } from '../app-deps';

const PAGE = 100;

/** Routes under /api/audit. */
export function auditRoutes({ db }: AppDeps): Router {
  const router = apiRouter();
  router.get('/api/audit', async (req, res) => {
    requireRole(req, ['admin']);
    // A repeated key (?action=a&action=b) parses as an array: keep single values only, as the filters expect.
    const q = Object.fromEntries(Object.entries(req.query).filter(([, value]) => typeof value === 'string')) as Record<
      string,
      string | undefined
    >;
    const query = db('audit_log as a').leftJoin('users as u', 'u.id', 'a.actor_id');
    if (q.actor) query.where('u.username', q.actor);
    if (q.action) query.where('a.action', 'like', `${q.action.replace(/[%_]/g, '')}%`);
    if (q.targetType) query.where('a.target_type', q.targetType);
    if (q.targetId) query.where('a.target_id', q.targetId);
    if (q.from) query.where('a.created_at', '>=', q.from);
    if (q.to) query.where('a.created_at', '<', q.to);
    const page = Math.max(0, Number(q.page ?? 0) || 0);
    const rows = await query
      .orderBy('a.id', 'desc')
      .offset(page * PAGE)
      .limit(PAGE + 1)
      .select('a.*', 'u.username', 'u.display_name');
    res.json({
      entries: rows.slice(0, PAGE).map((row) => ({
        id: Number(row.id),
        actor: row.actor_id == null ? null : { id: Number(row.actor_id), username: row.username, displayName: row.display_name },
        actorRole: row.actor_role,
        action: row.action,
        targetType: row.target_type,
        targetId: row.target_id,
        summary: fromJson(row.summary),
        requestId: row.request_id,
        createdAt: row.created_at,
      })),
      page,
      hasMore: rows.length > PAGE,
    });
  });
  return router;
}
