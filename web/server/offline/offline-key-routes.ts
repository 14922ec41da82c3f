// The key of a field user's device queue (issue 23): personal data the phone keeps while it has no signal is encrypted
// with it (AES-GCM in the browser). It is handed only to a signed-in session and never cached, so once the user signs
// out the queue on the phone stays unreadable until the same user signs in again. Stored sealed with the payload keys
// (core/codec/secret-box.ts, purpose `offline-key`), like the robots' secrets; a key stored in clear before is sealed
// on its next read.
import { randomBytes } from 'node:crypto';
import type { Router } from 'express';
import { createSecretBox, type SecretBox } from '#core/codec/secret-box';
import { payloadKeys } from '#core/codec/payload-keys';
import { requireRole } from '../access';
import type { AppDeps } from '../app-deps';
import { apiRouter } from '../api-router';
import { insertOfflineKeyIfMissing, replaceOfflineKey, storedOfflineKey } from '#core/stores/offline-key-store';

/** The roles that capture on the phone without signal: the gate officer and the cadre on visits. */
export const FIELD_ROLES = ['gate', 'cadre'] as const;

/** Routes under /api/offline-key. */
export function offlineKeyRoutes(deps: AppDeps): Router {
  const { db } = deps;
  const router = apiRouter();
  const now = deps.now ?? (() => new Date());
  let box: SecretBox | undefined;
  // Opened on first use: the embedded default's key file is created by the start script before the web server runs.
  const sealer = () => (box ??= createSecretBox(payloadKeys(deps.config), 'offline-key'));
  const SEALED = 'gcm1:';

  router.get('/api/offline-key', async (req, res) => {
    const user = requireRole(req, FIELD_ROLES);
    await insertOfflineKeyIfMissing(db, user.id, sealer().seal(randomBytes(32).toString('base64')), now().toISOString());
    const stored = String(await storedOfflineKey(db, user.id));
    // Stored in clear before keys were sealed: sealed now, the same key (phones keep reading their queues).
    if (!stored.startsWith(SEALED)) await replaceOfflineKey(db, user.id, stored, sealer().seal(stored));
    const key = stored.startsWith(SEALED) ? sealer().open(stored) : stored;
    res.set('Cache-Control', 'no-store').json({ key, algorithm: 'AES-GCM' });
  });

  return router;
}
