// What each shipped email template is for, in words an administrator recognises before opening it.
import type { LocalizedText } from '../domain/locale';

const PURPOSES: Readonly<Record<string, LocalizedText>> = {
  'submission-received': { 'zh-CN': '企业提交表单后的回执', en: 'Receipt sent to an enterprise after it submits a form' },
  'submission-settled': { 'zh-CN': '企业的提交办结后的通知', en: 'Notice to an enterprise that its submission was settled' },
  'task-assigned': { 'zh-CN': '有新待办时通知办理人', en: 'Tells the people who may act that a new task is waiting' },
  'task-due-soon': { 'zh-CN': '待办即将到期的提醒', en: 'Reminder that a task is about to pass its deadline' },
  'task-overdue': {
    'zh-CN': '待办已超时的通知：已升级至哪一级，或因何关闭',
    en: 'Notice that a task passed its deadline: who it was escalated to, or why it was closed',
  },
  'case-update': {
    'zh-CN': '困难问题有进展时通知反映的企业（退回补充、办结待确认、转交、不予受理、超时仍在办理、时限届满）',
    en: 'Tells an enterprise how its reported difficulty moved on (returned, resolved, escalated, rejected, overdue and still open, time ran out)',
  },
  'case-overdue-alert': {
    'zh-CN': '事项在最后一级超过办理时限仍未决定时提醒指挥部领导，每日再提醒直至决定',
    en: "Alerts headquarters' leadership that a case passed its last rung's deadline undecided; repeated daily until decided",
  },
  'inspection-update': {
    'zh-CN': '复工核查有进展时通知申请的企业（退回整改及期限、整改到期提醒、整改逾期、转下一级核查、不通过、本级超时仍在核查）',
    en: 'Tells an enterprise how its readiness inspection moved on (returned for rework with its deadline, reminder, rework overdue, next level, not passed, a level overdue and still inspecting)',
  },
  'rework-overdue-alert': {
    'zh-CN': '退回整改逾期未答复时提醒该级检查机构，事项回到该级核查',
    en: "Alerts a level's inspection body that a rework passed its deadline unanswered; the case is back with it",
  },
  'daily-digest': {
    'zh-CN': '每天早上发给包挂干部的待办汇总，以及即将解除隔离的人员',
    en: 'Morning summary for each cadre: open tasks, and quarantines ending soon',
  },
  'quarantine-alert': {
    'zh-CN': '隔离人员发热或漏测时提醒门岗检查员和包挂干部',
    en: 'Alerts the gate officer and the cadre to a fever or a missed check-in in quarantine',
  },
  'quarantine-cleared': { 'zh-CN': '隔离期满解除隔离的通知', en: 'Clearance notice when a quarantine ends' },
  'monitoring-alert': {
    'zh-CN': '观察对象（如返岗人员、工地、车辆）检测触发预警或漏报时提醒相关人员',
    en: 'Alerts the people a monitoring plan names to a reading that broke a rule or a missed check-in',
  },
  'monitoring-ended': { 'zh-CN': '观察期满、观察结束的通知', en: 'Notice that a subject’s monitoring period ended' },
  'collection-opening': {
    'zh-CN': '发起一次性征集（如联络员指定）时通知各企业报送什么、何时截止',
    en: 'Tells each enterprise, when a one-off campaign (a liaison designation, say) opens, what to file and by when',
  },
  'collection-liaison-list': {
    'zh-CN': '联络员指定截止时（或指挥部、管理员要求时）发给建筑市场监管科邮箱的联络员名单，含尚未指定的企业',
    en: "The liaison list mailed to the supervision office's mailbox at the designation deadline (or when HQ or an admin asks), with those still missing",
  },
  'collection-reminder': {
    'zh-CN': '报送截止前提醒尚未报送的企业（每日报送、联络员指定）',
    en: 'Reminds an enterprise that has not yet filed a collected report before its deadline',
  },
  'collection-overdue': {
    'zh-CN': '逾期未报的通知：发给企业本身，或列出未报企业发给包挂干部、专班、指挥部',
    en: 'Overdue notice: to the enterprise itself, or a list of missing enterprises for the cadre, a working group or HQ',
  },
  'follow-up-overdue-alert': {
    'zh-CN': '包挂干部的逾期跟进事项超过办理时限仍未办结时提醒综合协调组，列出企业及其包挂干部',
    en: 'Alerts the comprehensive-coordination group that cadres’ overdue follow-ups passed their deadline, listing each enterprise and its cadre',
  },
  'collection-bulletin': {
    'zh-CN': '截止后的项目动态每日通报：报送情况、汇总数字、迟报和未报企业',
    en: 'Daily bulletin after the deadline: who reported, totals, who was late or is missing',
  },
  'commendation-publicity': {
    'zh-CN': '表扬公示：公示期内在公示栏展示、接受异议的公示文本；异议核查期间改写为暂停公示，恢复公示后写明顺延',
    en: 'Commendation publicity: the text on the public bulletin while objections are accepted; rewritten as paused while an objection is reviewed, and as extended when it resumes',
  },
  'commendation-notice': {
    'zh-CN': '公示期满无异议后在公示栏发布的表扬通报',
    en: 'The commendation notice published on the public bulletin once publicity closed without objection',
  },
  'good-practice-notice': {
    'zh-CN': '指挥部批准后在公示公告栏发布的经验做法、问题解决案例文章',
    en: 'A good-practice or solved-problem article published on the public bulletin once headquarters approved it',
  },
  'commendation-awarded': {
    'zh-CN': '表扬通报发布、信用加分后通知推荐人或申请企业',
    en: 'Tells the nominator or applicant that the commendation was published and the credit points added',
  },
};

/** True when `name` is a shipped template that has a description (a purpose of its own). */
export function hasTemplatePurpose(name: string): boolean {
  return Object.hasOwn(PURPOSES, name);
}

/** What the template `name` is for; a template without a description says so plainly. */
export function templatePurpose(name: string): LocalizedText {
  return Object.hasOwn(PURPOSES, name) ? PURPOSES[name]! : { 'zh-CN': '（暂无说明）', en: '(no description yet)' };
}
