// The domain's words, each with one name per language, for every page, export and email that names them: roles,
// enterprise types (worded as notice J.J.F. [2121] No.11 words them: "construction … and supervision enterprises",
// "municipal government investment platforms, municipal first-class general contracting enterprises"), project
// statuses (000 §II.1: "started, ready to start and delayed"), the rungs of the difficulty ladder, process types,
// submission statuses and outcomes. The app's dictionaries take these entries (zh-cn-messages.ts, en-messages.ts) and the
// server's figures name things from here, so one thing never has two names.
import type { EnterpriseType, ProjectStatus, Role } from '../org/org-types';
import type { Locale, LocalizedText } from './locale';

const term = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

/** Roles (DESIGN §1). */
export const ROLE_NAMES: Record<Role, LocalizedText> = {
  enterprise: term('企业联络员', 'Enterprise liaison'),
  cadre: term('包挂干部', 'Assigned cadre'),
  special_class: term('企业服务专班', 'Enterprise service class'),
  hq: term('防控指挥部', 'Prevention and control HQ'),
  gate: term('门岗检查员', 'Gate officer'),
  admin: term('系统管理员', 'Administrator'),
};

/** A member of an inspection body (镇（街道）检查组, 复工联合检查组, 行业主管部门): stored with the service class's role
 * (its tasks go to its unit like a working group's), but it inspects readiness, so it is never named as the class. */
export const INSPECTOR_NAME = term('检查组成员', 'Inspection team member');

/** The name of `role` for a user who may be an inspection body's member. */
export function roleName(role: Role, inspectionBody = false): LocalizedText {
  return inspectionBody ? INSPECTOR_NAME : ROLE_NAMES[role];
}

/** Enterprise types, as the notice names them. */
export const ENTERPRISE_TYPE_NAMES: Record<EnterpriseType, LocalizedText> = {
  construction: term('施工企业', 'Construction enterprise'),
  general_contractor: term('工程总承包企业', 'General contracting enterprise'),
  supervision: term('监理企业', 'Supervision enterprise'),
  investment_platform: term('政府投资平台', 'Government investment platform'),
};

/** Project statuses, as the notice names them. */
export const PROJECT_STATUS_NAMES: Record<ProjectStatus, LocalizedText> = {
  started: term('已开工', 'Started'),
  ready: term('具备开工条件', 'Ready to start'),
  delayed: term('延期开工', 'Delayed'),
};

/** Rungs of the difficulty ladder (000 §II.2–3), and "with nobody yet" for a report whose first task is not written. */
export const RUNG_NAMES = {
  cadre: term('包挂干部', 'Assigned cadre'),
  group: term('企业服务专班', 'Enterprise service class'),
  hq: term('防控指挥部', 'Prevention and control HQ'),
  none: term('待分派', 'Not yet assigned'),
} as const satisfies Record<string, LocalizedText>;

/** Process types (DESIGN §3) as a reader knows them. */
export const PROCESS_NAMES = {
  receipt: term('受理回执', 'Receipt'),
  ladder: term('逐级办理', 'Escalation ladder'),
  collection: term('限时报送', 'Timed collection'),
  monitoring: term('跟踪监测', 'Monitoring'),
  plain: term('仅登记', 'Record only'),
  record: term('记录（不启动流程）', 'Record, no process'),
} as const satisfies Record<string, LocalizedText>;

/** Statuses of a submission. */
export const STATUS_NAMES = {
  submitted: term('已提交', 'Submitted'),
  received: term('已受理', 'Received'),
  returned: term('退回补充材料', 'Returned for information'),
  resolved: term('已解决，待确认', 'Resolved, awaiting confirmation'),
  settled: term('已办结', 'Settled'),
  rejected: term('不予受理', 'Rejected'),
  expired: term('已超期', 'Expired'),
  failed: term('办理失败', 'Failed'),
} as const satisfies Record<string, LocalizedText>;

/** Where a readiness inspection (P2: a ladder whose rungs are inspection bodies) stands where its words differ from the
 * ladder's, as its buttons say: one that fails is 不予通过, not a difficulty report's 不予受理; one sent back is 退回整改,
 * not 退回补充材料; one a body passes on to the next level's inspection (town/street → joint team → regulator, its button
 * 核查通过，报送下一级核查) is 核查通过，已报送下一级核查, not the difficulty ladder's 已上报. That last is no stored status
 * (the case stays 已受理 while the next body inspects it): it is what the passing body's decision came to. */
export const INSPECTION_STATUS_NAMES = {
  returned: term('退回整改', 'Returned for rework'),
  rejected: term('不予通过', 'Not approved'),
  escalated: term('核查通过，已报送下一级核查', 'Passed, sent on to the next inspection'),
} as const satisfies Partial<Record<keyof typeof STATUS_NAMES | 'escalated', LocalizedText>>;

/** Where a gate check stands, in the words of the gate page, the site register and the dashboard's gate figures (a
 * monitoring process with entry rules: its outcome, not the difficulty ladder's statuses). */
export const GATE_OUTCOME_NAMES = {
  admitted: term('放行', 'Admitted'),
  'turned-back': term('劝返', 'Turned back'),
  quarantined: term('隔离观察', 'In quarantine'),
  released: term('解除隔离', 'Released from quarantine'),
} as const satisfies Record<string, LocalizedText>;

/** Where a report of a timed collection stands (its punctuality, or a correction of an earlier one). */
export const REPORT_STATUS_NAMES = {
  received: term('已收到', 'Received'),
  on_time: term('按时提交', 'Submitted on time'),
  late: term('逾期提交', 'Submitted late'),
  amended: term('已更正', 'Corrected'),
} as const satisfies Record<string, LocalizedText>;

/** Where a subject followed by a monitoring process (a returning worker, a site, a vehicle) stands. */
export const WATCH_STATUS_NAMES = {
  watching: term('观察中', 'Being monitored'),
  ended: term('观察结束', 'Monitoring ended'),
} as const satisfies Record<string, LocalizedText>;

/** How a settled difficulty ended (the completion form's `outcome`; 004: solved on site vs coordinated). */
export const OUTCOME_NAMES = {
  'solved-on-site': term('现场解决', 'Solved on site'),
  coordinated: term('协调解决', 'Coordinated'),
} as const satisfies Record<string, LocalizedText>;

/** Fields that several pages name (a task page, the inbox filter, the hotline, admin settings), named as the shipped
 * forms title them: the difficulty report's and the visit log's `category` is 问题类别 / Category, and a page that said
 * 困难类别 beside a form that says 问题类别 had the reader wondering whether they were two things. Published definitions
 * are immutable, so the app follows them. */
export const FIELD_NAMES = {
  category: term('问题类别', 'Category'),
} as const satisfies Record<string, LocalizedText>;

/** A task's or a case's priority (0–3): an urgent difficulty report lifts its tasks to 紧急; a definition's rule may go to 特急. */
export const PRIORITY_NAMES = {
  0: term('普通', 'Normal'),
  1: term('优先', 'High'),
  2: term('紧急', 'Urgent'),
  3: term('特急', 'Critical'),
} as const satisfies Record<number, LocalizedText>;

/** The priorities a rule or a task can carry, lowest first. */
export const PRIORITY_LEVELS = [0, 1, 2, 3] as const;
export type PriorityLevel = (typeof PRIORITY_LEVELS)[number];

/** The level a stored priority reads as: below 0 is normal, above 3 critical. */
export function priorityLevel(priority: number): PriorityLevel {
  return Math.min(3, Math.max(0, Math.round(priority))) as PriorityLevel;
}

/** Every group of terms, keyed by the prefix its dictionary keys carry (`role.cadre`, `enterpriseType.supervision`). */
export const GLOSSARY = {
  role: { ...ROLE_NAMES, inspector: INSPECTOR_NAME },
  enterpriseType: ENTERPRISE_TYPE_NAMES,
  projectStatus: PROJECT_STATUS_NAMES,
  rung: RUNG_NAMES,
  process: PROCESS_NAMES,
  status: STATUS_NAMES,
  inspectionStatus: INSPECTION_STATUS_NAMES,
  gateOutcome: GATE_OUTCOME_NAMES,
  reportStatus: REPORT_STATUS_NAMES,
  watchStatus: WATCH_STATUS_NAMES,
  outcome: OUTCOME_NAMES,
  priority: PRIORITY_NAMES,
  field: FIELD_NAMES,
} as const;

type Glossary = typeof GLOSSARY;
/** A dictionary key of a glossary term, such as `role.cadre`. */
export type GlossaryKey = { [G in keyof Glossary]: `${G}.${Extract<keyof Glossary[G], string | number>}` }[keyof Glossary];

/** Every term in one language, keyed like the app's dictionaries (`role.cadre` → 包挂干部). */
export function glossaryMessages(locale: Locale): Record<GlossaryKey, string> {
  const messages: Record<string, string> = {};
  for (const [group, terms] of Object.entries(GLOSSARY)) {
    for (const [key, text] of Object.entries(terms as Record<string, LocalizedText>)) messages[`${group}.${key}`] = text[locale];
  }
  return messages as Record<GlossaryKey, string>;
}
