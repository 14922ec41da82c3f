// The dictionaries by locale.
import type { Locale } from '#core/domain/locale';
import { enMessages } from './en-messages';
import { dashboardZhCn } from './messages/dashboard-messages';
import { emailTemplatesZhCn } from './messages/email-template-messages';
import { evaluationZhCn } from './messages/evaluation-messages';
import { formBuilderZhCn } from './messages/form-builder-messages';
import { hotlineZhCn } from './messages/hotline-messages';
import { inboxListZhCn } from './messages/inbox-list-messages';
import { systemZhCn } from './messages/system-messages';
import { stuckZhCn } from './messages/stuck-messages';
import { robotZhCn } from './messages/robot-messages';
import { webhookZhCn } from './messages/webhook-messages';
import { robotTemplateZhCn } from './messages/robot-template-messages';
import { prefsZhCn } from './messages/preference-messages';
import { measureZhCn } from './messages/measure-messages';
import { offlineZhCn } from './messages/offline-messages';
import { rulesZhCn } from './messages/rules-messages';
import { caseViewZhCn } from './messages/case-messages';
import { sentMessageZhCn } from './messages/sent-message-messages';
import { inspectionZhCn } from './messages/inspection-messages';
import { monitoringZhCn } from './messages/monitoring-messages';
import { paramsEditorZhCn } from './messages/params-editor-messages';
import { collectionZhCn } from './messages/collection-messages';
import { creditZhCn } from './messages/credit-messages';
import { enterpriseHomeZhCn } from './messages/enterprise-home-messages';
import { formAdminZhCn } from './messages/form-admin-messages';
import { gateZhCn } from './messages/gate-messages';
import { inboxZhCn } from './messages/inbox-messages';
import { orgAdminZhCn } from './messages/org-admin-messages';
import { auditLogZhCn } from './messages/audit-log-messages';
import { orgOwnZhCn } from './messages/org-messages';
import { orgPagesZhCn } from './messages/org-pages-messages';
import { zhCnMessages, type MessageKey } from './zh-cn-messages';

/** Both dictionaries, keyed by locale. */
export const DICTIONARIES: Record<Locale, Record<MessageKey, string>> = {
  // With the parts the app adds when their pages load.
  'zh-CN': {
    ...zhCnMessages,
    ...dashboardZhCn,
    ...emailTemplatesZhCn,
    ...evaluationZhCn,
    ...hotlineZhCn,
    ...inboxListZhCn,
    ...systemZhCn,
    ...stuckZhCn,
    ...robotZhCn,
    ...webhookZhCn,
    ...robotTemplateZhCn,
    ...prefsZhCn,
    ...measureZhCn,
    ...offlineZhCn,
    ...rulesZhCn,
    ...formBuilderZhCn,
    ...inspectionZhCn,
    ...monitoringZhCn,
    ...caseViewZhCn,
    ...sentMessageZhCn,
    ...paramsEditorZhCn,
    ...orgOwnZhCn,
    ...orgPagesZhCn,
    ...orgAdminZhCn,
    ...auditLogZhCn,
    ...formAdminZhCn,
    ...inboxZhCn,
    ...collectionZhCn,
    ...gateZhCn,
    ...creditZhCn,
    ...enterpriseHomeZhCn,
  },
  en: enMessages,
};
