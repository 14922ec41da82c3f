// Reference data: the organisation units (the service class's working groups and the inspection bodies of P2's levels;
// admins add units, and members through the users page), the difficulty category → working group map, and settings.
import { Router } from 'express';
import { apiRouter } from '../api-router';
import { FIELD_NAMES } from '#core/domain/glossary';
import { AppError, notFound } from '#core/errors';
import { ORG_UNIT_KINDS } from '#core/org/inspection-bodies';
import { freeUnitKey } from '#core/org/unit-key';
import { CAMPAIGN_CONTACTS_SCHEMA, readSettings, writeSettings, type Settings } from '#core/org/settings';
import { requireRole, requireUser } from '../access';
import type { AppDeps } from '../app-deps';
import { auditRequest } from '../audit/audit-request';
import {
  difficultyCategoryPage,
  findDifficultyCategory,
  findWorkingGroup,
  insertWorkingGroup,
  isServiceGroup,
  routeDifficultyCategory,
  workingGroupKeyTaken,
  workingGroupPage,
  type WorkingGroupRow,
} from '#core/stores/org/reference-data-store';
import { pageQuery } from '../paging';
import { PAGE_ONLY_QUERY, RECORD_ID } from '../query-formats';
import { accepts, bodyOf, PAGE_QUERY_PROPERTIES, queryOf } from '../route-contract';
import type { RJSFSchema } from '@rjsf/utils';

const GROUPS_QUERY: RJSFSchema = {
  type: 'object',
  properties: {
    kind: { type: 'string', enum: [...ORG_UNIT_KINDS], title: 'service: a working group; inspection: an inspection body' },
    ...PAGE_QUERY_PROPERTIES,
  },
  additionalProperties: false,
};

const CATEGORY = FIELD_NAMES.category;

/** An organisation unit as the API returns it. */
function unitView(row: WorkingGroupRow) {
  return { id: row.id, key: row.key, name: { 'zh-CN': row.nameZh, en: row.nameEn }, kind: row.kind };
}

/** Routes under /api/working-groups, /api/difficulty-categories and /api/settings. */
export function referenceRoutes({ db }: AppDeps): Router {
  const router = apiRouter();

  router.get(
    '/api/working-groups',
    accepts({ summary: 'The working groups and inspection bodies, by kind', query: GROUPS_QUERY }),
    async (req, res) => {
      requireUser(req);
      const filter = queryOf<{ kind?: string; limit?: number; offset?: number }>(req);
      const { rows, page } = await workingGroupPage(db, filter.kind, pageQuery(filter));
      res.json({ workingGroups: rows.map(unitView), page });
    },
  );

  router.post(
    '/api/working-groups',
    accepts({
      summary: 'Create a working group or inspection body; its key is made from the English name when not given',
      body: {
        type: 'object',
        required: ['nameZh', 'nameEn', 'kind'],
        properties: {
          // The key a ladder's params name the unit by (`actor: { body: key }`); made from the English name when not given
          // (core/org/unit-key.ts), so an admin types names only.
          key: { type: 'string', pattern: '^[a-z][a-z0-9-]{1,63}$' },
          nameZh: { type: 'string', minLength: 1, maxLength: 100 },
          nameEn: { type: 'string', minLength: 1, maxLength: 100 },
          kind: { type: 'string', enum: [...ORG_UNIT_KINDS] },
        },
        additionalProperties: false,
      },
    }),
    async (req, res) => {
      requireRole(req, ['admin']);
      const given = bodyOf<{ key?: string; nameZh: string; nameEn: string; kind: string }>(req);
      const body = { ...given, key: given.key ?? (await freeUnitKey(given.nameEn, (key) => workingGroupKeyTaken(db, key))) };
      if (given.key !== undefined && (await workingGroupKeyTaken(db, body.key)))
        throw new AppError(409, 'key_taken', { 'zh-CN': '该标识已被其他单位使用', en: 'Another unit already has this key' }, [
          { path: '/key', message: 'taken' },
        ]);
      const id = await db.transaction(async (trx) => {
        const newId = await insertWorkingGroup(trx, body);
        await auditRequest(trx, req, 'org-unit.create', { type: 'working_group', id: newId }, { after: body });
        return newId;
      });
      res.status(201).json({ workingGroup: unitView((await findWorkingGroup(db, id))!) });
    },
  );

  router.get(
    '/api/difficulty-categories',
    accepts({ summary: 'The difficulty categories in their order, each with the working group it is routed to', query: PAGE_ONLY_QUERY }),
    async (req, res) => {
      requireUser(req);
      const { rows, page } = await difficultyCategoryPage(db, pageQuery(queryOf(req)));
      res.json({
        page,
        categories: rows.map((row) => ({
          key: row.key,
          name: { 'zh-CN': row.nameZh, en: row.nameEn },
          workingGroupId: row.workingGroupId,
          workingGroupKey: row.workingGroupKey,
        })),
      });
    },
  );

  router.put(
    '/api/difficulty-categories/:key',
    accepts({
      summary: 'Route a difficulty category to a working group',
      body: {
        type: 'object',
        required: ['workingGroupId'],
        properties: { workingGroupId: RECORD_ID },
        additionalProperties: false,
      },
    }),
    async (req, res) => {
      requireRole(req, ['admin']);
      const { workingGroupId } = bodyOf<{ workingGroupId: number }>(req);
      const category = await findDifficultyCategory(db, String(req.params.key));
      if (!category) throw notFound(CATEGORY);
      // A difficulty goes to a working group of the service class, never to an inspection body.
      if (!(await isServiceGroup(db, workingGroupId))) throw notFound({ 'zh-CN': '工作组', en: 'Working group' });
      await db.transaction(async (trx) => {
        await routeDifficultyCategory(trx, category.key, workingGroupId);
        await auditRequest(
          trx,
          req,
          'category.route',
          { type: 'difficulty_category', id: category.key },
          { before: { workingGroupId: category.workingGroupId }, after: { workingGroupId } },
        );
      });
      res.json({ category: { key: category.key, workingGroupId } });
    },
  );

  // The campaign office's contacts are public, like the bulletin that shows them: whom to call or write to, and what for.
  router.get(
    '/api/contacts',
    accepts({ summary: "The campaign office's contacts: name or office, phone, email, what for" }),
    async (_req, res) => {
      // Which mailbox receives the liaison list is the admins' business, not the public's.
      const contacts = (await readSettings(db)).campaignContacts.map(({ liaisonList: _list, ...contact }) => contact);
      res.json({ contacts });
    },
  );

  router.get('/api/settings', async (req, res) => {
    requireRole(req, ['admin']);
    res.json({ settings: await readSettings(db) });
  });

  router.put(
    '/api/settings',
    accepts({
      summary: 'Change the system settings',
      body: {
        type: 'object',
        properties: {
          maxEnterprisesPerCadre: { type: 'integer', minimum: 1, maximum: 100 },
          campaignContacts: CAMPAIGN_CONTACTS_SCHEMA,
        },
        additionalProperties: false,
        minProperties: 1,
      },
    }),
    async (req, res) => {
      requireRole(req, ['admin']);
      const body = bodyOf<Partial<Settings>>(req);
      const before = await readSettings(db);
      await writeSettings(db, body);
      await auditRequest(
        db,
        req,
        'settings.update',
        { type: 'settings', id: 'global' },
        { before: Object.fromEntries(Object.keys(body).map((k) => [k, before[k as keyof Settings]])), after: body },
      );
      res.json({ settings: await readSettings(db) });
    },
  );

  return router;
}
