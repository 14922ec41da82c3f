// The names of the facts an audit summary records, as a person reads them. Summaries keep the names the code wrote
// (a column's `liaison_mobile`, a body's `cadreId`, a weight's `onTimeReport`); these are the words the admin's pages
// already use for them: the register's field labels (the app's org-pages words), the settings page's, the evaluation's
// input titles (core/evaluation/evaluation-input-titles.ts), the task buttons' (forms/present/decision-form.ts).
import type { Locale, LocalizedText } from '#core/domain/locale';
import { EVALUATION_INPUT_TITLES, EVALUATION_SOURCE_TITLES } from '#core/evaluation/evaluation-input-titles';
import { CADRE_HANDOVER_REASON } from '../tasks/record-reassignment';

const term = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

/** A fact's name, whatever it was recorded about. */
const FIELD_NAMES: Record<string, LocalizedText> = {
  ...EVALUATION_INPUT_TITLES,
  ...EVALUATION_SOURCE_TITLES,
  maxEnterprisesPerCadre: term('每名包挂干部最多包挂企业数', 'Most enterprises per cadre'),
  campaignContacts: term('联系方式', 'Contacts'),
  cadreId: term('包挂干部', 'Assigned cadre'),
  assigneeUserId: term('办理人', 'Handler'),
  candidateRole: term('办理角色', 'Handling role'),
  uploadedBy: term('上传人', 'Uploaded by'),
  enterpriseId: term('企业', 'Enterprise'),
  enterprise_id: term('所属企业', 'Enterprise'),
  projectId: term('项目', 'Project'),
  workerName: term('人员', 'Worker'),
  project_id: term('所属项目', 'Project'),
  workingGroupId: term('工作组', 'Working group'),
  working_group_id: term('所属工作组', 'Working group'),
  submissionId: term('案件', 'Case'),
  formKey: term('表单', 'Form'),
  formVersion: term('表单版本', 'Form version'),
  version: term('版本', 'Version'),
  caseNumber: term('案件编号', 'Case number'),
  name: term('名称', 'Name'),
  credit_code: term('统一社会信用代码', 'Unified social credit code'),
  creditCode: term('统一社会信用代码', 'Unified social credit code'),
  type: term('类型', 'Type'),
  focus: term('重点企业', 'Focus'),
  address: term('地址', 'Address'),
  liaison_name: term('联络员姓名', 'Liaison name'),
  liaisonName: term('联络员姓名', 'Liaison name'),
  liaison_mobile: term('联络员手机', 'Liaison mobile'),
  liaisonMobile: term('联络员手机', 'Liaison mobile'),
  liaison_email: term('联络员邮箱', 'Liaison email'),
  liaisonEmail: term('联络员邮箱', 'Liaison email'),
  site: term('工地地址', 'Site address'),
  status: term('状态', 'Status'),
  major: term('重大项目', 'Major project'),
  username: term('用户名', 'Username'),
  display_name: term('姓名', 'Name'),
  displayName: term('姓名', 'Name'),
  email: term('电子邮箱', 'Email'),
  role: term('角色', 'Role'),
  active: term('启用', 'Active'),
  mobile: term('手机号码', 'Mobile'),
  rows: term('行数', 'Rows'),
  created: term('新增', 'Added'),
  updated: term('更新', 'Updated'),
  fileName: term('文件名', 'File name'),
  files: term('附件数', 'Files attached'),
  size: term('大小（字节）', 'Size (bytes)'),
  sha256: term('文件校验值', 'File checksum'),
  reason: term('原因', 'Reason'),
  payloads: term('数据条数', 'Payloads'),
  temperature: term('体温', 'Temperature'),
  outcome: term('结果', 'Outcome'),
  kind: term('类别', 'Kind'),
  kinds: term('推送的事件', 'Events pushed'),
  url: term('地址', 'Address'),
  objectionId: term('异议编号', 'Objection id'),
  secretReplaced: term('已更换密钥', 'Secret replaced'),
  action: term('办理操作', 'Decision'),
  from: term('修改自', 'Changed from'),
  subject: term('邮件标题', 'Subject'),
  html: term('邮件正文（网页版）', 'Body (HTML)'),
  text: term('正文', 'Text'),
  points: term('分值', 'Points'),
  reverses: term('冲销的记录', 'Reverses entry'),
  category: term('类别', 'Category'),
  slotAt: term('应报时间', 'Due at'),
  alert: term('预警', 'Alert'),
  deviceTime: term('设备时间', 'Device time'),
  deviceOutcome: term('设备判定', 'Device outcome'),
  processType: term('流程类型', 'Process type'),
  starter: term('模板', 'Starter'),
  purpose: term('用途', 'Purpose'),
  to: term('收件人', 'To'),
  channel: term('渠道', 'Channel'),
  audience: term('接收对象', 'Audience'),
  key: term('标识', 'Key'),
  quietHours: term('免打扰时段', 'Quiet hours'),
  choices: term('通知方式', 'Channels'),
  markdown: term('群消息正文', 'Group message text'),
  per_minute: term('每分钟最多条数', 'Most messages a minute'),
  perMinute: term('每分钟最多条数', 'Most messages a minute'),
  receivedAt: term('服务器收到时间', 'Received at'),
  clockSkewed: term('设备时钟有偏差', 'Device clock off'),
  visitedOn: term('走访日期', 'Visited on'),
  problems: term('发现问题数', 'Problems found'),
  uploadedAt: term('上传时间', 'Uploaded at'),
  clearedAt: term('准予复工时间', 'Cleared at'),
  suspendedAt: term('暂停准予复工时间', 'Clearance suspended at'),
  enterpriseClearance: term('企业复工核查情况', 'Enterprise cleared to resume'),
  liftsSuspension: term('恢复已暂停的准予复工', 'Lifts a suspended clearance'),
  deadline: term('截止时间', 'Deadline'),
  nameZh: term('中文名称', 'Chinese name'),
  nameEn: term('英文名称', 'English name'),
  measure: term('措施', 'Measure'),
  responsible: term('责任人', 'Person responsible'),
  dueOn: term('完成期限', 'Due date'),
  clientIp: term('来源 IP', 'Client IP'),
  retryAfterSeconds: term('需等待（秒）', 'Wait (seconds)'),
  // Messages kept while their channel's provider was not configured, released when it was (core/notify/kept-release.ts).
  keptQueued: term('自动发出的消息（条）', 'Messages sent'),
  keptExpired: term('过期未发的消息（条）', 'Messages expired unsent'),
  keptSendHours: term('自动发出的时限（小时）', 'Sent when kept at most (hours)'),
  // Messages dead for want of their robot, queued again when an admin registered it, switched it on or gave it a new
  // address (web/server/robots/robot-routes.ts).
  requeued: term('重新排队发送的消息（条）', 'Messages queued again'),
};

/** Facts kept for IT only (ids of a device's queue item, of an outbox row, of a register row): the stored summary
 * holds them; the lines a person reads leave them out. */
export const IT_ONLY_FACTS = new Set(['clientId', 'outboxId', 'problemId', 'workerId']);

/** Names that differ by what the entry was about (an enterprise's `name` is 企业名称). */
const TARGET_FIELD_NAMES: Record<string, Record<string, LocalizedText>> = {
  enterprise: { name: term('企业名称', 'Enterprise name'), type: term('企业类型', 'Enterprise type') },
  project: { name: term('项目名称', 'Project name'), status: term('复工状态', 'Resumption status') },
  // As the group robots page and the webhooks page head their columns.
  robot: { key: term('标识', 'Key'), audience: term('所属', 'Belongs to'), outcome: term('发送结果', 'Result') },
  webhook: { url: term('推送地址', 'URL'), kinds: term('事件', 'Events') },
  // The liaison list mailed to the office: to whom, how many enterprises named a liaison and how many had not yet.
  collection_round: {
    to: term('收件邮箱', 'Sent to'),
    rows: term('已指定联络员的企业数', 'Enterprises with a liaison'),
    missing: term('尚未指定联络员的企业数', 'Enterprises without a liaison yet'),
  },
  // An export of the log records the page's filters it was taken with, and how many entries it held.
  audit: {
    actor: term('筛选：操作人', 'Filter: actor'),
    action: term('筛选：操作', 'Filter: action'),
    targetType: term('筛选：对象类型', 'Filter: target type'),
    targetId: term('筛选：对象编号', 'Filter: target id'),
    from: term('筛选：起始时间', 'Filter: from'),
    to: term('筛选：截止时间', 'Filter: before'),
    rows: term('导出条数', 'Entries exported'),
  },
};

/** What a change of one value (a summary whose before and after are not records) was a change of, by action. */
export function scalarChangeName(action: string, locale: Locale): string {
  if (action.endsWith('-officer')) return term('人员', 'Person')[locale];
  if (action.endsWith('change-end')) return term('结束时间', 'Ends at')[locale];
  return term('内容', 'Value')[locale];
}

/** A fact's name in `locale`, or undefined when this build has no word for it (the page then shows the key). */
export function auditFieldName(key: string, targetType: string, locale: Locale): string | undefined {
  return (TARGET_FIELD_NAMES[targetType]?.[key] ?? FIELD_NAMES[key])?.[locale];
}

/** Recorded values with a word of their own, by fact. */
export const VALUE_WORDS: Record<string, Record<string, LocalizedText>> = {
  from: { edited: term('已修改的版本', 'the edited version'), shipped: term('系统默认', 'the shipped version') },
  outcome: {
    admitted: term('放行', 'Admitted'),
    quarantined: term('隔离观察', 'Quarantined'),
    'turned-back': term('劝返', 'Turned back'),
    // A robot's test message (robot-provider.ts RobotOutcome).
    sent: term('已送达群聊', 'Reached the group'),
    'rate-limited': term('群机器人限流，未送达', 'Rate-limited by the robot, not delivered'),
    failed: term('发送失败', 'Failed'),
  },
  // Whether the site's enterprise was cleared to resume at a gate check (P2).
  enterpriseClearance: {
    cleared: term('已准予复工', 'Cleared to resume'),
    'not-cleared': term('尚未准予复工', 'Not yet cleared to resume'),
    suspended: term('准予复工已暂停', 'Clearance to resume suspended'),
  },
  kind: {
    // A unit of the organisation (org-unit.create), as the organisation page sorts them.
    service: term('工作专班', 'Working group'),
    inspection: term('检查机构', 'Inspection body'),
    // A day of the working calendar, as the calendar page names it.
    holiday: term('节假日', 'Holiday'),
    workday: term('调休上班', 'Make-up working day'),
    // A notice withdrawn, as its message is called (sent-message words).
    publicity: term('表扬公示', 'Commendation publicity'),
    commendation: term('表扬通报', 'Commendation notice'),
    article: term('经验做法文章', 'Good-practice article'),
  },
  // The channels and owners as the group robots page offers them.
  channel: {
    email: term('邮件', 'Email'),
    sms: term('短信', 'Text message'),
    'wecom-robot': term('企业微信群机器人', 'WeCom group robot'),
    'dingtalk-robot': term('钉钉群机器人', 'DingTalk group robot'),
  },
  audience: {
    hq: term('指挥部', 'HQ'),
    working_group: term('工作专班', 'Working group'),
    cadre: term('包挂干部团队', 'Cadre team'),
  },
  // The events as the webhooks page lists them (core/webhooks/webhook-kinds.ts).
  kinds: {
    'submission.received': term('收到填报', 'Submission received'),
    'task.opened': term('待办生成', 'Task opened'),
    'task.decided': term('待办办结', 'Task decided'),
    'sla.breached': term('办理超时', 'SLA breached'),
    'case.settled': term('案件办结', 'Case settled'),
    'quarantine.started': term('开始隔离', 'Quarantine started'),
    'quarantine.released': term('解除隔离', 'Quarantine released'),
  },
  reason: {
    // A cadre hand-over's reassignment (org/hand-over-tasks.ts) keeps the system's reason in zh-CN in its summary, which
    // settling reads back: each reader is shown theirs, as the task's comment is.
    [CADRE_HANDOVER_REASON['zh-CN']]: CADRE_HANDOVER_REASON,
    quarantined_elsewhere: term('正在其他工地隔离观察，不得进场', 'In quarantine at another site; may not enter'),
  },
};

/** Words the describer puts between values. */
export const DESCRIBE_WORDS = {
  blank: term('（空）', '(empty)'),
  yes: term('是', 'Yes'),
  no: term('否', 'No'),
  noChange: term('未改动任何内容', 'Nothing changed'),
  listSeparator: term('、', ', '),
  colon: term('：', ': '),
} as const;
