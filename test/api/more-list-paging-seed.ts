// Rows enough to page for the lists of more-list-paging.test.ts, written straight into the seeded database (the bare app
// has no Temporal): three of each, spread so that each list's filter keeps some and drops some.
import type { Knex } from 'knex';

/** What the seed made that the tests name. */
export interface ListSeed {
  projectId: number;
  taskId: string;
  creditSum: number;
}

const at = (n: number) => new Date(Date.UTC(2026, 10, 1, n)).toISOString();

/** Writes the rows; `tag` keeps ids unique. */
export async function seedListRows(db: Knex, tag: string): Promise<ListSeed> {
  const ent01 = await db('users').where({ username: 'ent01' }).first('id', 'enterprise_id');
  const cadre = await db('users').where({ username: 'cadre1' }).first('id');
  const hq = await db('users').where({ username: 'hq' }).first('id');
  const project = await db('projects').where({ enterprise_id: ent01.enterprise_id }).orderBy('id').first('id');
  const liaison = await db('form_definitions').where({ key: 'liaison-designation' }).orderBy('version', 'desc').first('version');
  const watch = await db('form_definitions').where({ key: 'paging-watch' }).orderBy('version', 'desc').first('version');
  const gateForm = await db('form_definitions').where({ key: 'gate-check' }).orderBy('version', 'desc').first('version');
  const points = [5, 3, -2];
  const caseId = (n: number) => `00000000-0000-4000-8000-0000${tag}`.slice(0, 35) + n;
  for (let n = 0; n < 3; n += 1) {
    // Visits: two to the enterprise of ent01, one to another.
    await db('visits').insert({
      enterprise_id: n < 2 ? ent01.enterprise_id : ent01.enterprise_id + 1,
      cadre_id: cadre.id,
      visited_on: `2026-11-0${n + 1}`,
      people_met: '张经理',
      opinions: '用工紧张',
      created_at: at(n),
    });
    await db('credit_entries').insert({
      entry_key: `paging/${tag}/${n}`,
      enterprise_id: ent01.enterprise_id,
      points: points[n],
      reason: '列表分页',
      basis: `#${n}`,
      approver_id: hq.id,
      created_at: at(n),
    });
    await db('enterprise_measures').insert({
      enterprise_id: ent01.enterprise_id,
      measure: `协调用工 ${n}`,
      category: 'labour',
      responsible: '包挂干部',
      due_on: `2026-12-0${n + 1}`,
      status: 'planned',
      created_by: cadre.id,
      created_at: at(n),
    });
    // Cases that wait for the enterprise: returned for more information.
    await db('submissions').insert({
      id: caseId(n),
      form_key: 'liaison-designation',
      form_version: liaison.version,
      enterprise_id: ent01.enterprise_id,
      user_id: ent01.id,
      data: JSON.stringify({ liaisonName: '赵六', mobile: '13700137000', email: 'zl@example.com' }),
      status: 'returned',
      workflow_id: `paging-todo-${tag}-${n}`,
      created_at: at(n),
      updated_at: at(n),
    });
    // Health-watch subjects: two active, one ended.
    const subjectId = `10000000-0000-4000-8000-0000${tag}`.slice(0, 35) + n;
    await db('submissions').insert({
      id: subjectId,
      form_key: 'paging-watch',
      form_version: watch.version,
      enterprise_id: ent01.enterprise_id,
      user_id: ent01.id,
      data: JSON.stringify({ name: `观察对象${n}`, residentId: '110101199003074518', mobile: '13912345678', returnedFrom: '湖北省' }),
      status: 'received',
      workflow_id: `paging-watch-${tag}-${n}`,
      created_at: at(n),
      updated_at: at(n),
    });
    await db('monitoring_subjects').insert({
      id: subjectId,
      workflow_id: `monitoring-${subjectId}`,
      form_key: 'paging-watch',
      form_version: watch.version,
      subject_kind: 'worker',
      name: `观察对象${n}`,
      enterprise_id: ent01.enterprise_id,
      started_by: ent01.id,
      status: n < 2 ? 'active' : 'ended',
      started_at: at(n),
      ends_at: at(n + 200),
      end_changes: '[]',
      ended_at: n < 2 ? null : at(n + 1),
    });
    // A site's register: two workers admitted, one turned back.
    const [worker] = await db('workers')
      .insert({ resident_id: `11010119900307${tag.slice(0, 3)}${n}`, name: `工人${n}`, created_at: at(n) })
      .returning('id');
    const workerId = Number((worker as { id: number }).id ?? worker);
    const checkId = `paging-check-${tag}-${n}`;
    await db('gate_checks').insert({
      id: checkId,
      project_id: project.id,
      worker_id: workerId,
      channel: 'green',
      certificate: '{}',
      steps: '[]',
      temperature: 36.5,
      zone: 'construction',
      outcome: n < 2 ? 'admitted' : 'turned-back',
      reasons: '[]',
      form_version: gateForm.version,
      checked_by: hq.id,
      checked_at: at(n),
    });
    await db('site_workers').insert({
      project_id: project.id,
      worker_id: workerId,
      status: n < 2 ? 'admitted' : 'turned-back',
      zone: 'construction',
      assigned_zone: 'construction',
      last_check_id: checkId,
      updated_at: at(n),
    });
  }
  const taskId = `paging-${tag}/cadre`;
  await db('tasks').insert({
    id: taskId,
    workflow_id: `paging-${tag}`,
    submission_id: caseId(0),
    enterprise_id: ent01.enterprise_id,
    process_type: 'ladder',
    step: 'cadre',
    title: JSON.stringify({ 'zh-CN': '列表分页', en: 'List paging' }),
    assignee_user_id: cadre.id,
    due_at: at(48),
    created_at: at(0),
    status: 'open',
    allowed_actions: '[]',
    completion_schema: '{}',
  });
  return { projectId: Number(project.id), taskId: taskId.replace('/', '_2F'), creditSum: points.reduce((a, b) => a + b, 0) };
}
