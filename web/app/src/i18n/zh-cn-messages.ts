// Every visible string of the app in Chinese (the default language); the key set is the contract for en.
// Shared strings live here; each feature keeps its own in messages/ so that features never edit one file together.
import type { caseViewZhCn } from './messages/case-messages';
import type { sentMessageZhCn } from './messages/sent-message-messages';
import type { collectionZhCn } from './messages/collection-messages';
import type { creditZhCn } from './messages/credit-messages';
import type { measureZhCn } from './messages/measure-messages';
import type { offlineZhCn } from './messages/offline-messages';
import type { dashboardZhCn } from './messages/dashboard-messages';
import type { evaluationZhCn } from './messages/evaluation-messages';
import type { hotlineZhCn } from './messages/hotline-messages';
import type { systemZhCn } from './messages/system-messages';
import type { stuckZhCn } from './messages/stuck-messages';
import type { robotZhCn } from './messages/robot-messages';
import type { webhookZhCn } from './messages/webhook-messages';
import type { robotTemplateZhCn } from './messages/robot-template-messages';
import type { prefsZhCn } from './messages/preference-messages';
import type { formBuilderZhCn } from './messages/form-builder-messages';
import type { inspectionZhCn } from './messages/inspection-messages';
import type { emailTemplatesZhCn } from './messages/email-template-messages';
import type { enterpriseHomeZhCn } from './messages/enterprise-home-messages';
import type { formAdminZhCn } from './messages/form-admin-messages';
import type { gateZhCn } from './messages/gate-messages';
import type { inboxZhCn } from './messages/inbox-messages';
import type { monitoringZhCn } from './messages/monitoring-messages';
import type { inboxListZhCn } from './messages/inbox-list-messages';
import type { rulesZhCn } from './messages/rules-messages';
import type { orgAdminZhCn } from './messages/org-admin-messages';
import type { auditLogZhCn } from './messages/audit-log-messages';
import type { orgOwnZhCn } from './messages/org-messages';
import type { orgPagesZhCn } from './messages/org-pages-messages';
import type { paramsEditorZhCn } from './messages/params-editor-messages';
import { glossaryMessages } from '#core/domain/glossary';

const sharedZhCn = {
  'pager.showing': '共 {total} 条，显示第 {first}–{last} 条',
  'pager.previous': '上一页',
  'pager.next': '下一页',
  // A table wider than its box (components/side-scroll.tsx).
  'sideScroll.hint.right': '表格较宽，右侧还有更多列，可左右滑动表格（或选中表格后按方向键）查看。',
  'sideScroll.hint.left': '表格较宽，左侧还有更多列，可左右滑动表格（或选中表格后按方向键）查看。',
  'sideScroll.hint.both': '表格较宽，左右两侧还有更多列，可左右滑动表格（或选中表格后按方向键）查看。',
  // Date fields (components/date-input.tsx, date-field.tsx).
  'date.placeholder': '年-月-日',
  'date.pick': '选择日期',
  'date.unreadable': '请按 年-月-日 填写日期，例如 2026-01-05',
  'app.name': '复工服务平台',
  'app.tagline': '企业复工复产表单填报与流程办理',
  'app.skipToContent': '跳到主要内容',
  'nav.label': '主导航',
  'nav.home': '工作台',
  'nav.outbox': '消息发件箱',
  'nav.robots': '群机器人',
  'nav.webhooks': '事件推送',
  'nav.system': '系统状态',
  'nav.stuck': '卡住的案件',
  'nav.monitoring': '观察登记',
  'nav.evaluation': '企业评价',
  'nav.hotline': '服务热线',
  'header.signedInAs': '当前用户',
  'header.logout': '退出登录',
  'header.loggingOut': '正在退出…',
  'language.label': '语言',
  'language.zh-CN': '中文',
  'language.en': 'English',
  'login.failed': '未能登录',
  'login.title': '登录',
  'login.username': '用户名',
  'login.password': '密码',
  'login.submit': '登录',
  'login.submitting': '正在登录…',
  'login.demoHint': '演示账号见启动输出',
  'login.sessionEnded': '您已退出登录或登录已过期，请重新登录。登录后回到刚才的页面。',
  'login.sessionEndedDraftKept': '您已退出登录或登录已过期，请重新登录。未提交的内容已保存为草稿，登录后回到刚才的页面继续填写。',
  'login.sessionEndedNotSaved': '您已退出登录或登录已过期，请重新登录。最近填写的内容未能保存，登录后回到刚才的页面，请核对后重新填写。',
  'common.loading': '加载中…',
  'common.retry': '重试',
  'common.backHome': '返回工作台',
  'common.close': '关闭',
  'common.yes': '是',
  'common.no': '否',
  'common.blank': '（未填写）',
  'nav.menu': '菜单',
  'nav.account': '我的账号',
  'nav.users': '用户',
  'nav.enterprises': '企业',
  'nav.myEnterprises': '我包挂的企业',
  'nav.myEnterprise': '本企业',
  'nav.projects': '项目',
  'nav.myProjects': '本企业项目',
  'nav.siteProjects': '本工地项目',
  'nav.assignments': '包挂关系',
  'nav.myAssignments': '我的包挂',
  'nav.audit': '操作日志',
  'nav.import': '批量导入',
  'nav.settings': '参数设置',
  'nav.forms': '表单管理',
  'nav.inbox': '待办',
  'nav.compliance': '每日报送',
  'nav.bulletins': '每日通报',
  'nav.siteRegister': '工地人员台账',
  'nav.gate': '门岗检查',
  'nav.calendar': '工作日历',
  'nav.emailTemplates': '邮件模板',
  'nav.dashboard': '数据看板',
  'nav.visits': '走访记录',
  'nav.notices': '公示公告',
  'nav.credit': '信用记录',
  'nav.group.work': '工作',
  'nav.group.data': '数据',
  'nav.group.organisation': '组织',
  'nav.group.settings': '配置',
  'common.actions': '操作',
  'common.cancel': '取消',
  'common.count': '共 {count} 条',
  'common.countOf': '显示 {shown} / {count} 条',
  'common.edit': '编辑',
  'common.choose': '请选择',
  'common.fieldRequired': '此项必填',
  'common.noChanges': '没有需要保存的修改',
  'common.noMatch': '没有符合条件的记录',
  'common.required': '必填',
  'zonedTime.label': '{label}（{zone}）',
  'zonedTime.beijing': '北京时间',
  'zonedTime.midnight': '00:00 即前一天 24:00：{deadline}',
  'common.save': '保存',
  'common.saved': '已保存',
  'common.savedNamed': '已保存：{name}',
  'common.saving': '正在保存…',
  'common.search': '搜索',
  'forbidden.title': '无权访问',
  'forbidden.text': '您的角色不能打开此页面。',
  'error.title': '出错了',
  'error.refusedTitle': '请修改填写的内容',
  'error.network': '无法连接服务器，请检查网络后重试。',
  'error.unexpected': '服务器返回了意外的响应（HTTP {status}），请稍后重试。',
  'error.inPage': '页面处理时出了问题，请重试；仍不行请刷新页面。',
  'error.pageFailed': '页面没有加载出来，可能是系统刚刚更新过。请刷新页面后再试。',
  'error.reloadPage': '刷新页面',
  'home.welcome': '{name}，您好',
  'home.enterprise': '所属企业：{name}',
  'home.inspectorWork':
    '您所在的检查组负责核查企业的复工申请（复工复产情况摸排及防控条件核查）。等待核查的申请在「待办」的“我的工作组”中，认领后逐项核查，2 个工作日内作出核查结论。',
  'home.forms': '可填写的表单',
  'contacts.title': '联系方式',
  'contacts.intro': '复工复产工作专班的联系人、专线电话和邮箱，遇到问题可直接联系。',
  'contacts.phone': '电话',
  'contacts.email': '邮箱',
  'contacts.purpose': '事项',
  'contacts.empty': '尚未公布联系方式。企业遇到困难，可填写「困难问题反映」，包挂干部会与您联系。',
  'home.formsEmpty': '当前没有需要您填写的表单。',
  'home.fill': '填写',
  'home.fillNamed': '填写「{title}」',
  'home.mySubmissions': '我的提交记录',
  'home.scopeSubmissions': '辖区提交记录',
  'home.submissionsEmpty': '还没有提交记录。填写上方的表单后，办理进度会显示在这里。',
  'home.submissionsEmptyAll': '还没有企业提交记录。',
  'home.submissionsEmptyScope': '您负责范围内的企业还没有提交记录。',
  'table.form': '表单',
  'table.caseNumber': '案件编号',
  'home.searchCases': '按案件编号查找',
  'home.searchEmpty': '没有找到该编号的案件',
  'table.enterprise': '企业',
  'table.status': '状态',
  'table.createdAt': '提交时间',
  'table.updatedAt': '更新时间',
  'table.openNamed': '查看「{title}」的提交详情',
  'form.version': '第 {version} 版',
  'form.noGuidance': '本表单没有填报须知，填报人在这里看不到说明（表单说明只给管理员看）。',
  'form.submit': '提交',
  'form.submitting': '正在提交…',
  'form.errorsTitle': '有 {count} 处需要修改：',
  'form.errorItem': '{field}：{message}',
  'form.wholeForm': '整张表单',
  'submission.title': '提交详情',
  'submission.reference': '案件编号',
  'submission.enterprise': '企业',
  'submission.workflow': '流程编号',
  'submission.processing': '正在办理，本页每 2 秒自动刷新…',
  'submission.progress': '办理步骤',
  'submission.data': '填报内容',
  'submission.result': '办理结果',
  'submission.noResult': '尚无办理结果。',
  'submission.emails': '已发送的通知',
  'submission.noEmails': '暂无通知。',
  'sentMessage.channel': '方式',
  'sentMessage.content': '主题或内容',
  'sentMessage.channel.email': '邮件',
  'sentMessage.channel.sms': '短信',
  'sentMessage.channel.wecom-robot': '企业微信群',
  'sentMessage.channel.dingtalk-robot': '钉钉群',
  'sentMessage.channel.other': '通知',
  'sentMessage.staff': '办理人员',
  'sentMessage.staffOnly': '仅办理人员可见',
  'sentMessage.toStaff': '已通知办理人员',
  'field.receivedAt': '受理时间',
  'field.settledAt': '办结时间',
  'email.to': '收件人',
  'email.subject': '主题',
  'email.status': '状态',
  'email.createdAt': '时间',
  'emailStatus.queued': '排队发送',
  'emailStatus.outbox': '已存入发件箱',
  'emailStatus.sent': '已发送',
  'emailStatus.failed': '发送失败',
  'emailStatus.sending': '正在发送',
  'emailStatus.dead': '已停止重试',
  'emailStatus.expired': '已过期未发送',
  'outbox.title': '消息发件箱',
  'outbox.intro': '系统生成的全部消息：邮件、群机器人消息和短信。点击一行查看内容。',
  'outbox.empty': '发件箱是空的。',
  'outbox.sentAt': '发送时间',
  'outbox.notSent': '未发送',
  'outbox.key': '幂等键',
  'outbox.technical': '技术信息（供运维排查）',
  'outbox.text': '纯文本',
  'outbox.html': 'HTML 预览',
  'outbox.htmlFrame': '邮件 HTML 预览（已隔离，不执行脚本）',
  'outbox.forbidden': '只有系统管理员可以查看发件箱。',
  'notFound.title': '页面不存在',
  'notFound.text': '您访问的地址没有对应的页面。',
  'health.line': '系统状态：{state}',
  'health.ok': '运行正常',
  'health.degraded': '部分服务暂不可用',
  'health.noWorker': '后台处理暂停，提醒、升级和邮件将在恢复后继续',
  'health.unknown': '无法获取',
} as const;

/** The zh-CN dictionary; its keys define `MessageKey`. */
export const zhCnMessages = {
  ...sharedZhCn,
  // Domain terms (roles, enterprise types, statuses…) have one name each, kept in the glossary.
  ...glossaryMessages('zh-CN'),
};

/** Messages of pages that load on demand: each page's chunk adds its own (`addZhCnMessages`) before it renders, so
 * the first scripts an enterprise or a gate officer downloads do not carry the dashboard's, the email templates', the
 * evaluation's, the hotline's, the inbox's, the gate's, the form editor's or the administrators' words. */
type OnDemandZhCn = typeof dashboardZhCn &
  typeof emailTemplatesZhCn &
  typeof evaluationZhCn &
  typeof hotlineZhCn &
  typeof inboxListZhCn &
  typeof systemZhCn &
  typeof stuckZhCn &
  typeof robotZhCn &
  typeof webhookZhCn &
  typeof robotTemplateZhCn &
  typeof prefsZhCn &
  typeof measureZhCn &
  typeof offlineZhCn &
  typeof rulesZhCn &
  typeof formBuilderZhCn &
  typeof inspectionZhCn &
  typeof paramsEditorZhCn &
  typeof monitoringZhCn &
  typeof caseViewZhCn &
  typeof sentMessageZhCn &
  typeof orgOwnZhCn &
  typeof orgPagesZhCn &
  typeof orgAdminZhCn &
  typeof auditLogZhCn &
  typeof formAdminZhCn &
  typeof inboxZhCn &
  typeof collectionZhCn &
  typeof gateZhCn &
  typeof creditZhCn &
  typeof enterpriseHomeZhCn;

/** A key of the app's dictionaries. */
export type MessageKey = keyof typeof zhCnMessages | keyof OnDemandZhCn;
