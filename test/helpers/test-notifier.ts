// The notice activity as the worker builds it, over a test's database: email through the shipped templates (kept in
// the outbox, no mailer), robot markdown through the shipped renderer, SMS when the test gives a renderer.
import type { Knex } from 'knex';
import { createEmailActivities } from '#activities/email-activities';
import { createNotifyActivities, type NotifyDeps } from '#activities/notify-activities';
import { createTemplateRenderer } from '#core/mail/template-renderer';
import { createMarkdownRenderer } from '#core/notify/markdown-renderer';

/** What a test may set beside the database; the time zone is Beijing's unless told. */
export type TestNotifierOptions = Partial<Pick<NotifyDeps, 'endpoints' | 'sms' | 'now'>> & { timeZone?: string };

/** Builds the notice activity (`sendNotice` …) over `db`. */
export function createTestNotifier(db: Knex, options: TestNotifierOptions = {}) {
  const timeZone = options.timeZone ?? 'Asia/Shanghai';
  const now = options.now ? { now: options.now } : {};
  const email = createEmailActivities({ db, renderer: createTemplateRenderer(timeZone), from: 'noreply@fugong.local', ...now });
  return createNotifyActivities({
    db,
    email,
    markdown: createMarkdownRenderer(timeZone),
    endpoints: options.endpoints ?? {},
    ...(options.sms ? { sms: options.sms } : {}),
    ...now,
  });
}
