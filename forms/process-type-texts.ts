// Titles and help of every process parameter in zh-CN and en, so the admin's parameter editor (rendered from the
// process types' JSON Schemas) names each field in words, and the choices of each enum. Keyed by property name: a name
// means the same wherever a process type uses it (`sla` is always a time limit). The schemas in process-types.ts stay
// the validation contract; `titledParamsSchema` lays these texts over a copy.
import type { RJSFSchema } from '@rjsf/utils';
import type { Locale, LocalizedText } from '#core/domain/locale';
import { ENTERPRISE_TYPE_NAMES, ROLE_NAMES } from '#core/domain/glossary';
import { GATE_STEP_NAMES } from '#core/domain/gate-step-names';
import { WORKING_GROUPS } from '#core/org/org-types';

type Text = { title: LocalizedText; help?: LocalizedText };
const t = (zh: string, en: string, helpZh?: string, helpEn?: string): Text => ({
  title: { 'zh-CN': zh, en },
  ...(helpZh ? { help: { 'zh-CN': helpZh, en: helpEn! } } : {}),
});

/** Title and help of each parameter, by property name. */
export const PARAM_TEXTS: Readonly<Record<string, Text>> = {
  // Inspection bodies, rework and clearance (P2).
  body: t('检查机构', 'Inspection body', '组织机构中的检查机构标识', 'The key of an inspection body of the organisation'),
  rework: t(
    '退回整改',
    'Return for rework',
    '整改期限、期满前提醒和逾期预警模板',
    'Its deadline, reminders before it and the overdue alert template',
  ),
  within: t('期限', 'Within'),
  clearToResume: t(
    '批准后准予复工',
    'Clears the projects to resume',
    '批准时记录准予复工的日期和批准机构',
    'Approval records the date and the approving body',
  ),
  breachAlert: t('跟进超时提醒谁', 'Who hears when the follow-up runs out', '工作组或指挥部', 'The working group or headquarters'),
  // Rules on form data (ladders).
  label: t('规则名称', 'Rule name'),
  when: t('条件（全部满足）', 'Conditions (all must hold)'),
  enterprise: t(
    '企业属性',
    'Enterprise attribute',
    'focus：重点企业；type：企业类型',
    'focus: a focus enterprise; type: the enterprise type',
  ),
  time: t('提交时间', 'Time of submission', '本地时间', 'Local time'),
  startAt: t('从哪一层级开始', 'Start at rung', '填写层级标识', 'A rung key of this ladder'),
  notify: t('另行通知', 'Also notify'),
  // Figures bound by params (collections).
  figures: t(
    '看板数字对应的字段',
    'Fields behind the dashboard figures',
    '改名后在此对应，数字不会丢失',
    'Map renamed fields here so their figures stay',
  ),
  // Monitoring of any subject.
  subject: t(
    '观察对象',
    'Subject',
    '人员、场所或车辆，以及表单中哪一字段是其名称',
    'A person, site or vehicle, and which form field names it',
  ),
  nameField: t('名称字段', 'Name field'),
  readings: t('每次测量的读数', 'Readings at each check-in'),
  key: t('读数标识', 'Reading key'),
  unit: t('单位', 'Unit'),
  minimum: t('最小值', 'Minimum'),
  maximum: t('最大值', 'Maximum'),
  countDays: t('天数计法', 'Counting days', '从开始起满 24 小时算一天，或按自然日', 'Whole days from the start, or calendar days'),
  alertTo: t('预警发给', 'Alerts go to'),
  endTemplate: t('结束通知邮件模板', 'End-of-monitoring email template'),
  stages: t(
    '办理层级',
    'Rungs',
    '按顺序逐级办理；超时按“超时处理”执行',
    'Worked in order; a rung that runs out of time does what its breach rule says',
  ),
  name: t('层级标识', 'Rung key', '小写字母、数字和连字符', 'Lower-case letters, digits and hyphens'),
  title: t('名称', 'Name'),
  'zh-CN': t('中文', 'Chinese'),
  en: t('英文', 'English'),
  actor: t('办理人', 'Who acts'),
  sla: t('办理时限', 'Time limit', '如“4 小时”“当天办结”“2 个工作日”', 'e.g. "4 hours", "end of day", "2 working days"'),
  actions: t('可用操作', 'Allowed actions'),
  actionLabels: t(
    '操作名称',
    'Action names',
    '本层级按钮上显示的操作名称，如检查组的“核查通过”；不填用通用名称',
    'The words on this rung\'s buttons, such as an inspection\'s "Pass"; empty: the usual words',
  ),
  // The actions as names of `actionLabels`' parts: what the words replace.
  approve: t('“批准”改称', '"Approve" reads'),
  resolve: t('“已解决”改称', '"Resolve" reads'),
  escalate: t('“上报”改称', '"Escalate" reads'),
  return: t('“退回修改”改称', '"Return" reads'),
  reject: t('“驳回”改称', '"Reject" reads'),
  acknowledge: t('“知悉”改称', '"Acknowledge" reads'),
  uphold: t('“异议成立”改称', '"Uphold" reads'),
  dismiss: t('“异议不成立”改称', '"Dismiss" reads'),
  onBreach: t('超时处理', 'When time runs out'),
  clearsToResume: t(
    '本层级核查通过即准予复工',
    'A pass here clears the enterprise to resume',
    '企业的项目在本层级核查通过（报送下一级）时准予复工，其后各层级为复工后督导',
    "The enterprise's projects are cleared to resume when this rung passes the case on; the rungs above inspect it back at work",
  ),
  priority: t('优先级', 'Priority'),
  receiptTemplate: t('受理回执邮件模板', 'Receipt email template'),
  settledTemplate: t('办结通知邮件模板', 'Settled email template'),
  updateTemplate: t('进展通知邮件模板', 'Progress email template'),
  confirmWithin: t('企业确认期限', 'Enterprise confirms within', '期满未回复视为确认', 'Silence for this long confirms the resolution'),
  completion: t('办理表单', 'Decision form', '办理人决定时填写的字段（JSON）', 'The fields a decision fills (JSON)'),
  publicity: t('公示', 'Publicity'),
  workingDays: t('公示工作日数', 'Working days on notice'),
  onObjection: t(
    '异议交由哪一层级复核',
    'Rung that reviews an objection',
    '异议成立时案件退回此层级重新办理',
    'An upheld objection returns the case to this rung',
  ),
  noticeTemplate: t('公告模板', 'Notice template'),
  effects: t('批准后的效果', 'Effects after approval'),
  credit: t('信用分', 'Credit points'),
  points: t('分值', 'Points'),
  reason: t('理由', 'Reason'),
  noticeKind: t('公告类型', 'Kind of notice'),
  emailTemplate: t('通知邮件模板', 'Email template'),
  urgent: t(
    '紧急事项',
    'Urgent cases',
    '表单中的“是/否”字段，选“是”时提升优先级',
    'A yes/no field of the form that, answered yes, lifts the priority',
  ),
  field: t('字段', 'Field'),
  overdue: t('最后一级超时提醒', 'Alert when the last rung is overdue'),
  alert: t('提醒对象', 'Who is alerted'),
  role: t('角色', 'Role'),
  userIds: t('提醒人员', 'People alerted'),
  every: t('重复间隔', 'Repeat every'),
  template: t('邮件模板', 'Email template'),
  target: t('报送对象', 'Who must submit'),
  kind: t('范围', 'Scope'),
  types: t('企业类型', 'Enterprise types'),
  enterpriseIds: t('指定企业', 'Listed enterprises'),
  recurrence: t('报送方式', 'How often'),
  opensAt: t('每日开始时间', 'Opens daily at', '24 小时制，如 00:05', '24-hour clock, e.g. 00:05'),
  deadline: t('截止时间', 'Deadline', '24 小时制，如 17:00', '24-hour clock, e.g. 17:00'),
  skipNonWorkingDays: t('节假日不报送', 'Skip non-working days'),
  reminders: t(
    '提醒',
    'Reminders',
    '当天的时刻（如 15:00）或截止前多久（如“2 小时”）',
    'A time that day (e.g. 15:00) or how long before the deadline (e.g. "2 hours")',
  ),
  escalation: t('逾期后通知', 'After the deadline'),
  after: t(
    '何时',
    'When',
    '截止后多久（如“0 分钟”）或次日时刻（如 09:00）',
    'How long after the deadline (e.g. "0 minutes") or the next such time (e.g. 09:00)',
  ),
  to: t('通知谁', 'Tell whom'),
  workingGroupKey: t('工作专班', 'Working group'),
  task: t('同时生成待办', 'Also open a task'),
  bulletin: t('通报', 'Bulletin'),
  bulletinReaders: t('可查看通报的角色', 'Roles that may read bulletins'),
  robots: t(
    '群机器人',
    'Group robots',
    '已登记的企业微信或钉钉群机器人，消息以图文格式发到群里',
    'Registered WeCom or DingTalk group robots; the message is posted to the group as markdown',
  ),
  liaisonFields: t('联络员字段', 'Liaison fields'),
  mobile: t('手机号字段', 'Mobile field'),
  email: t('邮箱字段', 'Email field'),
  reminderTemplate: t('提醒邮件模板', 'Reminder email template'),
  overdueTemplate: t('逾期通知邮件模板', 'Overdue email template'),
  bulletinTemplate: t('通报邮件模板', 'Bulletin email template'),
  overdueSms: t(
    '逾期短信提醒联络员',
    'Overdue text to the liaison',
    '逾期时另向企业联络员手机发送短信（按本人通知设置与免打扰时段）',
    "When overdue, also text the enterprise liaison's mobile (their notification settings and quiet hours apply)",
  ),
  offlineQueueLimitHours: t(
    '离线记录提醒时限（小时）',
    'Offline queue limit (hours)',
    '手机上未同步的记录等待超过这个时长时，页面提醒尽快联网同步；1 到 720，不填为 72',
    'When an item has waited on the phone longer than this, the page warns to connect and sync; 1 to 720, 72 when empty',
  ),
  days: t('观察天数', 'Days observed'),
  checkInTimes: t('每日签到时刻', 'Daily check-in times', '24 小时制，如 09:00', '24-hour clock, e.g. 09:00'),
  opensBefore: t('提前多久可签到', 'Check-in opens before'),
  missedAfter: t('超过多久算漏签', 'Missed after'),
  rules: t(
    '规则',
    'Rules',
    '分级办理：按提交内容决定起始层级、工作组、优先级和时限（在“规则”表格中编辑）；观察：读数达到条件时预警',
    'Ladders: what the submitted data decides (start rung, group, priority, time limits; edit them in the rules table); monitoring: readings that alert',
  ),
  entryRules: t('入场规则', 'Rules at entry'),
  op: t('比较', 'Comparison'),
  value: t('数值', 'Value'),
  then: t('结果', 'Then'),
  commitment: t('承诺书', 'Commitment text'),
  notice: t('告知书', 'Notice text', '每位进场人员领取的告知书全文', 'The full text of the notice each entrant receives'),
  lanes: t(
    '通道',
    'Lanes',
    '人员、客车、货车通道：各自的扫码、检查环节和是否登记车辆',
    'People, passenger-vehicle and freight lanes: the code scanned, the steps and whether a vehicle is registered',
  ),
  channel: t('通道类别', 'Channel'),
  scan: t('扫码', 'Code scanned', '本通道专用的码（分类扫码）', 'The code of this lane (scanned by category)'),
  steps: t('检查环节', 'Steps'),
  vehicle: t('登记车辆', 'Registers a vehicle'),
  referralSla: t('指挥部处理时限', 'HQ referral time limit'),
  alertTemplate: t('预警邮件模板', 'Alert email template'),
  releaseTemplate: t('解除通知邮件模板', 'Release email template'),
  quarantineAlerts: t(
    '隔离提醒（短信与群机器人）',
    'Quarantine alerts (text messages and group robots)',
    '不填时：隔离开始、测温发热和门岗发热劝返告知指挥部的群机器人，漏测告知包挂干部的群机器人，并给隔离人员发短信',
    "When left empty: headquarters' robots hear a start, a fever at a check-in and a fever turned back at the gate, the cadres' team robots a missed check-in, and the worker gets texts",
  ),
  started: t(
    '隔离开始、测温发热或门岗发热劝返时',
    'When a quarantine starts, a check-in finds a fever, or a fever is turned back at the gate',
  ),
  missed: t('漏测时', 'When a check-in is missed'),
  workerSms: t(
    '给隔离人员发短信',
    'Text the worker',
    '隔离开始、每次测温前提醒、解除隔离时发到本人手机',
    "At the start, before each check-in and at release, to the worker's own mobile",
  ),
  settleAfter: t('自动办结时间', 'Settle after'),
  // Records (the visit log): where they are kept and which field means what.
  records: t('记录存为', 'Kept as', '走访记录进入走访列表和看板', 'Visits go to the visit list and the dashboard'),
  enterpriseField: t('企业字段', 'Enterprise field', '选择被走访企业的字段', 'The field that picks the enterprise visited'),
  dateField: t('日期字段', 'Date field', '记录日期的字段（日期格式）', 'The date field of the record'),
  columns: t(
    '看板读取的字段',
    'Fields the dashboard reads',
    '走访对象和征求意见条数进入看板',
    'People met and opinions collected feed the dashboard',
  ),
  peopleMet: t('走访对象字段', 'People-met field'),
  opinionsCount: t('意见条数字段', 'Opinions-count field'),
  opinions: t('意见内容字段', 'Opinions field'),
  problems: t(
    '问题清单',
    'Problems',
    '列表字段及其中的处理方式、类别、描述；带回协调的问题可一键转为困难问题',
    'The list field and its how-handled, category and description fields; a problem to coordinate can be filed as a difficulty report',
  ),
  kindField: t(
    '处理方式字段',
    'How-handled field',
    '须是提供“现场解决”和“带回协调”两个选项的选择字段',
    'A choice field offering "solved on site" and "taken away to coordinate"',
  ),
  categoryField: t('问题类别字段', 'Category field'),
  descriptionField: t('问题描述字段', 'Description field'),
};

const L = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });
/** Words for each enum value a parameter offers. */
export const CHOICE_TEXTS: Readonly<Record<string, LocalizedText>> = {
  approve: L('批准', 'Approve'),
  resolve: L('已解决', 'Resolve'),
  escalate: L('上报', 'Escalate'),
  return: L('退回修改', 'Return'),
  reject: L('驳回', 'Reject'),
  acknowledge: L('知悉', 'Acknowledge'),
  uphold: L('异议成立', 'Uphold'),
  dismiss: L('异议不成立', 'Dismiss'),
  expire: L('到期结束', 'Expire'),
  'stay-open': L('保持办理并提醒', 'Stay open and alert'),
  all: L('全部企业', 'All enterprises'),
  type: L('按企业类型', 'By enterprise type'),
  focus: L('重点企业', 'Focus enterprises'),
  list: L('指定企业', 'Listed enterprises'),
  once: L('一次性', 'Once'),
  daily: L('每日', 'Daily'),
  enterprise: ROLE_NAMES.enterprise,
  cadre: L('包挂干部', 'Assigned cadre'),
  'working-group': L('工作专班', 'Working group'),
  hq: ROLE_NAMES.hq,
  admin: ROLE_NAMES.admin,
  special_class: ROLE_NAMES.special_class,
  gate: ROLE_NAMES.gate,
  commendation: L('表扬通报', 'Commendation'),
  article: L('经验文章', 'Article'),
  alert: L('预警', 'Alert'),
  'refer-hq': L('预警并报指挥部', 'Alert and refer to HQ'),
  quarantine: L('隔离观察', 'Quarantine'),
  'turn-back': L('劝返', 'Turn back'),
  // A monitoring process: what it follows, how its days are counted, who hears its alerts.
  worker: L('人员', 'Worker'),
  site: L('工地', 'Site'),
  vehicle: L('车辆', 'Vehicle'),
  other: L('其他', 'Other'),
  calendar: L('按自然日（第 N 天当地 24:00 结束）', 'Calendar days (ends at local 24:00 of day N)'),
  'from-start': L('从开始起满 N×24 小时', 'N × 24 hours from the start'),
  submitter: L('提交人', 'Who filed it'),
  'cadre-of-enterprise': L('企业的包挂干部', 'The enterprise’s cadre'),
  visit: L('走访记录', 'Visits'),
  '>=': L('大于或等于', 'at least'),
  '>': L('大于', 'more than'),
  '<=': L('小于或等于', 'at most'),
  '<': L('小于', 'less than'),
  people: L('人员通道', 'People'),
  'passenger-vehicle': L('客车通道', 'Passenger vehicle'),
  freight: L('货车通道', 'Freight vehicle'),
  ...GATE_STEP_NAMES,
  '==': L('等于', 'equals'),
  '!=': L('不等于', 'differs from'),
  ...ENTERPRISE_TYPE_NAMES,
  ...Object.fromEntries(WORKING_GROUPS.map((group) => [group.key, L(group.nameZh, group.nameEn)])),
};

function titled(node: unknown, name: string | undefined, locale: Locale): unknown {
  if (!node || typeof node !== 'object') return node;
  if (Array.isArray(node)) return node.map((item) => titled(item, undefined, locale));
  const schema = { ...(node as Record<string, unknown>) };
  const text = name === undefined ? undefined : PARAM_TEXTS[name];
  if (text && schema.title === undefined) schema.title = text.title[locale];
  if (text?.help && schema.description === undefined) schema.description = text.help[locale];
  if (schema.properties) {
    schema.properties = Object.fromEntries(
      Object.entries(schema.properties as Record<string, unknown>).map(([key, child]) => [key, titled(child, key, locale)]),
    );
  }
  // Array items and alternatives carry the name of the field they belong to (a rung of `stages`, an `after` branch).
  if (schema.items) schema.items = titled(schema.items, undefined, locale);
  for (const keyword of ['anyOf', 'oneOf'])
    if (Array.isArray(schema[keyword])) schema[keyword] = titled(schema[keyword], undefined, locale);
  return schema;
}

/** A copy of a process type's params schema with every parameter titled and explained in `locale`. */
export function titledParamsSchema(schema: RJSFSchema, locale: Locale): RJSFSchema {
  return titled(schema, undefined, locale) as RJSFSchema;
}
