// The events another system can subscribe to, and which recorded facts they are read from.

/** Event kinds a subscription can name. */
export const WEBHOOK_KINDS = [
  'submission.received',
  'task.opened',
  'task.decided',
  'sla.breached',
  'case.settled',
  'quarantine.started',
  'quarantine.released',
] as const;

/** One event kind. */
export type WebhookKind = (typeof WEBHOOK_KINDS)[number];

/** The kind a timeline line (submission_events.kind) is delivered as; undefined for lines no subscriber hears of. */
export function kindOfTimelineLine(line: string): WebhookKind | undefined {
  if (line === 'status.submitted') return 'submission.received';
  if (line === 'status.settled' || line === 'status.rejected' || line === 'status.expired') return 'case.settled';
  if (line === 'ladder.sla-breached') return 'sla.breached';
  if (line === 'quarantine.started') return 'quarantine.started';
  if (line === 'quarantine.released') return 'quarantine.released';
  return undefined;
}
