// Every visible string of the app in English; typed against the zh-CN keys so both sets stay identical.
import { caseViewEn } from './messages/case-messages';
import { sentMessageEn } from './messages/sent-message-messages';
import { collectionEn } from './messages/collection-messages';
import { creditEn } from './messages/credit-messages';
import { measureEn } from './messages/measure-messages';
import { offlineEn } from './messages/offline-messages';
import { dashboardEn } from './messages/dashboard-messages';
import { evaluationEn } from './messages/evaluation-messages';
import { hotlineEn } from './messages/hotline-messages';
import { systemEn } from './messages/system-messages';
import { stuckEn } from './messages/stuck-messages';
import { robotEn } from './messages/robot-messages';
import { webhookEn } from './messages/webhook-messages';
import { robotTemplateEn } from './messages/robot-template-messages';
import { prefsEn } from './messages/preference-messages';
import { formBuilderEn } from './messages/form-builder-messages';
import { inspectionEn } from './messages/inspection-messages';
import { emailTemplatesEn } from './messages/email-template-messages';
import { enterpriseHomeEn } from './messages/enterprise-home-messages';
import { formAdminEn } from './messages/form-admin-messages';
import { gateEn } from './messages/gate-messages';
import { inboxEn } from './messages/inbox-messages';
import { inboxListEn } from './messages/inbox-list-messages';
import { monitoringEn } from './messages/monitoring-messages';
import { orgEn } from './messages/org-messages';
import { rulesEn } from './messages/rules-messages';
import { paramsEditorEn } from './messages/params-editor-messages';
import { glossaryMessages, type GlossaryKey } from '#core/domain/glossary';
import type { MessageKey } from './zh-cn-messages';

type SharedKey = Exclude<
  MessageKey,
  | keyof typeof orgEn
  | keyof typeof formAdminEn
  | keyof typeof inboxEn
  | keyof typeof emailTemplatesEn
  | keyof typeof collectionEn
  | keyof typeof gateEn
  | keyof typeof dashboardEn
  | keyof typeof caseViewEn
  | keyof typeof sentMessageEn
  | keyof typeof creditEn
  | keyof typeof measureEn
  | keyof typeof offlineEn
  | keyof typeof evaluationEn
  | keyof typeof hotlineEn
  | keyof typeof systemEn
  | keyof typeof stuckEn
  | keyof typeof robotEn
  | keyof typeof webhookEn
  | keyof typeof robotTemplateEn
  | keyof typeof prefsEn
  | keyof typeof inspectionEn
  | keyof typeof enterpriseHomeEn
  | keyof typeof inboxListEn
  | keyof typeof rulesEn
  | keyof typeof formBuilderEn
  | keyof typeof monitoringEn
  | keyof typeof paramsEditorEn
  | GlossaryKey
>;

const sharedEn: Record<SharedKey, string> = {
  'pager.showing': '{total} in all, showing {first}–{last}',
  'pager.previous': 'Previous',
  'pager.next': 'Next',
  'sideScroll.hint.right': 'More columns on the right: scroll the table sideways (or select it and use the arrow keys).',
  'sideScroll.hint.left': 'More columns on the left: scroll the table sideways (or select it and use the arrow keys).',
  'sideScroll.hint.both': 'More columns on both sides: scroll the table sideways (or select it and use the arrow keys).',
  'date.placeholder': 'yyyy-mm-dd',
  'date.pick': 'Pick a date',
  'date.unreadable': 'Enter the date as yyyy-mm-dd, for example 2026-01-05',
  'app.name': 'Fugong',
  'app.tagline': 'Forms and processes for getting enterprises back to work safely',
  'app.skipToContent': 'Skip to main content',
  'nav.label': 'Main navigation',
  'nav.home': 'Workspace',
  'nav.evaluation': 'Evaluation',
  'nav.hotline': 'Hotline',
  'nav.outbox': 'Outbox',
  'nav.robots': 'Group robots',
  'nav.webhooks': 'Outgoing webhooks',
  'nav.system': 'System status',
  'nav.stuck': 'Stuck cases',
  'nav.monitoring': 'Monitoring',
  'header.signedInAs': 'Signed in as',
  'header.logout': 'Sign out',
  'header.loggingOut': 'Signing out…',
  'language.label': 'Language',
  'language.zh-CN': '中文',
  'language.en': 'English',
  'login.failed': 'Could not sign in',
  'login.title': 'Sign in',
  'login.username': 'Username',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.submitting': 'Signing in…',
  'login.demoHint': 'Demo logins are printed by npm start',
  'login.sessionEnded': 'You were signed out or your session expired. Sign in again to return to the page you were on.',
  'login.sessionEndedDraftKept':
    'You were signed out or your session expired. What you had not yet submitted is saved as a draft: sign in again to return to the form and carry on.',
  'login.sessionEndedNotSaved':
    'You were signed out or your session expired, and your latest entries could not be saved. Sign in again to return to the form; check it and fill in what is missing.',
  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.backHome': 'Back to workspace',
  'common.close': 'Close',
  'common.yes': 'Yes',
  'common.no': 'No',
  'common.blank': '(blank)',
  'nav.menu': 'Menu',
  'nav.account': 'My account',
  'nav.users': 'Users',
  'nav.enterprises': 'Enterprises',
  'nav.myEnterprises': 'My enterprises',
  'nav.myEnterprise': 'My enterprise',
  'nav.projects': 'Projects',
  'nav.myProjects': 'Our projects',
  'nav.siteProjects': 'Site projects',
  'nav.assignments': 'Assignments',
  'nav.myAssignments': 'My assignments',
  'nav.audit': 'Audit log',
  'nav.import': 'CSV import',
  'nav.settings': 'Settings',
  'nav.forms': 'Forms',
  'nav.inbox': 'Inbox',
  'nav.compliance': 'Daily reports',
  'nav.bulletins': 'Bulletins',
  'nav.siteRegister': 'Site register',
  'nav.gate': 'Gate check',
  'nav.calendar': 'Working calendar',
  'nav.emailTemplates': 'Email templates',
  'nav.dashboard': 'Dashboard',
  'nav.visits': 'Visits',
  'nav.notices': 'Public bulletin',
  'nav.credit': 'Credit record',
  'nav.group.work': 'Work',
  'nav.group.data': 'Data',
  'nav.group.organisation': 'Organisation',
  'nav.group.settings': 'Settings',
  'common.actions': 'Actions',
  'common.cancel': 'Cancel',
  'common.count': '{count} in all',
  'common.countOf': 'Showing {shown} of {count}',
  'common.edit': 'Edit',
  'common.choose': 'Choose…',
  'common.fieldRequired': 'This field is required',
  'common.noChanges': 'Nothing to save',
  'common.noMatch': 'No records match',
  'common.required': 'required',
  'zonedTime.label': '{label} ({zone})',
  'zonedTime.beijing': 'Beijing time',
  'zonedTime.midnight': '00:00 ends the day before: {deadline}',
  'common.save': 'Save',
  'common.saved': 'Saved',
  'common.savedNamed': 'Saved: {name}',
  'common.saving': 'Saving…',
  'common.search': 'Search',
  'forbidden.title': 'Not allowed',
  'forbidden.text': 'Your role cannot open this page.',
  'error.title': 'Something went wrong',
  'error.refusedTitle': 'Please correct what you entered',
  'error.network': 'Cannot reach the server; check your connection and try again.',
  'error.unexpected': 'The server sent an unexpected answer (HTTP {status}); please try again later.',
  'error.inPage': 'Something went wrong on this page; try again, or reload the page if it goes on.',
  'error.pageFailed': 'The page did not load; the system may just have been updated. Reload the page and try again.',
  'error.reloadPage': 'Reload the page',
  'home.welcome': 'Hello, {name}',
  'home.enterprise': 'Enterprise: {name}',
  'home.inspectorWork':
    'Your inspection team checks enterprises\' requests to resume work (resumption survey and readiness inspection). Requests waiting for inspection are under "My groups" in the inbox: claim one, check it item by item, and give your findings within 2 working days.',
  'home.forms': 'Forms you can fill in',
  'contacts.title': 'Contacts',
  'contacts.intro': "The back-to-work office's contacts, dedicated lines and mailbox: call or write with any question.",
  'contacts.phone': 'Phone',
  'contacts.email': 'Email',
  'contacts.purpose': 'For',
  'contacts.empty':
    'No contacts have been published yet. An enterprise with a difficulty can file a difficulty report, and its cadre will get in touch.',
  'home.formsEmpty': 'There are no forms for you to fill in right now.',
  'home.fill': 'Fill in',
  'home.fillNamed': 'Fill in “{title}”',
  'home.mySubmissions': 'My submissions',
  'home.scopeSubmissions': 'Submissions in my scope',
  'home.submissionsEmpty': 'No submissions yet. Fill in a form above and its progress will show here.',
  'home.submissionsEmptyAll': 'No enterprise has filed anything yet.',
  'home.submissionsEmptyScope': 'The enterprises in your care have not submitted anything yet.',
  'table.form': 'Form',
  'table.caseNumber': 'Case number',
  'home.searchCases': 'Find by case number',
  'home.searchEmpty': 'No case has that number',
  'table.enterprise': 'Enterprise',
  'table.status': 'Status',
  'table.createdAt': 'Submitted',
  'table.updatedAt': 'Updated',
  'table.openNamed': 'View the submission of “{title}”',
  'form.version': 'Version {version}',
  'form.noGuidance':
    'This form has no note for those filling it in, so they see no text here (the description is for administrators only).',
  'form.submit': 'Submit',
  'form.submitting': 'Submitting…',
  'form.errorsTitle': '{count} {count|field needs|fields need} attention:',
  'form.errorItem': '{field}: {message}',
  'form.wholeForm': 'The whole form',
  'submission.title': 'Submission',
  'submission.reference': 'Case number',
  'submission.enterprise': 'Enterprise',
  'submission.workflow': 'Workflow ID',
  'submission.processing': 'Processing; this page refreshes every 2 seconds…',
  'submission.progress': 'Steps of the process',
  'submission.data': 'What was submitted',
  'submission.result': 'Result',
  'submission.noResult': 'No result yet.',
  'submission.emails': 'Messages sent',
  'submission.noEmails': 'No messages sent yet.',
  'sentMessage.channel': 'Channel',
  'sentMessage.content': 'Subject or text',
  'sentMessage.channel.email': 'Email',
  'sentMessage.channel.sms': 'Text message',
  'sentMessage.channel.wecom-robot': 'WeCom group',
  'sentMessage.channel.dingtalk-robot': 'DingTalk group',
  'sentMessage.channel.other': 'Notice',
  'sentMessage.staff': 'Staff',
  'sentMessage.staffOnly': 'Visible to staff only',
  'sentMessage.toStaff': 'Staff notified',
  'field.receivedAt': 'Received at',
  'field.settledAt': 'Settled at',
  'email.to': 'To',
  'email.subject': 'Subject',
  'email.status': 'Status',
  'email.createdAt': 'Time',
  'emailStatus.queued': 'Queued',
  'emailStatus.outbox': 'Kept in outbox',
  'emailStatus.sent': 'Sent',
  'emailStatus.failed': 'Failed',
  'emailStatus.sending': 'Sending',
  'emailStatus.dead': 'Gave up (dead letter)',
  'emailStatus.expired': 'Expired, not sent',
  'outbox.title': 'Outbox',
  'outbox.intro': 'Every message the system rendered: emails, group-robot messages and texts. Select a row to read it.',
  'outbox.empty': 'The outbox is empty.',
  'outbox.sentAt': 'Sent',
  'outbox.notSent': 'Not sent',
  'outbox.key': 'Idempotency key',
  'outbox.technical': 'Technical details (for IT)',
  'outbox.text': 'Plain text',
  'outbox.html': 'HTML preview',
  'outbox.htmlFrame': 'Email HTML preview (isolated, scripts do not run)',
  'outbox.forbidden': 'Only administrators can view the outbox.',
  'notFound.title': 'Page not found',
  'notFound.text': 'There is no page at this address.',
  'health.line': 'System status: {state}',
  'health.ok': 'All systems working',
  'health.degraded': 'Some services are unavailable',
  'health.noWorker': 'Background processing paused; reminders, escalations and emails resume when it is back',
  'health.unknown': 'Unknown',
};

/** The en dictionary. */
export const enMessages: Record<MessageKey, string> = {
  ...sharedEn,
  ...orgEn,
  ...formAdminEn,
  ...inboxEn,
  ...emailTemplatesEn,
  ...collectionEn,
  ...gateEn,
  ...dashboardEn,
  ...caseViewEn,
  ...sentMessageEn,
  ...creditEn,
  ...measureEn,
  ...offlineEn,
  ...evaluationEn,
  ...hotlineEn,
  ...systemEn,
  ...stuckEn,
  ...robotEn,
  ...webhookEn,
  ...robotTemplateEn,
  ...prefsEn,
  ...inspectionEn,
  ...enterpriseHomeEn,
  ...paramsEditorEn,
  ...inboxListEn,
  ...rulesEn,
  ...formBuilderEn,
  ...monitoringEn,
  ...glossaryMessages('en'),
};
