// What people call an audit entry's target: a submission (or a task, gate check, quarantine or monitored subject of one)
// by its case number, a user by their display name, a form by its title (and the version, when the entry names one), an
// enterprise, a project or a working group by its name, a difficulty category by its name (生产生活物资, not its key
// `materials`), an import by what it brought in, a settings entry by the page's word for it, a group robot or a webhook
// subscription by its name, an upload by its file's name (and the case it is attached to), a visit by its enterprise and
// day, an outbox release by its channel, a hotline call by its
// enterprise and the case it was filed as (else when it came in), a gate check refused before anything was recorded by
// its site, the worker's masked name and the time, never its id. The log stores
// ids (the record of what was touched); the page shows these names beside them. A template's name is its purpose's
// words, which the mail code holds: web/server/audit names those.
import type { Locale, LocalizedText } from '#core/domain/locale';
import { localDateText } from '#core/domain/local-date-text';
import { spreadsheetTime } from '#core/domain/spreadsheet-time';
import { typedUsernameWords } from '../privacy/typed-username';
import { emptyAuditRefs, loadAuditNames, type AuditNames, type AuditRefs } from './audit-names';
import type { Db } from './db-types';

/** An entry's target as the log stores it, and the entry's summary (an upload's entry recorded its file's name, a
 * refused gate check's its site and worker) and time. */
export interface AuditTarget {
  targetType: string;
  targetId: string;
  summary?: unknown;
  createdAt?: string;
}

/** The outbox channel whose kept messages a release sent or expired (its target id is the channel). A resend's target
 * is the message's row id, which names none of these. */
const OUTBOX_CHANNELS: Record<string, LocalizedText> = {
  email: { 'zh-CN': '邮件', en: 'Email' },
  sms: { 'zh-CN': '短信', en: 'Text messages' },
  'wecom-robot': { 'zh-CN': '企业微信群机器人消息', en: 'WeCom group-robot messages' },
  'dingtalk-robot': { 'zh-CN': '钉钉群机器人消息', en: 'DingTalk group-robot messages' },
};

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

/** What a refused gate check's entry recorded of it (nothing else is kept of a check refused at the gate). */
const refusedCheck = (summary: unknown) => {
  const { projectId, workerName } = (summary ?? {}) as { projectId?: unknown; workerName?: unknown };
  return {
    projectId: typeof projectId === 'number' ? projectId : undefined,
    workerName: typeof workerName === 'string' && workerName ? workerName : undefined,
  };
};

/** Adds the ids `targets` name to `refs` (a user target is numeric, except a failed sign-in's typed username). */
export function addTargetRefs(refs: AuditRefs, targets: readonly AuditTarget[]): AuditRefs {
  for (const { targetType: type, targetId: id, summary } of targets) {
    // A gate check refused at the gate has no submission: its entry names its site.
    if (type === 'gate_check') refs.projects.push(...numeric(String(refusedCheck(summary).projectId ?? '')));
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
    else if (type === 'hotline_call') refs.hotlineCalls.push(...numeric(id));
    else if (type === 'visit') refs.visits.push(...numeric(id));
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

/** A hotline call by its enterprise and the case it was filed as, else the time it came in (in the server's zone); the
 * page and the CSV say 热线来电 beside it. */
function hotlineCallName(id: number, names: AuditNames, locale: Locale, timeZone: string): string | undefined {
  const call = names.hotlineCalls.get(id);
  if (!call) return undefined;
  const when = spreadsheetTime(call.receivedAt, timeZone).slice(0, 16);
  if (locale === 'en') return `${call.enterpriseName}${call.caseNumber ? ` (case ${call.caseNumber})` : `, ${when}`}`;
  return `${call.enterpriseName}${call.caseNumber ? `（案件 ${call.caseNumber}）` : `，${when}`}`;
}

/** A gate check: by its case number once recorded; one refused at the gate (quarantined elsewhere) has no record, so
 * by the site, the worker's masked name and the time its entry recorded. */
function gateCheckName(target: AuditTarget, names: AuditNames, locale: Locale, timeZone: string): string {
  const recorded = names.submissions.get(target.targetId);
  if (recorded) return recorded;
  const { projectId, workerName } = refusedCheck(target.summary);
  const site = projectId === undefined ? undefined : names.projects.get(projectId);
  const when = target.createdAt ? spreadsheetTime(target.createdAt, timeZone).slice(0, 16) : undefined;
  const facts = [site, workerName, when].filter(Boolean);
  if (locale === 'en') return `Refused entry${facts.length ? `: ${facts.join(', ')}` : ''}`;
  return `拒绝进场${facts.length ? `：${facts.join('，')}` : ''}`;
}

/** The name of one target from names already read (instants in `timeZone`), or undefined when it has none. */
export function targetNameOf(target: AuditTarget, names: AuditNames, locale: Locale, timeZone: string): string | undefined {
  const { targetType: type, targetId: id, summary } = target;
  const number = /^\d+$/.test(id) ? Number(id) : NaN;
  switch (type) {
    case 'gate_check':
      return gateCheckName(target, names, locale, timeZone);
    case 'hotline_call':
      return hotlineCallName(number, names, locale, timeZone);
    case 'visit': {
      // By the enterprise and the day, as the visit's own page is titled, never "走访记录 12".
      const visit = names.visits.get(number);
      if (!visit) return undefined;
      const day = localDateText(visit.visitedOn, locale);
      return locale === 'en' ? `${visit.enterpriseName}, ${day}` : `${visit.enterpriseName}，${day}`;
    }
    case 'submission':
    case 'quarantine':
    case 'monitoring_subject':
      return names.submissions.get(id);
    case 'task':
      return names.tasks.get(id);
    case 'user':
      // A failed sign-in's target is the username typed, masked when it named no account.
      return names.users.get(number) ?? typedUsernameWords(id, locale);
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
    case 'outbox':
      return OUTBOX_CHANNELS[id]?.[locale];
    case 'robot':
      return names.robots.get(number);
    case 'webhook':
      return names.webhooks.get(number);
    case 'upload':
      return uploadName(id, summary, names, locale);
    case 'audit':
      return locale === 'en' ? 'Audit log' : '审计日志';
    case 'saved_filter': {
      // Named as its entry recorded it: the filter may be renamed or deleted since.
      const name = (summary as { name?: unknown } | null | undefined)?.name;
      return typeof name === 'string' && name ? name : undefined;
    }
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
export async function auditTargetNames(
  db: Db,
  targets: readonly AuditTarget[],
  locale: Locale,
  timeZone: string,
): Promise<Map<string, string>> {
  const names = await loadAuditNames(db, addTargetRefs(emptyAuditRefs(), targets));
  const found = new Map<string, string>();
  for (const target of targets) {
    const name = targetNameOf(target, names, locale, timeZone);
    if (name) found.set(`${target.targetType}:${target.targetId}`, name);
  }
  return found;
}
