// Inbox query latency over 100,000 tasks, on SQLite and on PostgreSQL, against a primary-key lookup baseline measured
// in the same run on the same data. Usage: npm run bench:inbox [-- --tasks 100000 --queries 300]
// PostgreSQL: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test), in a throwaway schema.
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { Knex } from 'knex';
import { prepareDatabase } from '#core/bootstrap';
import { inbox, type InboxQuery } from '#core/stores/task-inbox';
import { sessionUsersInRoles } from '#core/stores/account-store';
import type { SessionUser } from '#web/server/request-context';
import { onEachDatabase, stats, time } from './bench-databases';

const { values } = parseArgs({
  options: {
    tasks: { type: 'string', default: '100000' },
    queries: { type: 'string', default: '300' },
    databases: { type: 'string', default: 'sqlite,postgres' },
  },
});
const TASKS = Number(values.tasks);
const QUERIES = Number(values.queries);
const CATEGORIES = ['personnel_return', 'materials', 'transportation', 'epidemic_supplies', 'funds', 'land', 'approvals', 'other'];

async function fill(db: Knex): Promise<{ cadres: SessionUser[]; members: SessionUser[] }> {
  await prepareDatabase(db, { seedDemo: true });
  const users = await sessionUsersInRoles(db, ['cadre', 'special_class']);
  const cadres = users.filter((u) => u.role === 'cadre');
  const enterprises = await db('enterprises').pluck('id');
  const groups = await db('working_groups').pluck('id');
  const now = Date.now();
  const statuses = ['open', 'open', 'claimed', 'done', 'done', 'done', 'escalated', 'expired'];
  let written = 0;
  while (written < TASKS) {
    const batch = Array.from({ length: Math.min(1000, TASKS - written) }, (_, i) => {
      const n = written + i;
      const cadre = cadres[n % 3]!;
      const toGroup = n % 4 === 0;
      return {
        id: `bench-${n}/${randomUUID().slice(0, 8)}`,
        workflow_id: `bench-${n}`,
        enterprise_id: enterprises[n % enterprises.length],
        process_type: 'ladder',
        step: toGroup ? 'group' : 'cadre',
        title: JSON.stringify({ 'zh-CN': `困难报告 ${n}`, en: `Difficulty ${n}` }),
        category: CATEGORIES[n % CATEGORIES.length],
        assignee_user_id: toGroup ? null : cadre.id,
        candidate_role: toGroup ? 'special_class' : null,
        candidate_group_id: toGroup ? groups[n % groups.length] : null,
        priority: n % 3,
        due_at: new Date(now + ((n % 200) - 100) * 3600_000).toISOString(),
        created_at: new Date(now - (n % 1000) * 60_000).toISOString(),
        status: statuses[n % statuses.length],
        allowed_actions: '["resolve","escalate"]',
        completion_schema: '{}',
        search_text: `困难报告 ${n} Difficulty ${n}`,
      };
    });
    await db.batchInsert('tasks', batch, 500);
    written += batch.length;
    process.stderr.write(`\r  filling tasks: ${written}/${TASKS}`);
  }
  process.stderr.write('\n');
  if (db.client.config.client === 'pg') await db.raw('analyze tasks');
  else await db.raw('analyze');
  return { cadres, members: users.filter((u) => u.role === 'special_class') };
}

async function measure(name: string, db: Knex) {
  const { cadres, members } = await fill(db);
  const filters: (InboxQuery & { who: 'cadre' | 'member' })[] = [
    { who: 'cadre', box: 'mine' },
    { who: 'cadre', box: 'mine', overdue: true },
    { who: 'cadre', box: 'mine', category: 'materials', sort: 'priority' },
    { who: 'member', box: 'groups' },
    { who: 'member', box: 'groups', q: '困难报告 12' },
    { who: 'cadre', box: 'done' },
  ];
  const ids = await db('tasks').orderBy('id').limit(QUERIES).pluck('id');
  const baseline: number[] = [];
  const queries: number[] = [];
  const perShape = filters.map(() => [] as number[]);
  for (let i = 0; i < QUERIES; i += 1) {
    baseline.push(
      await time(() =>
        db('tasks')
          .where({ id: ids[i % ids.length] })
          .first(),
      ),
    );
    const filter = filters[i % filters.length]!;
    const user = filter.who === 'cadre' ? cadres[i % cadres.length]! : members[i % members.length]!;
    const took = await time(() => inbox(db, user, filter, new Date()));
    queries.push(took);
    perShape[i % filters.length]!.push(took);
  }
  const shapes = filters.map(({ who, ...filter }, k) => `${who} ${JSON.stringify(filter)} p95 ${stats(perShape[k]!).p95.toFixed(1)}`);
  const b = stats(baseline);
  const q = stats(queries);
  return { name, ...q, baseP50: b.p50, baseP95: b.p95, ratio: q.p95 / b.p95, shapes };
}

const results = await onEachDatabase(String(values.databases).split(','), 'inbox.sqlite', measure);

console.log(
  `\nInbox queries over ${TASKS.toLocaleString('en')} tasks, ${QUERIES} queries each (6 filter shapes, cadres and group members)\n`,
);
console.log('| database   | inbox p50 ms | inbox p95 ms | pk lookup p50 ms | pk lookup p95 ms | p95 ratio |');
console.log('|------------|--------------|--------------|------------------|------------------|-----------|');
for (const r of results) {
  console.log(
    `| ${r.name.padEnd(10)} | ${r.p50.toFixed(2).padStart(12)} | ${r.p95.toFixed(2).padStart(12)} | ${r.baseP50.toFixed(2).padStart(16)} | ${r.baseP95.toFixed(2).padStart(16)} | ${r.ratio.toFixed(1).padStart(9)} |`,
  );
}
console.log('\nPer filter shape (ms):');
for (const r of results) console.log(`- ${r.name}: ${r.shapes.join('; ')}`);
console.log('\nTarget: inbox p95 under 25 ms.');
