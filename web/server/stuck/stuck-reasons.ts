// Why a case cannot go on, said to an administrator in words, with what to do about it. Temporal reports failure
// types and English messages written for engineers; the known ones become sentences here, in every language, and the
// rest a sentence that says where to look. Only a failure's type and message are read: its details are payloads,
// encrypted by the codec, and never shown.
import type { LocalizedText } from '#core/domain/locale';

/** A failure as Temporal describes it, reduced to what the sentences need (the innermost cause's type and message). */
export interface FailureSummary {
  type: string | null;
  message: string;
}

/** The steps (activity types) an administrator may meet, in words; any other is "a step of the process". */
const STEPS: Record<string, LocalizedText> = {
  markSubmission: { 'zh-CN': '记录案件状态', en: 'recording the case status' },
  recordEvent: { 'zh-CN': '记录案件进展', en: 'recording the case timeline' },
  sendEmail: { 'zh-CN': '发送邮件', en: 'sending an email' },
  openTask: { 'zh-CN': '开具待办', en: 'opening a task' },
  closeTask: { 'zh-CN': '关闭待办', en: 'closing a task' },
  slaDeadline: { 'zh-CN': '计算办理时限', en: 'working out a deadline' },
  notifyTask: { 'zh-CN': '通知待办的办理人', en: 'telling the person a task is for' },
  alertRobots: { 'zh-CN': '通知工作群机器人', en: 'telling the group robots' },
  alertUsers: { 'zh-CN': '提醒相关人员', en: 'alerting the people concerned' },
  resolveTaskAssignee: { 'zh-CN': '确定待办的办理人', en: 'finding who a task goes to' },
  flagTaskOverdue: { 'zh-CN': '标记超时待办', en: 'flagging an overdue task' },
  awardCredit: { 'zh-CN': '记录信用分', en: 'recording credit points' },
  publishNotice: { 'zh-CN': '发布公告', en: 'publishing a notice' },
  openPublicity: { 'zh-CN': '开始公示', en: 'opening the public notice period' },
  closePublicity: { 'zh-CN': '结束公示', en: 'closing the public notice period' },
  decideRules: { 'zh-CN': '按规则判断', en: 'applying the decision rules' },
};
const SOME_STEP: LocalizedText = { 'zh-CN': '流程中的一个步骤', en: 'a step of the process' };

/** The step an activity type stands for, in words. */
export function stepOf(activityType: string): LocalizedText {
  return STEPS[activityType] ?? SOME_STEP;
}

// The wording of DurationFault (core/domain/duration.ts): `<field> "<value>" is not <expected>; fix …`.
const DURATION_FAULT = /^(.+?) "(.*)" is not a duration/;
const DURATION_FAULT_ANY = /^(.+?) "(.*)" is not /;
// The wordings of TemplateMissingError: `email template <name>/<locale>.<part>.hbs not found`, `template name "<name>" …`.
const TEMPLATE_FILE = /template ([a-z0-9-]{1,64})\/\S+ not found/;
const TEMPLATE_NAME = /template name "([^"]{1,64})"/;

function configurationFault(message: string): LocalizedText {
  const match = DURATION_FAULT.exec(message) ?? DURATION_FAULT_ANY.exec(message);
  const value = match?.[2];
  if (value === undefined)
    return {
      'zh-CN': '流程参数中有一项无法识别：请在表单定义中改正后重新发布',
      en: 'A process parameter cannot be read: correct it in the form definition and publish it again',
    };
  return {
    'zh-CN': `流程参数中的时限“${value}”无法识别：请在表单定义中改正后重新发布`,
    en: `The time limit “${value}” in the process parameters cannot be read: correct it in the form definition and publish it again`,
  };
}

function templateMissing(message: string): LocalizedText {
  const name = (TEMPLATE_FILE.exec(message) ?? TEMPLATE_NAME.exec(message))?.[1];
  const named = name ? { zh: `“${name}”`, en: ` “${name}”` } : { zh: '', en: '' };
  return {
    'zh-CN': `流程要用的消息模板${named.zh}不存在：请在消息模板页补上它，或在表单定义中改用已有的模板后重新发布`,
    en: `The message template${named.en} the process uses does not exist: add it on the templates page, or name an existing template in the form definition and publish it again`,
  };
}

/** Why a run ended for good, and what to do: the known failure types by name, any other with where to look. */
export function failedReason(failure: FailureSummary): LocalizedText {
  if (failure.type === 'ConfigurationFault') return configurationFault(failure.message);
  if (failure.type === 'TemplateMissing') return templateMissing(failure.message);
  return {
    'zh-CN': '流程因错误而终止，案件不会再推进：请把下方的技术信息交给运维人员查看处理进程的日志；修复后需重新提交',
    en: 'The process ended with an error and the case will not move on: give the technical note below to IT to read the worker logs; once fixed, the case must be submitted again',
  };
}

/** Why a step keeps failing while Temporal retries it, and what to do. */
export function retryingReason(activityType: string, attempt: number, failure: FailureSummary | null): LocalizedText {
  const step = stepOf(activityType);
  if (failure?.type === 'ConfigurationFault' || failure?.type === 'TemplateMissing') {
    const fix = failedReason(failure);
    return {
      'zh-CN': `第 ${attempt} 次尝试“${step['zh-CN']}”失败。${fix['zh-CN']}`,
      en: `Attempt ${attempt} at ${step.en} failed. ${fix.en}`,
    };
  }
  return {
    'zh-CN': `“${step['zh-CN']}”已尝试 ${attempt} 次仍未成功，系统会继续重试：请运维人员查看处理进程的日志和它依赖的服务（数据库、邮件、短信）；原因消除后案件会自动继续`,
    en: `${capitalised(step.en)} has failed ${attempt} times and is being retried: IT should read the worker logs and check the services it needs (database, mail, SMS); the case goes on by itself once the cause is gone`,
  };
}

/** Why the workflow itself cannot take its next step (its workflow task keeps failing), and what to do. */
export function workflowTaskReason(attempt: number, nondeterministic: boolean): LocalizedText {
  if (nondeterministic)
    return {
      'zh-CN': `流程推进已连续失败 ${attempt} 次：新部署的流程代码与这个正在办理的案件不兼容。请运维人员回退到上一版本，或按部署说明为改动加上版本保护后重新部署；案件会从停下的地方继续`,
      en: `The process has failed to take its next step ${attempt} times: the newly deployed process code does not fit this running case. IT should roll back, or guard the change as the deployment guide says and deploy again; the case resumes where it stopped`,
    };
  return {
    'zh-CN': `流程推进已连续失败 ${attempt} 次，案件停在原处：请运维人员查看处理进程的日志，修复后重新部署；案件会从停下的地方继续`,
    en: `The process has failed to take its next step ${attempt} times and the case is standing still: IT should read the worker logs, fix the fault and deploy again; the case resumes where it stopped`,
  };
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
