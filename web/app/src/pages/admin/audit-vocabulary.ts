// The actions and target types the server writes to the audit log (grep `auditRequest(` and `recordAudit(`), for labels and filters.
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { orgAdminZhCn } from '../../i18n/messages/org-admin-messages';
import { auditLogZhCn } from '../../i18n/messages/audit-log-messages';
import { formAdminZhCn } from '../../i18n/messages/form-admin-messages';
import { inboxZhCn } from '../../i18n/messages/inbox-messages';
import { collectionZhCn } from '../../i18n/messages/collection-messages';
import { creditZhCn } from '../../i18n/messages/credit-messages';
import { gateZhCn } from '../../i18n/messages/gate-messages';
import { orgPagesZhCn } from '../../i18n/messages/org-pages-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(orgAdminZhCn);
addZhCnMessages(auditLogZhCn);
addZhCnMessages(formAdminZhCn);
addZhCnMessages(inboxZhCn);
addZhCnMessages(collectionZhCn);
addZhCnMessages(creditZhCn);
addZhCnMessages(gateZhCn);
addZhCnMessages(orgPagesZhCn);

/** Every audited action; each has an `audit.action.<action>` label. */
export const AUDIT_ACTIONS = [
  'session.login',
  'session.login_failed',
  'session.login_throttled',
  'session.logout',
  'audit.export',
  'user.create',
  'user.update',
  'user.deactivate',
  'user.reset_password',
  'user.change_password',
  'user.change_password_refused',
  'user.password_rules_unmet',
  'enterprise.create',
  'enterprise.update',
  'project.create',
  'project.update',
  'assignment.create',
  'assignment.end',
  'import.enterprises',
  'import.projects',
  'import.assignments',
  'settings.update',
  'category.route',
  'submission.create',
  'upload.create',
  'upload.expired',
  'task.claim',
  'task.release',
  'task.reassign',
  'task.comment',
  'task.decide',
  'form.save_draft',
  'form.discard_draft',
  'form.publish',
  'form.retire',
  'email_template.save',
  'email_template.revert',
  'email_template.test_send',
  'calendar.set',
  'calendar.clear',
  'case.reply',
  'collection.campaign.open',
  'credit.reverse',
  'form.create',
  'gate.check',
  'notice.objection',
  'visit.create',
  'case.confirm',
  'case.reopen',
  'email_template.create',
  'sms_template.save',
  'sms_template.revert',
  'robot_template.save',
  'robot_template.revert',
  'enterprise.liaison',
  'evaluation.weights',
  'gate.check-refused',
  'hotline.filed',
  'hotline.record',
  'measure.create',
  'measure.update',
  'monitoring.check-in',
  'monitoring.change-end',
  'quarantine.check-in',
  'quarantine.change-end',
  'quarantine.check-in-late',
  'quarantine.check-in-after-end',
  'monitoring.check-in-late',
  'monitoring.check-in-after-end',
  'notice.withdraw',
  'notification-preferences.changed',
  'org-unit.create',
  'outbox.retried',
  'project.safety-officer',
  'project.resident-officer',
  'project.cleared-to-resume',
  'robot.registered',
  'robot.changed',
  'robot.test-sent',
  'submissions.full-export',
  'temporal.codec.encode',
  'temporal.codec.decode',
  'visit.problem-filed',
  'webhook.subscribed',
  'webhook.changed',
  'webhook.delivery-retried',
] as const;

/** Every audited target type; each has an `audit.target.<type>` label. */
export const AUDIT_TARGET_TYPES = [
  'user',
  'enterprise',
  'project',
  'submission',
  'task',
  'form',
  'email_template',
  'difficulty_category',
  'settings',
  'import',
  'upload',
  'calendar_day',
  'collection_round',
  'credit_entry',
  'gate_check',
  'notice',
  'quarantine',
  'temporal_namespace',
  'visit',
  'enterprise_measure',
  'hotline_call',
  'monitoring_subject',
  'outbox',
  'robot',
  'robot_template',
  'sms_template',
  'webhook',
  'webhook_delivery',
  'working_group',
  'audit',
] as const;
