// The events another system can subscribe to, and which recorded facts they are read from.

import { WEBHOOK_KINDS, type WebhookKind } from '../api/webhook-types';

export { WEBHOOK_KINDS, type WebhookKind };

/** The kind a timeline line (submission_events.kind) is delivered as; undefined for lines no subscriber hears of. */
export function kindOfTimelineLine(line: string): WebhookKind | undefined {
  if (line === 'status.submitted') return 'submission.received';
  if (line === 'status.settled' || line === 'status.rejected' || line === 'status.expired') return 'case.settled';
  if (line === 'ladder.sla-breached') return 'sla.breached';
  if (line === 'quarantine.started') return 'quarantine.started';
  if (line === 'quarantine.released') return 'quarantine.released';
  return undefined;
}
