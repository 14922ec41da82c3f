// The key of a field user's device queue (issue 23): personal data the phone keeps while it has no signal is encrypted
// with it (AES-GCM in the browser). It is handed only to a signed-in session and never cached, so once the user signs
// out the queue on the phone stays unreadable until the same user signs in again.
import { randomBytes } from 'node:crypto';
import type { Router } from 'express';
import { requireRole } from '../access';
import type { AppDeps } from '../app-deps';
import { apiRouter } from '../api-router';

/** The roles that capture on the phone without signal: the gate officer and the cadre on visits. */
export const FIELD_ROLES = ['gate', 'cadre'] as const;

/** Routes under /api/offline-key. */
export function offlineKeyRoutes(deps: AppDeps): Router {
  const { db } = deps;
  const router = apiRouter();
  const now = deps.now ?? (() => new Date());

  router.get('/api/offline-key', async (req, res) => {
    const user = requireRole(req, FIELD_ROLES);
    await db('offline_keys')
      .insert({ user_id: user.id, key: randomBytes(32).toString('base64'), created_at: now().toISOString() })
      .onConflict('user_id')
      .ignore();
    const row = await db('offline_keys').where({ user_id: user.id }).first('key');
    res.set('Cache-Control', 'no-store').json({ key: row.key as string, algorithm: 'AES-GCM' });
  });

  return router;
}
