// The inbox's text filter goes through a trigram index (SQLite FTS5, PostgreSQL pg_trgm; migration 0019). Whatever
// the index, it must find exactly what a case-insensitive LIKE '%q%' scan of the search text finds — Chinese included
// (the default FTS5 tokenizer would not split it), queries under three characters included (they scan instead).
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '#core/bootstrap';
import { inbox } from '#core/stores/task-inbox';
import type { SessionUser } from '#web/server/request-context';
import { testDatabases } from '../helpers/test-db';

const TEXTS = [
  'KN-20260210-0001 资金困难 Funds shortage 华建集团',
  'KN-20260210-0002 人员返岗困难 Workers cannot return 城投公司',
  'KN-20260211-0013 防疫物资短缺 Epidemic supplies short 华建集团',
  '资金周转 "quoted" title 路桥建设',
  'Late daily report 项目动态每日报送 城投公司',
  '困 single character 困',
  'MIXED Case Title 监理有限公司',
  '原材料供应 Raw material supply 100% sure_thing',
];

/** What a case-insensitive LIKE '%q%' finds with q's own `%` and `_` escaped, so they match themselves (SQLite's LIKE
 * folds ASCII letters only; so does this). */
function likeScan(texts: Map<string, string>, text: string): string[] {
  const fold = (value: string) => value.replace(/[A-Z]/g, (c) => c.toLowerCase());
  return [...texts].filter(([, value]) => fold(value).includes(fold(text))).map(([id]) => id);
}

const QUERIES = [
  '资金',
  '困',
  '困难',
  '返岗困难',
  '华建集团',
  'funds',
  'FUNDS SHORT',
  'kn-20260210',
  'KN-20260211-0013',
  'case t',
  '"quoted"',
  '100%',
  'sure_thing',
  // Typed wildcards are text: "%" and "_" find the one title holding them; "e_t" no "e t" ("Case Title").
  '%',
  '_',
  'e_t',
  '%%',
  'a',
  'zz',
  '不存在的文字',
  ' 城投',
];

describe.each(testDatabases())('inbox text filter on $name', (database) => {
  let db: Knex;
  let close: () => Promise<void>;
  let hq: SessionUser;
  const texts = new Map<string, string>();
  const found = async (q: string) =>
    (await inbox(db, hq, { box: 'all', q, limit: 500 }, new Date()))
      .map((task) => task.id)
      .filter((id) => texts.has(id))
      .sort();

  beforeAll(async () => {
    ({ db, close } = await database.open());
    await prepareDatabase(db, { seedDemo: true });
    const user = await db('users').where({ username: 'hq' }).first();
    hq = {
      id: Number(user.id),
      username: 'hq',
      displayName: String(user.display_name),
      role: 'hq',
      email: null,
      enterpriseId: null,
      enterpriseName: null,
      workingGroupId: null,
      projectId: null,
      mustChangePassword: false,
      passwordChangeReason: null,
      inspectionBody: false,
    };
    for (const [n, search] of TEXTS.entries()) {
      const id = `search-${n}`;
      texts.set(id, search);
      await db('tasks').insert({
        id,
        workflow_id: `search-${n}`,
        process_type: 'ladder',
        step: 'cadre',
        title: JSON.stringify({ 'zh-CN': search, en: search }),
        status: n % 2 ? 'open' : 'done',
        due_at: `2026-02-1${n}T00:00:00.000Z`,
        created_at: '2026-02-10T00:00:00.000Z',
        allowed_actions: '[]',
        completion_schema: '{}',
        search_text: search,
      });
    }
  });
  afterAll(async () => {
    await close?.();
  });

  it.each(QUERIES)('finds for %j what a LIKE scan finds', async (q) => {
    expect(await found(q)).toEqual(likeScan(texts, q).sort());
  });

  it('finds Chinese text of three characters and more through the index, and of one or two by the scan', async () => {
    expect(await found('返岗困难')).toEqual(['search-1']);
    expect(await found('困难')).toEqual(['search-0', 'search-1']);
    expect(await found('困')).toEqual(['search-0', 'search-1', 'search-5']);
  });

  it('follows the search text as it changes and as tasks go', async () => {
    await db('tasks').where({ id: 'search-6' }).update({ search_text: '改名后的标题 Renamed' });
    texts.set('search-6', '改名后的标题 Renamed');
    await db('tasks').where({ id: 'search-7' }).delete();
    texts.delete('search-7');
    for (const q of ['改名后', 'renamed', 'MIXED Case', '原材料供应', '料供']) expect(await found(q)).toEqual(likeScan(texts, q).sort());
    expect(await found('改名后')).toEqual(['search-6']);
  });
});
