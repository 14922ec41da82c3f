// How a case reads in a list and beside its number: what it is about and where it stands, in the words of its process
// type. A gate check names its worker and says 放行 / 劝返 / 隔离观察 as the gate page and the site register do, a report
// of a collection says whether it came on time, a monitored subject whether it is still watched; only a ladder (and a
// receipt) speaks the ladder's statuses (已受理 / 不予受理 …), and a readiness inspection that fails reads 不予通过 where a
// difficulty report reads 不予受理. The list route and the case page send these words, so a page never words one process
// with another's statuses.
import { caseSummary } from '#core/domain/case-summary';
import { GATE_OUTCOME_NAMES, REPORT_STATUS_NAMES, STATUS_NAMES, WATCH_STATUS_NAMES } from '#core/domain/glossary';
import type { Locale, LocalizedText } from '#core/domain/locale';
import { ownStatusNames } from '#core/domain/own-status-names';
import type { ProcessBinding } from '#forms/form-definition';

/** What the words are written from: the process of the submission's version, and its data as the reader may see it. */
export interface CaseFacts {
  process: ProcessBinding | null;
  status: string;
  data: Readonly<Record<string, unknown>>;
  result: Readonly<Record<string, unknown>> | null;
}

/** A case's line: what it is about (null: the form's title says it) and where it stands. */
export interface CaseWords {
  summary: string | null;
  statusText: string;
}

const text = (value: unknown) => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '');
const named = (names: Record<string, LocalizedText>, key: string, locale: Locale) => names[key]?.[locale];

/** The words of every status its process words its own way, for a page that names the case's statuses one by one (its
 * progress steps, its timeline); empty for a process that speaks the glossary's statuses. */
export function ownStatusWords(process: ProcessBinding | null, locale: Locale): Record<string, string> {
  return Object.fromEntries(Object.entries(ownStatusNames(process)).map(([status, words]) => [status, words![locale]]));
}

/** The gate check's params carry entry rules; any other monitoring definition names the subject it follows. */
function monitoringKind(params: Record<string, unknown>): 'gate' | 'subject' {
  return 'entryRules' in params || !('subject' in params) ? 'gate' : 'subject';
}

/** "张三（370102********1870）": the worker as the site register lists them, the ID as the data already masks it. */
function workerLine(data: CaseFacts['data'], locale: Locale): string | null {
  const name = text(data.name);
  const id = text(data.residentId);
  if (!name) return id || null;
  if (!id) return name;
  return locale === 'en' ? `${name} (${id})` : `${name}（${id}）`;
}

function summaryOf(facts: CaseFacts, locale: Locale): string | null {
  const { process, data } = facts;
  if (process?.processType === 'monitoring') {
    if (monitoringKind(process.params) === 'gate') return workerLine(data, locale);
    const field = (process.params.subject as { nameField?: unknown } | undefined)?.nameField;
    const name = typeof field === 'string' ? text(data[field]) : '';
    if (name) return name;
  }
  return caseSummary(data);
}

function gateStatus(result: CaseFacts['result'], locale: Locale): string | undefined {
  const outcome = result?.outcome;
  if (outcome === 'quarantined' && typeof result?.releasedAt === 'string' && result.releasedAt) return GATE_OUTCOME_NAMES.released[locale];
  return typeof outcome === 'string' ? named(GATE_OUTCOME_NAMES, outcome, locale) : undefined;
}

function watchStatus(facts: CaseFacts, locale: Locale): string | undefined {
  if (typeof facts.result?.endedAt === 'string' || facts.status === 'settled') return WATCH_STATUS_NAMES.ended[locale];
  return facts.status === 'received' ? WATCH_STATUS_NAMES.watching[locale] : undefined;
}

function reportStatus(facts: CaseFacts, locale: Locale): string | undefined {
  const result = facts.result;
  if (!result) return undefined;
  if (typeof result.amends === 'string' && result.amends) return REPORT_STATUS_NAMES.amended[locale];
  if (result.punctuality === 'on_time') return REPORT_STATUS_NAMES.on_time[locale];
  if (result.punctuality === 'late') return REPORT_STATUS_NAMES.late[locale];
  return REPORT_STATUS_NAMES.received[locale];
}

function statusOf(facts: CaseFacts, locale: Locale): string {
  const { process } = facts;
  const own =
    process?.processType === 'monitoring'
      ? monitoringKind(process.params) === 'gate'
        ? gateStatus(facts.result, locale)
        : watchStatus(facts, locale)
      : process?.processType === 'collection'
        ? reportStatus(facts, locale)
        : undefined;
  // Before its process has written a result (a moment after filing) a case reads "submitted" like any other.
  return (
    own ?? ownStatusNames(process)[facts.status]?.[locale] ?? named(STATUS_NAMES, facts.status, locale) ?? STATUS_NAMES.submitted[locale]
  );
}

/** The summary and the status words of one case for a reader of `locale`. */
export function caseWords(facts: CaseFacts, locale: Locale): CaseWords {
  return { summary: summaryOf(facts, locale), statusText: statusOf(facts, locale) };
}
