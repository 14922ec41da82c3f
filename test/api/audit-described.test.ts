// The audit page's answer says what happened in the reader's words: the enterprise by its name, the cadre by theirs,
// the import by what it brought in, the weights by their titles, unchanged values left out, a liaison's mobile masked;
// the stored summary (mobiles masked) and request id stay in the answer for IT, and the names are read once per kind.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { HttpSession } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';

interface Entry {
  action: string;
  targetType: string;
  targetId: string;
  targetName: string | null;
  summary: Record<string, unknown>;
  described: string[];
  requestId: string | null;
}

describe('the audit log in words', () => {
  let app: BareApp;
  let admin: HttpSession;
  const run = randomUUID().slice(0, 8);
  const enterpriseName = `宏达建设${run}`;
  const cadreName = `王建国${run}`;
  const actor = `audit-actor-${run}`;
  let enterpriseId = 0;

  beforeAll(async () => {
    app = await startBareApp();
    admin = new HttpSession(app.baseUrl);
    await admin.login('admin', DEMO_PASSWORD);
    const at = new Date().toISOString();
    const [enterprise] = await app
      .db('enterprises')
      .insert({ name: enterpriseName, credit_code: `91${run.toUpperCase()}00000000`.slice(0, 18), type: 'construction', created_at: at })
      .returning('id');
    enterpriseId = Number((enterprise as { id: number }).id);
    const [cadre] = await app
      .db('users')
      .insert({ username: `cadre-${run}`, display_name: cadreName, role: 'cadre', password_hash: 'x', created_at: at })
      .returning('id');
    const [acting] = await app
      .db('users')
      .insert({ username: actor, display_name: '审计测试', role: 'admin', password_hash: 'x', created_at: at })
      .returning('id');
    const actorId = Number((acting as { id: number }).id);
    // A real assignment, through the route that audits it.
    const assigned = await admin.request('POST', '/api/assignments', { cadreId: Number((cadre as { id: number }).id), enterpriseId });
    expect(assigned.status).toBe(201);
    const entry = (action: string, targetType: string, targetId: string, summary: unknown) => ({
      actor_id: actorId,
      actor_role: 'admin',
      action,
      target_type: targetType,
      target_id: targetId,
      summary: JSON.stringify(summary),
      request_id: randomUUID(),
      created_at: at,
    });
    await app.db('audit_log').insert([
      entry('enterprise.update', 'enterprise', String(enterpriseId), {
        before: { name: enterpriseName, liaison_mobile: '13912345678' },
        after: { name: enterpriseName, liaison_mobile: '13987654321' },
      }),
      entry('import.enterprises', 'import', 'enterprises', { rows: 1, created: 1, updated: 0 }),
      entry('evaluation.weights', 'settings', 'evaluationWeights', {
        before: { creditPoint: 1, onTimeReport: 0.1, reportForms: ['daily-report'] },
        after: { creditPoint: 1, onTimeReport: 0.3, reportForms: ['daily-report'] },
      }),
      entry('assignment.end', 'enterprise', String(enterpriseId), { before: { cadreId: null }, after: { cadreId: null }, reason: 'ended' }),
      // A reason as someone typed it, naming a worker by resident ID and mobile.
      entry('quarantine.end-change', 'quarantine', 'q-audit-words', { reason: '张三 370102199001011870，电话13912345678，已退烧' }),
    ]);
  });
  afterAll(() => app.stop());

  const entries = async (query: string): Promise<Entry[]> => {
    const answer = await admin.request('GET', `/api/audit?${query}`);
    expect(answer.status).toBe(200);
    return answer.body.entries;
  };

  it.each([
    ['zh-CN', '包挂干部', '（空）', '企业', '计分权重', '按时日报', '行数', '联络员手机', '原因'],
    ['en', 'Assigned cadre', '(empty)', 'Enterprises', 'Scoring weights', 'On-time reports', 'Rows', 'Liaison mobile', 'Reason'],
  ] as const)(
    'in %s: names instead of ids, and no unchanged values',
    async (locale, cadreWord, empty, importWord, weightsWord, onTimeWord, rowsWord, mobileWord, reasonWord) => {
      admin.locale = locale;
      const colon = locale === 'en' ? ': ' : '：';
      const [assignment] = await entries(`action=assignment.create&targetType=enterprise&targetId=${enterpriseId}`);
      expect(assignment).toMatchObject({ targetName: enterpriseName, described: [`${cadreWord}${colon}${empty} → ${cadreName}`] });
      // The stored summary stays for IT, ids and all.
      expect(assignment!.summary).toMatchObject({ before: { cadreId: null } });
      expect(assignment!.requestId).toMatch(/\S/);

      const byAction = new Map((await entries(`actor=${actor}`)).map((e) => [e.action, e]));
      expect(byAction.get('enterprise.update')).toMatchObject({
        targetName: enterpriseName,
        described: [`${mobileWord}${colon}139****5678 → 139****4321`],
      });
      // The stored summary keeps its keys for IT, its mobiles masked as in every list.
      expect(byAction.get('enterprise.update')!.summary).toEqual({
        before: { name: enterpriseName, liaison_mobile: '139****5678' },
        after: { name: enterpriseName, liaison_mobile: '139****4321' },
      });
      expect(byAction.get('import.enterprises')).toMatchObject({
        targetName: importWord,
        described: [`${rowsWord}${colon}1`, expect.any(String), expect.any(String)],
      });
      expect(byAction.get('evaluation.weights')).toMatchObject({ targetName: weightsWord, described: [`${onTimeWord}${colon}0.1 → 0.3`] });
      // Nothing but the reason: the cadre was unchanged.
      expect(byAction.get('assignment.end')!.described).toEqual([`${reasonWord}${colon}ended`]);
      const text = [...byAction.values()].flatMap((e) => e.described).join('\n');
      expect(text).not.toMatch(/cadreId|onTimeReport|liaison_mobile|creditPoint|13912345678/);
      expect(JSON.stringify([...byAction.values()])).not.toMatch(/13912345678|13987654321/);
    },
  );

  it('masks the resident ID and mobile a typed reason names, in the stored summary as in the lines', async () => {
    admin.locale = 'zh-CN';
    const [typed] = await entries(`actor=${actor}&action=quarantine.end-change`);
    expect(typed!.summary).toEqual({ reason: '张三 370102********1870，电话139****5678，已退烧' });
    expect(typed!.described.join('\n')).toContain('张三 370102********1870，电话139****5678，已退烧');
    expect(JSON.stringify(typed)).not.toMatch(/370102199001011870|13912345678/);
  });

  it('reads the page’s names once per kind, however many entries name them', async () => {
    const sql: string[] = [];
    const listen = (query: { sql: string }) => void sql.push(query.sql);
    app.db.on('query', listen);
    try {
      const page = await entries(`targetType=enterprise&targetId=${enterpriseId}`);
      expect(page.length).toBeGreaterThanOrEqual(3);
      expect(page.every((e) => e.targetName === enterpriseName)).toBe(true);
    } finally {
      app.db.off('query', listen);
    }
    expect(sql.filter((text) => /from [`"]enterprises[`"]/.test(text))).toHaveLength(1);
    expect(sql.filter((text) => /from [`"]users[`"]/.test(text)).length).toBeLessThanOrEqual(2);
  });
});
