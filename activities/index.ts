// All activities, built by one factory that closes over their dependencies.
import { createCalendarActivities } from './calendar-activities';
import { createClearanceActivities } from './clearance-activities';
import { createCollectionActivities } from './collection-activities';
import { createCreditActivities } from './credit-activities';
import { createDigestActivities } from './digest-activities';
import { createEmailActivities, type EmailDeps } from './email-activities';
import { createMonitoringActivities } from './monitoring-activities';
import { createNoticeActivities } from './notice-activities';
import { createNotifyActivities } from './notify-activities';
import { createMarkdownRenderer } from '#core/notify/markdown-renderer';
import type { RobotEndpoints } from '#core/notify/robot-dispatcher';
import { createSmsRenderer, smsBudget } from '#core/notify/sms-renderer';
import { createQuarantineChannelActivities } from './quarantine-channel-activities';
import { createRuleActivities } from './rule-activities';
import { createSubjectMonitoringActivities } from './subject-monitoring-activities';
import { createSubmissionActivities } from './submission-activities';
import { createTaskActivities } from './task-activities';

/** Builds every activity the worker registers. */
export function createActivities(
  deps: EmailDeps & {
    timeZone?: string;
    /** Group-robot providers' URLs (none: robot messages stay in the outbox). */
    robotEndpoints?: RobotEndpoints;
    /** Base of the links robot messages carry back to the app. */
    publicUrl?: string;
    /** Whether an SMS provider is configured, and its signature (it takes room in each message). */
    sms?: { configured: boolean; signName?: string };
  },
) {
  const email = createEmailActivities(deps);
  const timeZone = deps.timeZone ?? 'Asia/Shanghai';
  const notifier = createNotifyActivities({
    db: deps.db,
    email,
    markdown: createMarkdownRenderer(timeZone),
    endpoints: deps.robotEndpoints ?? {},
    sms: {
      renderer: createSmsRenderer(timeZone, smsBudget(deps.sms?.signName)),
      deliverable: deps.sms?.configured ?? false,
    },
    publicUrl: deps.publicUrl,
    timeZone,
    now: deps.now,
  });
  const links = { publicUrl: deps.publicUrl ?? 'http://localhost:3000' };
  return {
    ...notifier,
    ...createSubmissionActivities(deps),
    ...email,
    ...createTaskActivities({ db: deps.db, email, now: deps.now }),
    ...createDigestActivities({ db: deps.db, email, timeZone }),
    ...createCalendarActivities({ db: deps.db, timeZone }),
    ...createMonitoringActivities({ db: deps.db, email, timeZone }),
    ...createQuarantineChannelActivities({ db: deps.db, notifier, links }),
    ...createSubjectMonitoringActivities({ db: deps.db, email, timeZone }),
    ...createCreditActivities({ db: deps.db, now: deps.now }),
    ...createClearanceActivities({ db: deps.db, now: deps.now }),
    ...createNoticeActivities({ db: deps.db, renderer: deps.renderer, now: deps.now }),
    ...createCollectionActivities({ db: deps.db, renderer: deps.renderer, email, notifier, links, timeZone, now: deps.now }),
    ...createRuleActivities({ db: deps.db, timeZone, now: deps.now }),
  };
}

/** The activity interface workflows proxy (imported by workflows as a type only). */
export type Activities = ReturnType<typeof createActivities>;
