// What each shipped email template is for, in words an administrator recognises before opening it.
import type { LocalizedText } from '../domain/locale';

const PURPOSES: Readonly<Record<string, LocalizedText>> = {
  'submission-received': { 'zh-CN': '企业提交表单后的回执', en: 'Receipt sent to an enterprise after it submits a form' },
  'submission-settled': { 'zh-CN': '企业的提交办结后的通知', en: 'Notice to an enterprise that its submission was settled' },
  'task-assigned': { 'zh-CN': '有新待办时通知办理人', en: 'Tells the people who may act that a new task is waiting' },
  'task-due-soon': { 'zh-CN': '待办即将到期的提醒', en: 'Reminder that a task is about to pass its deadline' },
  'task-overdue': { 'zh-CN': '待办已超时的通知', en: 'Notice that a task passed its deadline' },
  'case-update': { 'zh-CN': '困难问题有进展时通知反映的企业（退回补充、办结待确认、转交、不予受理）', en: 'Tells an enterprise how its reported difficulty moved on (returned, resolved, escalated, rejected)' },
  'daily-digest': { 'zh-CN': '每天早上发给包挂干部的待办汇总', en: 'Morning summary of open tasks for each cadre' },
};

/** What the template `name` is for; a template without a description says so plainly. */
export function templatePurpose(name: string): LocalizedText {
  return Object.hasOwn(PURPOSES, name) ? PURPOSES[name]! : { 'zh-CN': '（暂无说明）', en: '(no description yet)' };
}
