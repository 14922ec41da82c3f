// The writes of the demo seed (core/demo/demo-seed.ts): accounts, enterprises, their projects and cadre assignments,
// each answering its new id. Kept apart from the aggregates' own stores because only the seed writes these shapes
// (accounts with the demo-password mark, projects cleared before the demo begins).
import type { Role } from '../../org/org-types';
import type { Db } from '../db-types';

const idOf = (row: unknown): number => Number((row as { id: number }).id);

/** A demo account: the seed's one password hash, marked so the production start-up check finds it cheaply. */
export interface DemoUser {
  username: string;
  displayName: string;
  role: Role;
  passwordHash: string;
  email: string;
  createdAt: string;
  workingGroupId?: number | undefined;
  enterpriseId?: number;
  projectId?: number | undefined;
}

/** Creates a demo account; answers its id. */
export async function insertDemoUser(db: Db, user: DemoUser): Promise<number> {
  const [row] = await db('users')
    .insert({
      username: user.username,
      display_name: user.displayName,
      role: user.role,
      password_hash: user.passwordHash,
      // Cleared when the password changes.
      demo_password: true,
      email: user.email,
      created_at: user.createdAt,
      ...('workingGroupId' in user ? { working_group_id: user.workingGroupId } : {}),
      ...('enterpriseId' in user ? { enterprise_id: user.enterpriseId } : {}),
      ...('projectId' in user ? { project_id: user.projectId } : {}),
    })
    .returning('id');
  return idOf(row);
}

/** A demo enterprise. */
export interface DemoEnterpriseRow {
  name: string;
  creditCode: string;
  type: string;
  focus: boolean;
  address: string;
  createdAt: string;
}

/** Creates a demo enterprise; answers its id. */
export async function insertDemoEnterprise(db: Db, enterprise: DemoEnterpriseRow): Promise<number> {
  const [row] = await db('enterprises')
    .insert({
      name: enterprise.name,
      credit_code: enterprise.creditCode,
      type: enterprise.type,
      focus: enterprise.focus,
      address: enterprise.address,
      created_at: enterprise.createdAt,
    })
    .returning('id');
  return idOf(row);
}

/** A demo project; a cleared one passed its readiness inspection (by `clearedByGroupId`) before the demo begins. */
export interface DemoProjectRow {
  enterpriseId: number;
  name: string;
  site: string;
  status: string;
  major: boolean;
  cleared?: { at: string; byGroupId: number | undefined };
}

/** Creates a demo project; answers its id. */
export async function insertDemoProject(db: Db, project: DemoProjectRow): Promise<number> {
  const [row] = await db('projects')
    .insert({
      enterprise_id: project.enterpriseId,
      name: project.name,
      site: project.site,
      status: project.status,
      major: project.major,
      ...(project.cleared ? { cleared_at: project.cleared.at, cleared_by_group_id: project.cleared.byGroupId } : {}),
    })
    .returning('id');
  return idOf(row);
}

/** Assigns an enterprise to a cadre, as the admin did at `assignedAt`. */
export async function insertDemoAssignment(
  db: Db,
  assignment: { cadreId: number; enterpriseId: number; assignedAt: string; assignedBy: number },
): Promise<void> {
  await db('cadre_assignments').insert({
    cadre_id: assignment.cadreId,
    enterprise_id: assignment.enterpriseId,
    assigned_at: assignment.assignedAt,
    assigned_by: assignment.assignedBy,
  });
}
