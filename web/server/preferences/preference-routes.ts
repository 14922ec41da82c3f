// Each person's notification preferences (issue 22): which channels they want for which kinds of notice and their quiet
// hours per channel, on their own account page; admins read anyone's. Defaults come with the role and are shown as such.
import type { RJSFSchema } from '@rjsf/utils';
import { Router } from 'express';
import type { Knex } from '#core/stores';
import { findUser } from '#core/stores/user-store';
import { AppError } from '#core/errors';
import { effectivePreferences, PREFERENCE_CHANNELS, PURPOSE_CLASSES } from '#core/notify/notice-preferences';
import { savePreferences, storedPreferences } from '#core/stores/notify/preference-store';
import type { Role } from '#core/org/org-types';
import { requireRole, requireUser } from '../access';
import { apiRouter } from '../api-router';
import type { AppDeps } from '../app-deps';
import { auditRequest } from '../audit/audit-request';
import { accepts, bodyOf } from '../route-contract';
import { isRecordId } from '../validate-body';
import { refuseBadChange, type PreferenceChange } from './preference-change-problems';

const HHMM = { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' } as const;
const CHANGE: RJSFSchema = {
  type: 'object',
  properties: {
    choices: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        required: ['purposeClass', 'channel', 'enabled'],
        properties: {
          purposeClass: { type: 'string', enum: [...PURPOSE_CLASSES] },
          channel: { type: 'string', enum: [...PREFERENCE_CHANNELS] },
          enabled: { type: 'boolean' },
        },
        additionalProperties: false,
      },
    },
    quietHours: {
      type: 'array',
      maxItems: 10,
      items: {
        type: 'object',
        required: ['channel', 'hours'],
        properties: {
          channel: { type: 'string', enum: [...PREFERENCE_CHANNELS] },
          // null: no quiet hours on this channel.
          hours: {
            oneOf: [
              { type: 'null' },
              { type: 'object', required: ['start', 'end'], properties: { start: HHMM, end: HHMM }, additionalProperties: false },
            ],
          },
        },
        additionalProperties: false,
      },
    },
  },
  additionalProperties: false,
};

async function preferencesOf(db: Knex, userId: number, role: Role) {
  const stored = (await storedPreferences(db, [userId])).get(userId)!;
  return { userId, ...effectivePreferences(role, stored) };
}

/** Routes under /api/me/notification-preferences and /api/users/:id/notification-preferences. */
export function preferenceRoutes(deps: AppDeps): Router {
  const { db } = deps;
  const router = apiRouter();
  const now = deps.now ?? (() => new Date());

  router.get(
    '/api/me/notification-preferences',
    accepts({ summary: 'My notification channels per kind of notice and my quiet hours, defaults included' }),
    async (req, res) => {
      const user = requireUser(req);
      res.json({ preferences: await preferencesOf(db, user.id, user.role) });
    },
  );

  router.put(
    '/api/me/notification-preferences',
    accepts({ summary: 'Change my notification channels and quiet hours', body: CHANGE }),
    async (req, res) => {
      const user = requireUser(req);
      const body = bodyOf<PreferenceChange>(req);
      refuseBadChange(user.role, body, req.locale === 'en');
      const change = { choices: body.choices ?? [], quietHours: body.quietHours ?? [] };
      // One transaction: a change saved without its audit entry (a failed insert) would be a state change nobody audited.
      await db.transaction(async (trx) => {
        await savePreferences(trx, user.id, change, now().toISOString());
        await auditRequest(trx, req, 'notification-preferences.changed', { type: 'user', id: user.id }, change);
      });
      res.json({ preferences: await preferencesOf(db, user.id, user.role) });
    },
  );

  router.get(
    '/api/users/:id/notification-preferences',
    accepts({ summary: 'A user’s notification preferences (admins)' }),
    async (req, res) => {
      requireRole(req, ['admin']);
      const id = Number(req.params.id);
      const user = isRecordId(id) ? await findUser(db, id) : undefined;
      if (!user) throw new AppError(404, 'not_found', { 'zh-CN': '没有这个用户', en: 'No such user' });
      res.json({ preferences: await preferencesOf(db, user.id, user.role) });
    },
  );
  return router;
}
