// What people call an audit entry's target: a submission (or a task of one) by its case number, a user by their
// display name, a form by its title (and the version, when the entry names one). The log stores ids (the record of what was touched); the page shows these names beside them.
import type { Locale } from '#core/domain/locale';
import { newestFormTitles } from './forms/form-store';
import type { Db } from './db-types';

/** An entry's target as the log stores it. */
export interface AuditTarget {
  targetType: string;
  targetId: string;
}

/** Looks up names in one query per kind of target; the key is `<type>:<id>`. Ids with no name (a deleted record, a
 * failed sign-in's typed username, a submission not yet numbered) are absent. Only names an admin already sees on
 * other pages are read: the case number and the display name, never contacts. */
export async function auditTargetNames(db: Db, targets: readonly AuditTarget[], locale: Locale): Promise<Map<string, string>> {
  const ids = (type: string, keep: (id: string) => boolean = () => true) => [
    ...new Set(targets.filter((t) => t.targetType === type && keep(t.targetId)).map((t) => t.targetId)),
  ];
  const names = new Map<string, string>();
  const submissionIds = ids('submission');
  if (submissionIds.length) {
    const rows = await db('submissions').whereIn('id', submissionIds).whereNotNull('case_number').select('id', 'case_number');
    for (const row of rows) names.set(`submission:${String(row.id)}`, String(row.case_number));
  }
  const taskIds = ids('task');
  if (taskIds.length) {
    const rows = await db('tasks as t')
      .join('submissions as s', 's.id', 't.submission_id')
      .whereIn('t.id', taskIds)
      .whereNotNull('s.case_number')
      .select('t.id', 's.case_number');
    for (const row of rows) names.set(`task:${String(row.id)}`, String(row.case_number));
  }
  // A user target is a numeric id, except a failed sign-in's, which is the username that was typed.
  const userIds = ids('user', (id) => /^\d+$/.test(id));
  if (userIds.length) {
    const rows = await db('users').whereIn('id', userIds.map(Number)).select('id', 'display_name');
    for (const row of rows) names.set(`user:${String(row.id)}`, String(row.display_name));
  }
  // A form is logged as `key@version` (a draft saved, a version published) or `key` (retired, exported).
  const formIds = ids('form');
  if (formIds.length) {
    const titles = await newestFormTitles(
      db,
      formIds.map((id) => id.split('@')[0]!),
    );
    for (const id of formIds) {
      const [key, version] = id.split('@');
      const title = titles.get(key!)?.[locale];
      if (!title) continue;
      const versioned = version && /^\d+$/.test(version);
      names.set(`form:${id}`, !versioned ? title : locale === 'en' ? `${title}, version ${version}` : `${title}（第 ${version} 版）`);
    }
  }
  return names;
}
