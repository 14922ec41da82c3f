// The "other processes" section on known rows, checked against counts read straight from the tables, city-wide and
// within a cadre's scope. A ladder case waiting on the enterprise (resolved awaiting its confirmation, or returned for
// its information) has no open task: it is counted as 待企业确认 / 待企业补充, the way the difficulty section counts
// it, so every open case of a ladder stands somewhere. A process an administrator retired keeps its row, marked
// 已停用 / Retired, while it still has cases open, and leaves the section once they are closed.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '#core/bootstrap';
import type { FigureCell, FigureGroup, FigureScope, FigureTable } from '#core/dashboard/figure-group';
import type { LocalizedText } from '#core/domain/locale';
import { FINAL_SUBMISSION_STATUSES } from '#core/domain/submission-status';
import { publishDraft, retireForm, saveDraft } from '#core/stores/forms/form-admin-store';
import { starterDefinition } from '#forms/process-templates';
import { dashboardFigures } from '#web/server/dashboard/dashboard-figures';
import { testDatabases } from '../helpers/test-db';
import { RANGE, cadreEnterprises } from './dashboard-scenario';

const NOW = '2026-02-20T04:00:00.000Z';
const PAST = '2026-02-19T00:00:00.000Z';
const LATER = '2026-02-27T00:00:00.000Z';
const TITLES = {
  live: { 'zh-CN': '建材短缺上报', en: 'Material shortage report' },
  retired: { 'zh-CN': '临时用工申报', en: 'Temporary labour request' },
  closed: { 'zh-CN': '旧版复工申请', en: 'Old resumption request' },
};
const RUNGS = { cadre: '包挂干部办理', group: '综合协调组办理' } as const;

/** One case of the scenario: its status and its tasks as [step, task status, due]. */
interface Case {
  status: string;
  tasks: [keyof typeof RUNGS, string, string][];
}

/** Per form: the cases filed by cadre1's enterprise (`mine`) and by one outside cadre1's scope (`theirs`). */
const CASES: Record<keyof typeof TITLES, { mine: Case[]; theirs: Case[] }> = {
  live: {
    mine: [
      { status: 'received', tasks: [['cadre', 'open', LATER]] },
      { status: 'resolved', tasks: [['cadre', 'done', PAST]] },
      {
        status: 'returned',
        tasks: [
          ['cadre', 'escalated', PAST],
          ['group', 'done', PAST],
        ],
      },
      { status: 'settled', tasks: [['cadre', 'done', PAST]] },
    ],
    theirs: [
      {
        status: 'received',
        tasks: [
          ['cadre', 'escalated', PAST],
          ['group', 'open', PAST],
        ],
      },
      { status: 'resolved', tasks: [['cadre', 'done', PAST]] },
    ],
  },
  retired: {
    mine: [{ status: 'settled', tasks: [['cadre', 'done', PAST]] }],
    theirs: [
      { status: 'returned', tasks: [['cadre', 'done', PAST]] },
      { status: 'received', tasks: [['cadre', 'open', PAST]] },
    ],
  },
  closed: { mine: [{ status: 'settled', tasks: [['cadre', 'done', PAST]] }], theirs: [{ status: 'rejected', tasks: [] }] },
};

const zh = (cell: FigureCell | undefined) => (typeof cell === 'object' && cell !== null ? cell['zh-CN'] : cell);
const table = (group: FigureGroup, key: string): FigureTable => group.tables.find((t) => t.key === key)!;
const rowsOf = (group: FigureGroup, key: string, column: string, value: string) =>
  table(group, key).rows.filter((row) => zh(row.cells[column]) === value);

describe.each(testDatabases())('the other processes section against direct counts, on $name', (database) => {
  let db: Knex;
  let close: () => Promise<void>;
  let mine: number[];
  const keys = {} as Record<keyof typeof TITLES, string>;
  const processes = async (scope: FigureScope) => (await dashboardFigures(db, scope, { ...RANGE, now: NOW }, ['processes']))[0]!;

  /** Adds `kase` of form `key` for `enterpriseId`, filed on 2026-02-18, with its tasks; its id. */
  const addCase = async (key: string, title: LocalizedText, enterpriseId: number, kase: Case, n: number): Promise<string> => {
    const user = await db('users').where({ enterprise_id: enterpriseId }).first('id');
    const id = randomUUID();
    const at = `2026-02-18T0${n}:00:00.000Z`;
    await db('submissions').insert({
      id,
      form_key: key,
      form_version: 1,
      enterprise_id: enterpriseId,
      user_id: user.id,
      data: JSON.stringify({ summary: '钢筋供应不上' }),
      status: kase.status,
      workflow_id: `submission-${id}`,
      created_at: at,
      updated_at: at,
    });
    for (const [i, [step, status, due]] of kase.tasks.entries())
      await db('tasks').insert({
        id: `submission-${id}/${step}/${i}`,
        workflow_id: `submission-${id}`,
        submission_id: id,
        enterprise_id: enterpriseId,
        process_type: 'ladder',
        step,
        title: JSON.stringify({ 'zh-CN': `${title['zh-CN']} · ${RUNGS[step]}`, en: `${title.en} · ${step}` }),
        status,
        due_at: due,
        created_at: at,
        allowed_actions: '[]',
        completion_schema: '{}',
      });
    return id;
  };

  /** What the tables hold for form `key` within `scope`, counted directly. */
  const direct = async (key: string, scope: FigureScope) => {
    const cases = db('submissions as s').where('s.form_key', key);
    if (scope !== 'all') cases.whereIn('s.enterprise_id', scope);
    const rows: { id: string; status: string }[] = await cases.clone().select('s.id', 's.status');
    const final: readonly string[] = FINAL_SUBMISSION_STATUSES;
    const overdue = await cases
      .clone()
      .whereNotIn('s.status', ['resolved', 'returned'])
      .join('tasks as t', 't.submission_id', 's.id')
      .whereIn('t.status', ['open', 'claimed'])
      .where('t.due_at', '<', NOW)
      .count({ n: '*' })
      .first();
    return {
      submitted: rows.length,
      open: rows.filter((row) => !final.includes(row.status)).length,
      settled: rows.filter((row) => row.status === 'settled').length,
      overdue: Number(overdue?.n ?? 0),
      resolved: rows.filter((row) => row.status === 'resolved').length,
      returned: rows.filter((row) => row.status === 'returned').length,
    };
  };

  beforeAll(async () => {
    ({ db, close } = await database.open());
    await prepareDatabase(db, { seedDemo: true });
    mine = (await cadreEnterprises(db))[0]!;
    const ent01 = Number((await db('users').where({ username: 'ent01' }).first('enterprise_id')).enterprise_id);
    expect(mine).toContain(ent01);
    const filer = await db('users')
      .where({ role: 'enterprise' })
      .whereNotIn('enterprise_id', mine)
      .orderBy('username')
      .first('enterprise_id');
    const outside = Number(filer.enterprise_id);
    for (const name of Object.keys(TITLES) as (keyof typeof TITLES)[]) {
      keys[name] = `${name}-${randomUUID().slice(0, 8)}`;
      await saveDraft(db, starterDefinition(keys[name], TITLES[name], 'ladder'), 'admin');
      await publishDraft(db, keys[name]);
      let n = 0;
      for (const kase of CASES[name].mine) await addCase(keys[name], TITLES[name], ent01, kase, n++);
      for (const kase of CASES[name].theirs) await addCase(keys[name], TITLES[name], outside, kase, n++);
    }
    await retireForm(db, keys.retired);
    await retireForm(db, keys.closed);
  });
  afterAll(async () => {
    await close?.();
  });

  it.each([
    ['city-wide', 'all'],
    ['within cadre1’s scope', 'mine'],
  ] as const)(
    'counts each process as the tables do, a case waiting on the enterprise at 待企业确认 / 待企业补充 (%s)',
    async (_, which) => {
      const scope: FigureScope = which === 'all' ? 'all' : mine;
      const group = await processes(scope);
      const shown = { live: TITLES.live['zh-CN'], retired: `${TITLES.retired['zh-CN']}（已停用）` };
      for (const name of ['live', 'retired'] as const) {
        const counted = await direct(keys[name], scope);
        const listed = counted.open > 0 || name === 'live';
        const [row] = rowsOf(group, 'by-process', 'process', shown[name]);
        if (!listed) {
          expect(row, `${name} has nothing open in this scope`).toBeUndefined();
          continue;
        }
        expect(row?.cells, name).toMatchObject({
          submitted: counted.submitted,
          open: counted.open,
          settled: counted.settled,
          overdue: counted.overdue,
        });
        const title = TITLES[name]['zh-CN'];
        const rung = (words: string) => rowsOf(group, 'by-rung', 'rung', `${title} · ${words}`)[0]?.cells.open ?? 0;
        expect(rung('待企业确认'), name).toBe(counted.resolved);
        expect(rung('待企业补充'), name).toBe(counted.returned);
        // Every open case stands somewhere: at the rung of its open task, or with the enterprise.
        const atRungs = table(group, 'by-rung')
          .rows.filter((r) => String(zh(r.cells.rung)).startsWith(`${title} · `))
          .reduce((sum, r) => sum + Number(r.cells.open), 0);
        expect(atRungs, name).toBe(counted.open);
        // The records name the same place, so a drill from the rung's row finds exactly the cases it counted.
        const records = rowsOf(group, 'process-records', 'process', shown[name]);
        expect(records.filter((r) => zh(r.cells.rung) === `${title} · 待企业确认`)).toHaveLength(counted.resolved);
        expect(records.filter((r) => zh(r.cells.rung) === `${title} · 待企业补充`)).toHaveLength(counted.returned);
        for (const r of records.filter((record) => String(zh(record.cells.rung)).includes('待企业')))
          expect(zh(r.cells.overdue)).toBe('否');
      }
      expect(rowsOf(group, 'by-process', 'process', `${TITLES.closed['zh-CN']}（已停用）`)).toEqual([]);
      expect(rowsOf(group, 'by-process', 'process', TITLES.closed['zh-CN'])).toEqual([]);
    },
  );

  it('words the waiting rungs and the retired mark in English too', async () => {
    const group = await processes('all');
    const english = (cell: FigureCell | undefined) => (cell as LocalizedText).en;
    const names = table(group, 'by-process').rows.map((row) => english(row.cells.process));
    expect(names).toEqual(expect.arrayContaining([TITLES.live.en, `${TITLES.retired.en} (Retired)`]));
    const rungs = table(group, 'by-rung').rows.map((row) => english(row.cells.rung));
    expect(rungs).toEqual(
      expect.arrayContaining([
        `${TITLES.live.en} · Awaiting the enterprise’s confirmation`,
        `${TITLES.retired.en} · Awaiting the enterprise’s information`,
      ]),
    );
  });

  it('drops a retired process once its last open case is closed', async () => {
    await db('submissions').where('form_key', keys.retired).whereNot('status', 'settled').update({ status: 'settled' });
    const group = await processes('all');
    expect(table(group, 'by-process').rows.map((row) => zh(row.cells.process))).not.toContain(`${TITLES.retired['zh-CN']}（已停用）`);
    expect(rowsOf(group, 'by-process', 'process', TITLES.live['zh-CN'])).toHaveLength(1);
  });
});
