// The actions and target types the server writes to the audit log (grep `auditRequest(` and `recordAudit(`), for labels and filters.

/** Every audited action; each has an `audit.action.<action>` label. */
export const AUDIT_ACTIONS = [
  'session.login',
  'session.login_failed',
  'session.logout',
  'user.create',
  'user.update',
  'user.deactivate',
  'user.reset_password',
  'user.change_password',
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
] as const;

/** Every audited target type; each has an `audit.target.<type>` label. */
export const AUDIT_TARGET_TYPES = ['user', 'enterprise', 'project', 'submission', 'task', 'form', 'email_template', 'difficulty_category', 'settings', 'import', 'upload'] as const;
