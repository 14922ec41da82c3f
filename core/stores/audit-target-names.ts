// What people call an audit entry's target: a submission (or a task, gate check, quarantine or monitored subject of one)
// by its case number, a user by their display name, a form by its title (and the version, when the entry names one), an
// enterprise, a project or a working group by its name, a difficulty category by its name (生产生活物资, not its key
// `materials`), an import by what it brought in, a settings entry by the page's word for it, a group robot or a webhook
// subscription by its name, an upload by its file's name (and the case it is attached to), never its id. The log stores
// ids (the record of what was touched); the page shows these names beside them. A template's name is its purpose's
// words, which the mail code holds: web/server/audit names those.
import type { Locale, LocalizedText } from '#core/domain/locale';
import { emptyAuditRefs, loadAuditNames, type AuditNames, type AuditRefs } from './audit-names';
import type { Db } from './db-types';

/** An entry's target as the log stores it, and the entry's summary (an upload's entry recorded its file's name). */
export interface AuditTarget {
  targetType: string;
  targetId: string;
  summary?: unknown;
}

/** What an import brought in (its target id is the kind), as the import page names it. */
const IMPORT_KINDS: Record<string, LocalizedText> = {
  enterprises: { 'zh-CN': '企业', en: 'Enterprises' },
  projects: { 'zh-CN': '项目', en: 'Projects' },
  assignments: { 'zh-CN': '包挂关系', en: 'Cadre assignments' },
};

/** The settings an entry changed (its target id), as their pages are titled. */
const SETTINGS: Record<string, LocalizedText> = {
  global: { 'zh-CN': '工作参数', en: 'Working parameters' },
  evaluationWeights: { 'zh-CN': '计分权重', en: 'Scoring weights' },
};

/** The template targets: their ids are `name/locale` (a text saved, reverted, sent as a test) or `name` (created). */
const TEMPLATE_TARGETS = new Set(['email_template', 'sms_template', 'robot_template']);

/** Records kept under their submission's id (a gate check, the quarantine it started, a monitored subject): named by
 * that submission's case number, as the record's own page is, never by the UUID the log stores. */
const CASE_TARGETS = new Set(['gate_check', 'quarantine', 'monitoring_subject']);

const numeric = (id: string) => (/^\d+$/.test(id) ? [Number(id)] : []);

/** Adds the ids `targets` name to `refs` (a user target is numeric, except a failed sign-in's typed username). */
export function addTargetRefs(refs: AuditRefs, targets: readonly AuditTarget[]): AuditRefs {
  for (const { targetType: type, targetId: id } of targets) {
    if (type === 'submission' || CASE_TARGETS.has(type)) refs.submissions.push(id);
    else if (type === 'task') refs.tasks.push(id);
    else if (type === 'user') refs.users.push(...numeric(id));
    else if (type === 'enterprise') refs.enterprises.push(...numeric(id));
    else if (type === 'project') refs.projects.push(...numeric(id));
    else if (type === 'working_group') refs.workingGroups.push(...numeric(id));
    // A form is logged as `key@version` (a draft saved, a version published) or `key` (retired, exported).
    else if (type === 'form') refs.forms.push(id.split('@')[0]!);
    else if (type === 'robot') refs.robots.push(...numeric(id));
    else if (type === 'webhook') refs.webhooks.push(...numeric(id));
    else if (TEMPLATE_TARGETS.has(type)) refs.templates.push(id.split('/')[0]!);
    else if (type === 'upload') refs.uploads.push(id);
    else if (type === 'difficulty_category') refs.categories.push(id);
  }
  return refs;
}

/** An upload by its file's name (as read, else as its entry recorded it), with the case it is attached to; never its id. */
function uploadName(id: string, summary: unknown, names: AuditNames, locale: Locale): string {
  const found = names.uploads.get(id.toLowerCase());
  const recorded = (summary as { fileName?: unknown } | null | undefined)?.fileName;
  const fileName =
    found?.fileName ?? (typeof recorded === 'string' && recorded ? recorded : locale === 'en' ? '(file name unknown)' : '（文件名不详）');
  if (!found?.caseNumber) return fileName;
  return locale === 'en' ? `${fileName} (case ${found.caseNumber})` : `${fileName}（案件 ${found.caseNumber}）`;
}

/** The name of one target from names already read, or undefined when it has none. */
export function targetNameOf(
  { targetType: type, targetId: id, summary }: AuditTarget,
  names: AuditNames,
  locale: Locale,
): string | undefined {
  const number = /^\d+$/.test(id) ? Number(id) : NaN;
  switch (type) {
    case 'submission':
    case 'gate_check':
    case 'quarantine':
    case 'monitoring_subject':
      return names.submissions.get(id);
    case 'task':
      return names.tasks.get(id);
    case 'user':
      return names.users.get(number);
    case 'enterprise':
      return names.enterprises.get(number);
    case 'project':
      return names.projects.get(number);
    case 'working_group':
      return names.workingGroups.get(number)?.[locale];
    case 'difficulty_category':
      return names.categories.get(id)?.[locale];
    case 'import':
      return IMPORT_KINDS[id]?.[locale];
    case 'settings':
      return SETTINGS[id]?.[locale];
    case 'robot':
      return names.robots.get(number);
    case 'webhook':
      return names.webhooks.get(number);
    case 'upload':
      return uploadName(id, summary, names, locale);
    case 'audit':
      return locale === 'en' ? 'Audit log' : '审计日志';
    case 'form': {
      const [key, version] = id.split('@');
      const title = names.forms.get(key!)?.[locale];
      if (!title || !version || !/^\d+$/.test(version)) return title;
      return locale === 'en' ? `${title}, version ${version}` : `${title}（第 ${version} 版）`;
    }
    default:
      return undefined;
  }
}

/** Looks up names in one query per kind of target; the key is `<type>:<id>`. Ids with no name (a deleted record, a
 * failed sign-in's typed username, a submission not yet numbered) are absent. */
export async function auditTargetNames(db: Db, targets: readonly AuditTarget[], locale: Locale): Promise<Map<string, string>> {
  const names = await loadAuditNames(db, addTargetRefs(emptyAuditRefs(), targets));
  const found = new Map<string, string>();
  for (const target of targets) {
    const name = targetNameOf(target, names, locale);
    if (name) found.set(`${target.targetType}:${target.targetId}`, name);
  }
  return found;
}
