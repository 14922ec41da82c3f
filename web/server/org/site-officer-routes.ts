// A project site's two officers of seed 002 ("指定专人作为项目驻厂员，设立防疫安全管理专员，负责务工人员疫情排查"),
// beside the enterprise's liaison: the epidemic safety officer (防疫安全管理专员), whom the enterprise designates for
// its site and who screens the workers; and the resident officer (驻厂员), whom the government side — here the
// enterprise's assigned cadre — designates. Mobiles in full only for readers who call them: the enterprise, its cadre,
// the site's gate officer and HQ; masked for everyone else. Every designation is audited.
import type { RJSFSchema } from '@rjsf/utils';
import { Router } from 'express';
import { notFound } from '#core/errors';
import { maskMobile } from '#core/privacy/mask';
import { designateOfficer, findProjectOfficers, type ProjectOfficersRow, type SiteOfficer } from '#core/stores/org/site-officer-store';
import { apiRouter } from '../api-router';
import { requireRole, visibleEnterprises } from '../access';
import type { AppDeps } from '../app-deps';
import { auditRequest } from '../audit/audit-request';
import type { SessionUser } from '../request-context';
import { accepts, bodyOf, withEnglishTitles } from '../route-contract';
import { idParam } from '../validate-body';

const PROJECT = { 'zh-CN': '项目', en: 'Project' };
const OFFICER: RJSFSchema = withEnglishTitles(
  {
    type: 'object',
    required: ['name', 'mobile'],
    properties: {
      name: { type: 'string', title: '姓名', minLength: 1, maxLength: 50 },
      mobile: { type: 'string', title: '手机号', format: 'mobile-cn' },
    },
    additionalProperties: false,
  },
  {
    '/name': 'Name',
    '/mobile': 'Mobile number',
  },
);
const READERS = ['enterprise', 'cadre', 'gate', 'special_class', 'hq', 'admin'] as const;
/** The roles that call the officers and so read their mobiles in full (within their scope). */
const CALLERS = new Set(['enterprise', 'cadre', 'gate', 'hq']);
const KINDS = {
  safety: { role: 'enterprise', title: { 'zh-CN': '防疫安全管理专员', en: 'Epidemic safety officer' } },
  resident: { role: 'cadre', title: { 'zh-CN': '驻厂员', en: 'Resident officer' } },
} as const;

/** Routes under /api/projects/:id/officers and the two designations. */
export function siteOfficerRoutes(deps: AppDeps): Router {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());
  const router = apiRouter();

  async function projectInScope(user: SessionUser, id: number) {
    const scope = await visibleEnterprises(db, user);
    const row = await findProjectOfficers(db, id);
    if (!row || (scope !== 'all' && !scope.includes(row.enterpriseId))) throw notFound(PROJECT);
    return row;
  }

  const officer = (
    projectId: number,
    designated: SiteOfficer | null,
    kind: keyof typeof KINDS,
    user: SessionUser,
    locale: 'zh-CN' | 'en',
  ) => {
    if (!designated) return null;
    const { mobile } = designated;
    return {
      role: KINDS[kind].title[locale],
      name: designated.name,
      // A gate officer calls the officers of its own site, not of the enterprise's other sites.
      mobile: CALLERS.has(user.role) && (user.role !== 'gate' || user.projectId === projectId) ? mobile : maskMobile(mobile),
      designatedAt: designated.designatedAt,
    };
  };
  const officers = (row: ProjectOfficersRow, user: SessionUser, locale: 'zh-CN' | 'en') => ({
    safety: officer(row.id, row.officers.safety, 'safety', user, locale),
    resident: officer(row.id, row.officers.resident, 'resident', user, locale),
  });

  router.get(
    '/api/projects/:id/officers',
    accepts({ summary: "A site's epidemic safety officer and resident officer" }),
    async (req, res) => {
      const user = requireRole(req, READERS);
      const row = await projectInScope(user, idParam(req));
      res.json({ officers: officers(row, user, req.locale) });
    },
  );

  for (const kind of Object.keys(KINDS) as (keyof typeof KINDS)[]) {
    const { role, title } = KINDS[kind];
    router.put(
      `/api/projects/:id/${kind}-officer`,
      accepts({ summary: `Designates the site's ${title.en.toLowerCase()}`, body: OFFICER }),
      async (req, res) => {
        const user = requireRole(req, [role]);
        const before = await projectInScope(user, idParam(req));
        const body = bodyOf<{ name: string; mobile: string }>(req);
        const at = now().toISOString();
        await db.transaction(async (trx) => {
          await designateOfficer(trx, before.id, kind, { name: body.name, mobile: body.mobile, setBy: user.id, setAt: at });
          // The audit keeps who was designated instead of whom; mobiles stay out of the log (masked).
          await auditRequest(
            trx,
            req,
            `project.${kind}-officer`,
            { type: 'project', id: before.id },
            {
              before: before.officers[kind]?.name ?? null,
              after: body.name,
              mobile: maskMobile(body.mobile),
            },
          );
        });
        res.json({ officer: officer(before.id, { name: body.name, mobile: body.mobile, designatedAt: at }, kind, user, req.locale) });
      },
    );
  }

  return router;
}
