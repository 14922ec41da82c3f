// Migrations are listed in code (not discovered on disk) so tsx, vitest and the bundled image all see the same list.
import type { Knex } from 'knex';
import * as foundation from './20261123-0001-foundation';
import * as organisation from './20261123-0002-organisation';
import * as submissionExtras from './20261123-0003-submission-extras';
import * as humanTasks from './20261123-0004-human-tasks';
import * as emailTemplates from './20261123-0005-email-templates';
import * as workingCalendar from './20261123-0006-working-calendar';
import * as eventKeys from './20261123-0007-event-keys';
import * as collections from './20261123-0008-collections';
import * as gateChecks from './20261123-0009-gate-checks';
import * as visits from './20261123-0010-visits';
import * as creditAndNotices from './20261123-0011-credit-and-notices';
import * as dashboardProjections from './20261123-0012-dashboard-projections';
import * as accountSafety from './20261203-0013-account-safety';
import * as scopeAndObjections from './20261203-0014-scope-and-objections';
import * as caseNumbers from './20261203-0016-case-numbers';
import * as escalationTasks from './20261203-0017-escalation-tasks';
import * as dashboardRollups from './20261204-0018-dashboard-rollups';
import * as inboxSearch from './20261204-0019-inbox-search';
import * as hotlineCalls from './20261204-0021-hotline-calls';
import * as inspectionBodies from './20261204-0022-inspection-bodies';
import * as projectClearance from './20261204-0023-project-clearance';
import * as emailTemplatePurposes from './20261204-0025-email-template-purposes';
import * as monitoringSubjects from './20261204-0028-monitoring-subjects';
import * as gateVisitRollups from './20261204-0030-gate-visit-rollups';
import * as inboxBranchIndexes from './20261204-0031-inbox-branch-indexes';
import * as visitLogForm from './20261204-0032-visit-log-form';
import * as seedTraceGaps from './20261204-0034-seed-trace-gaps';
import * as dashboardSpeed from './20261204-0035-dashboard-speed';
import * as notificationChannels from './20261204-0039-notification-channels';
import * as notificationPreferences from './20261204-0041-notification-preferences';
import * as webhooks from './20261204-0042-webhooks';
import * as offlineCapture from './20261204-0043-offline-capture';
import * as offlineItems from './20261204-0044-offline-items';
import * as offlineKeySeal from './20261204-0045-offline-key-seal';
import * as smsTemplates from './20261204-0046-sms-templates';
import * as offlineGateCheckIns from './20261204-0047-offline-gate-check-ins';
import * as inboxUrgencyOrder from './20261205-0048-inbox-urgency-order';
import * as outboxMaskedText from './20261205-0049-outbox-masked-text';
import * as submissionsByFiler from './20261205-0050-submissions-by-filer';
import * as siteWorkerCapture from './20261205-0051-site-worker-capture';
import * as collectionReportsSettled from './20261205-0052-collection-reports-settled';
import * as uploadQuota from './20261205-0053-upload-quota';
import * as receivedResultEnd from './20261205-0054-received-result-end';
import * as draftHeldUploads from './20261205-0055-draft-held-uploads';
import * as difficultyWaitingOnEnterprise from './20261205-0056-difficulty-waiting-on-enterprise';
import * as formAudienceExcludes from './20261206-0057-form-audience-excludes';
import * as inboxDoneOrder from './20261206-0058-inbox-done-order';
import * as formGuidance from './20261206-0059-form-guidance';
import * as caseReplyFiles from './20261206-0060-case-reply-files';
import * as passwordChangeReason from './20261206-0061-password-change-reason';
import * as caseReplyPending from './20261206-0062-case-reply-pending';
import * as auditPending from './20261206-0063-audit-pending';
import * as taskCommentText from './20261206-0064-task-comment-text';
import * as typedUsernamesMasked from './20261207-0065-typed-usernames-masked';
import * as formTextParams from './20261207-0066-form-text-params';
import * as clearanceSuspension from './20261207-0067-clearance-suspension';

type Migration = { up: (db: Knex) => Promise<void>; down: (db: Knex) => Promise<void> };

const MIGRATIONS: ReadonlyArray<readonly [string, Migration]> = [
  ['20261123-0001-foundation', foundation],
  ['20261123-0002-organisation', organisation],
  ['20261123-0003-submission-extras', submissionExtras],
  ['20261123-0004-human-tasks', humanTasks],
  ['20261123-0005-email-templates', emailTemplates],
  ['20261123-0006-working-calendar', workingCalendar],
  ['20261123-0007-event-keys', eventKeys],
  ['20261123-0008-collections', collections],
  ['20261123-0009-gate-checks', gateChecks],
  ['20261123-0010-visits', visits],
  ['20261123-0011-credit-and-notices', creditAndNotices],
  ['20261123-0012-dashboard-projections', dashboardProjections],
  ['20261203-0013-account-safety', accountSafety],
  ['20261203-0014-scope-and-objections', scopeAndObjections],
  ['20261203-0016-case-numbers', caseNumbers],
  ['20261203-0017-escalation-tasks', escalationTasks],
  ['20261204-0018-dashboard-rollups', dashboardRollups],
  ['20261204-0019-inbox-search', inboxSearch],
  ['20261204-0021-hotline-calls', hotlineCalls],
  ['20261204-0022-inspection-bodies', inspectionBodies],
  ['20261204-0023-project-clearance', projectClearance],
  ['20261204-0025-email-template-purposes', emailTemplatePurposes],
  ['20261204-0028-monitoring-subjects', monitoringSubjects],
  ['20261204-0030-gate-visit-rollups', gateVisitRollups],
  ['20261204-0031-inbox-branch-indexes', inboxBranchIndexes],
  ['20261204-0032-visit-log-form', visitLogForm],
  ['20261204-0034-seed-trace-gaps', seedTraceGaps],
  ['20261204-0035-dashboard-speed', dashboardSpeed],
  ['20261204-0039-notification-channels', notificationChannels],
  ['20261204-0041-notification-preferences', notificationPreferences],
  ['20261204-0042-webhooks', webhooks],
  ['20261204-0043-offline-capture', offlineCapture],
  ['20261204-0044-offline-items', offlineItems],
  ['20261204-0045-offline-key-seal', offlineKeySeal],
  ['20261204-0046-sms-templates', smsTemplates],
  ['20261204-0047-offline-gate-check-ins', offlineGateCheckIns],
  ['20261205-0048-inbox-urgency-order', inboxUrgencyOrder],
  ['20261205-0049-outbox-masked-text', outboxMaskedText],
  ['20261205-0050-submissions-by-filer', submissionsByFiler],
  ['20261205-0051-site-worker-capture', siteWorkerCapture],
  ['20261205-0052-collection-reports-settled', collectionReportsSettled],
  ['20261205-0053-upload-quota', uploadQuota],
  ['20261205-0054-received-result-end', receivedResultEnd],
  ['20261205-0055-draft-held-uploads', draftHeldUploads],
  ['20261205-0056-difficulty-waiting-on-enterprise', difficultyWaitingOnEnterprise],
  ['20261206-0057-form-audience-excludes', formAudienceExcludes],
  ['20261206-0058-inbox-done-order', inboxDoneOrder],
  ['20261206-0059-form-guidance', formGuidance],
  ['20261206-0060-case-reply-files', caseReplyFiles],
  ['20261206-0061-password-change-reason', passwordChangeReason],
  ['20261206-0062-case-reply-pending', caseReplyPending],
  ['20261206-0063-audit-pending', auditPending],
  ['20261206-0064-task-comment-text', taskCommentText],
  ['20261207-0065-typed-usernames-masked', typedUsernamesMasked],
  ['20261207-0066-form-text-params', formTextParams],
  ['20261207-0067-clearance-suspension', clearanceSuspension],
];

/** knex migration source over the list above; names are stable forever. */
export const migrationSource: Knex.MigrationSource<readonly [string, Migration]> = {
  getMigrations: async () => [...MIGRATIONS],
  getMigrationName: ([name]) => name,
  getMigration: async ([, migration]) => migration,
};
