// Which email templates fit a template parameter: each slot is sent with one purpose's data (the variables of that
// shipped template), so the templates of that purpose — shipped, or created by an admin for it — are offered first.
// The pairs are those the shipped definitions use (forms/definitions, forms/starter-definitions.ts).

/** The purposes (shipped template names) that fit a slot, by `parent/name` where the name alone is ambiguous. */
const FITTING: Readonly<Record<string, readonly string[]>> = {
  receiptTemplate: ['submission-received'],
  settledTemplate: ['submission-settled'],
  updateTemplate: ['case-update', 'inspection-update'],
  'overdue/template': ['case-overdue-alert'],
  'publicity/noticeTemplate': ['commendation-publicity'],
  'effects/noticeTemplate': ['commendation-notice', 'good-practice-notice'],
  'effects/emailTemplate': ['commendation-awarded'],
  'rework/alertTemplate': ['rework-overdue-alert'],
  reminderTemplate: ['collection-reminder'],
  overdueTemplate: ['collection-overdue'],
  bulletinTemplate: ['collection-bulletin'],
  alertTemplate: ['quarantine-alert', 'monitoring-alert'],
  releaseTemplate: ['quarantine-cleared'],
  endTemplate: ['monitoring-ended'],
};

/** The purposes that fit the template parameter `name` inside `parent` (its enclosing property); none when unknown. */
export function fittingPurposes(parent: string | undefined, name: string): readonly string[] {
  return FITTING[`${parent ?? ''}/${name}`] ?? FITTING[name] ?? [];
}

// What the code sends when a template parameter is left unset, where it sends anything: the overdue alert and the
// rework alert (workflows/ladder-messages.ts, rework-deadline.ts), a collection's reminder, overdue notice and bulletin
// (activities/collection/round-opening.ts, round-bulletin.ts). Every other slot sends nothing when unset
// (`if (!email || !template) return;`), so the editor says "not sent" there.
const SENT_WHEN_UNSET: Readonly<Record<string, string>> = {
  'overdue/template': 'case-overdue-alert',
  'rework/alertTemplate': 'rework-overdue-alert',
  reminderTemplate: 'collection-reminder',
  overdueTemplate: 'collection-overdue',
  bulletinTemplate: 'collection-bulletin',
};

/** The template the code uses when the parameter `name` inside `parent` is unset; undefined when nothing is sent. */
export function templateWhenUnset(parent: string | undefined, name: string): string | undefined {
  return SENT_WHEN_UNSET[`${parent ?? ''}/${name}`] ?? SENT_WHEN_UNSET[name];
}

/** A template as the picker knows it: its name and, for one an admin created, the purpose it plays. */
export interface PickableTemplate {
  name: string;
  createdPurpose: string | null;
}

/** The templates split into those that fit `purposes` and the rest, each in the order given. */
export function splitByFit<T extends PickableTemplate>(templates: readonly T[], purposes: readonly string[]): { fitting: T[]; other: T[] } {
  const fits = (template: T) => purposes.includes(template.createdPurpose ?? template.name);
  return { fitting: templates.filter(fits), other: templates.filter((template) => !fits(template)) };
}
