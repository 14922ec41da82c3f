// The names of the facts an audit summary records, as a person reads them. Summaries keep the names the code wrote
// (a column's `liaison_mobile`, a body's `cadreId`, a weight's `onTimeReport`); these are the words the admin's pages
// already use for them: the register's field labels (the app's org-pages words), the settings page's, the evaluation's
// input titles (core/evaluation/evaluation-input-titles.ts), the task buttons' (forms/present/decision-form.ts).
import type { Locale, LocalizedText } from '#core/domain/locale';
import { EVALUATION_INPUT_TITLES, EVALUATION_SOURCE_TITLES } from '#core/evaluation/evaluation-input-titles';

const term = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

/** A fact's name, whatever it was recorded about. */
const FIELD_NAMES: Record<string, LocalizedText> = {
  ...EVALUATION_INPUT_TITLES,
  ...EVALUATION_SOURCE_TITLES,
  maxEnterprisesPerCadre: term('每名包挂干部最多包挂企业数', 'Most enterprises per cadre'),
  cadreId: term('包挂干部', 'Assigned cadre'),
  assigneeUserId: term('办理人', 'Handler'),
  candidateRole: term('办理角色', 'Handling role'),
  uploadedBy: term('上传人', 'Uploaded by'),
  enterpriseId: term('企业', 'Enterprise'),
  enterprise_id: term('所属企业', 'Enterprise'),
  projectId: term('项目', 'Project'),
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
};

/** Names that differ by what the entry was about (an enterprise's `name` is 企业名称). */
const TARGET_FIELD_NAMES: Record<string, Record<string, LocalizedText>> = {
  enterprise: { name: term('企业名称', 'Enterprise name'), type: term('企业类型', 'Enterprise type') },
  project: { name: term('项目名称', 'Project name'), status: term('复工状态', 'Resumption status') },
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
