// An audit entry's summary as lines a person reads ("包挂干部：（空） → 王建国"): each fact by its name, ids as the
// names of what they point at, codes as words, instants in the server's zone, values that did not change left out.
// The stored summary stays in the API beside these lines for IT. Mobiles and ID-like numbers are masked here whatever
// the summary holds, so the lines never show more than the policy lets an export show; a webhook's or robot's address
// shows where it points, never the token in it.
import { ENTERPRISE_TYPE_NAMES, PROCESS_NAMES, PROJECT_STATUS_NAMES, ROLE_NAMES } from '#core/domain/glossary';
import type { Locale, LocalizedText } from '#core/domain/locale';
import { localDateText } from '#core/domain/local-date-text';
import { spreadsheetTime } from '#core/domain/spreadsheet-time';
import { hasTemplatePurpose, templatePurpose } from '#core/mail/template-purposes';
import { maskMobile, maskNumbersInText } from '#core/privacy/mask';
import type { AuditNames, AuditRefs } from '#core/stores/audit-names';
import { ACTION_WORDS } from '#forms/present/decision-form';
import { auditFieldName, DESCRIBE_WORDS, IT_ONLY_FACTS, scalarChangeName, VALUE_WORDS } from './audit-field-words';
import { maskedUrl } from './masked-url';

/** What an entry is described from. */
export interface DescribedEntry {
  action: string;
  targetType: string;
  summary: unknown;
}

/** The names read for the page, the reader's language and the server's zone. */
export interface DescribeContext {
  names: AuditNames;
  locale: Locale;
  timeZone: string;
}

type Ref =
  | { kind: 'users' | 'enterprises' | 'projects' | 'workingGroups'; numeric: true }
  | { kind: 'forms' | 'submissions' | 'categories'; numeric: false };

/** The facts whose values are ids of records with names. */
const REFS: Record<string, Ref> = {
  cadreId: { kind: 'users', numeric: true },
  assigneeUserId: { kind: 'users', numeric: true },
  uploadedBy: { kind: 'users', numeric: true },
  enterpriseId: { kind: 'enterprises', numeric: true },
  enterprise_id: { kind: 'enterprises', numeric: true },
  projectId: { kind: 'projects', numeric: true },
  project_id: { kind: 'projects', numeric: true },
  workingGroupId: { kind: 'workingGroups', numeric: true },
  working_group_id: { kind: 'workingGroups', numeric: true },
  formKey: { kind: 'forms', numeric: false },
  reportForms: { kind: 'forms', numeric: false },
  difficultyForms: { kind: 'forms', numeric: false },
  inspectionForms: { kind: 'forms', numeric: false },
  submissionId: { kind: 'submissions', numeric: false },
  // A difficulty category by its name (生产生活物资), not its key (materials): a hotline call records the key.
  category: { kind: 'categories', numeric: false },
};

const MOBILE_FIELDS = new Set(['mobile', 'liaison_mobile', 'liaisonMobile']);
/** Facts that hold an address a receiver may hide a token in (a webhook subscription's, a robot's). */
const URL_FIELDS = new Set(['url', 'webhook']);
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
// A day (a visit's, a holiday's): written as people read it, 2026年12月5日 / 5 Dec 2026, not as the API stores it.
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const LONGEST = 120;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const blank = (value: unknown) => value == null || value === '' || (Array.isArray(value) && value.length === 0);

/** The parts of a summary that are facts, and its before/after records when it has them. */
function partsOf(summary: Record<string, unknown>) {
  const records = isRecord(summary.before) || isRecord(summary.after);
  const scalars = !records && ('before' in summary || 'after' in summary) && !isRecord(summary.before) && !isRecord(summary.after);
  const facts = Object.entries(summary).filter(([key]) => !((records || scalars) && (key === 'before' || key === 'after')));
  return { records, scalars, facts };
}

/** A UUID in a text (a submission's id, a workflow's `submission-…`): kept whole, its digits are no one's number. */
const UUID_IN_TEXT = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;

/** A text with the resident IDs and mobiles in it masked and the ids in it as they are: a UUID's last group can hold
 * eleven digits that read as a mobile (…-a13912345678), and an id masked is an id the reader cannot follow. */
const maskedText = (text: string) =>
  text
    .split(UUID_IN_TEXT)
    .map((part, index) => (index % 2 ? part : maskNumbersInText(part)))
    .join('');

/** The stored summary as the API hands it out: every mobile masked (an enterprise's record was audited with its
 * liaison's number), and every resident-ID- or mobile-like number in a text (a reason someone typed), since the log is
 * a list, where the policy shows neither in full: the lines beside it already masked them, the summary did not. */
export function maskedSummary(summary: unknown): unknown {
  if (Array.isArray(summary)) return summary.map(maskedSummary);
  if (typeof summary === 'string') return maskedText(summary);
  if (!isRecord(summary)) return summary;
  return Object.fromEntries(
    Object.entries(summary).map(([key, value]) => [
      key,
      MOBILE_FIELDS.has(key) && typeof value === 'string'
        ? maskMobile(value)
        : URL_FIELDS.has(key) && typeof value === 'string'
          ? maskedUrl(value)
          : maskedSummary(value),
    ]),
  );
}

/** Adds the ids a summary mentions to `refs`, for one read per kind for the whole page. */
export function addSummaryRefs(refs: AuditRefs, summary: unknown): AuditRefs {
  if (!isRecord(summary)) return refs;
  const walk = (record: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(record)) {
      const ref = REFS[key];
      if (!ref) continue;
      for (const item of Array.isArray(value) ? value : [value]) {
        if (ref.numeric && (typeof item === 'number' || (typeof item === 'string' && /^\d+$/.test(item))))
          refs[ref.kind].push(Number(item));
        else if (!ref.numeric && typeof item === 'string' && item) refs[ref.kind].push(item);
      }
    }
  };
  walk(summary);
  if (isRecord(summary.before)) walk(summary.before);
  if (isRecord(summary.after)) walk(summary.after);
  return refs;
}

/** One recorded value in words. */
export function describeValue(key: string, value: unknown, targetType: string, context: DescribeContext): string {
  const { names, locale, timeZone } = context;
  const say = (text: LocalizedText | undefined) => text?.[locale];
  if (blank(value)) return DESCRIBE_WORDS.blank[locale];
  if (Array.isArray(value))
    return value.map((item) => describeValue(key, item, targetType, context)).join(DESCRIBE_WORDS.listSeparator[locale]);
  if (typeof value === 'boolean') return (value ? DESCRIBE_WORDS.yes : DESCRIBE_WORDS.no)[locale];
  const ref = REFS[key];
  if (ref) {
    const id = String(value);
    const found =
      ref.kind === 'forms' || ref.kind === 'categories'
        ? say(names[ref.kind].get(id))
        : ref.kind === 'submissions'
          ? names.submissions.get(id)
          : ref.kind === 'workingGroups'
            ? say(names.workingGroups.get(Number(id)))
            : names[ref.kind].get(Number(id));
    // A record that is gone keeps its id, marked as one, so the line still says which.
    if (found) return found;
    return ref.numeric ? `#${id}` : id;
  }
  if (isRecord(value)) return shorten(JSON.stringify(value));
  const text = String(value);
  if (MOBILE_FIELDS.has(key)) return maskMobile(text);
  if (URL_FIELDS.has(key)) return maskedUrl(text);
  const word =
    (key === 'type' && targetType === 'enterprise' && say((ENTERPRISE_TYPE_NAMES as Record<string, LocalizedText>)[text])) ||
    (key === 'status' && targetType === 'project' && say((PROJECT_STATUS_NAMES as Record<string, LocalizedText>)[text])) ||
    ((key === 'role' || key === 'candidateRole') && say((ROLE_NAMES as Record<string, LocalizedText>)[text])) ||
    (key === 'processType' && say((PROCESS_NAMES as Record<string, LocalizedText>)[text])) ||
    (key === 'purpose' && hasTemplatePurpose(text) && say(templatePurpose(text))) ||
    (key === 'action' && say((ACTION_WORDS as Record<string, LocalizedText>)[text])) ||
    say(VALUE_WORDS[key]?.[text]);
  if (word) return word;
  if (INSTANT.test(text)) return spreadsheetTime(text, timeZone).slice(0, 16);
  if (DAY.test(text)) return localDateText(text, locale);
  return shorten(maskNumbersInText(text));
}

function shorten(text: string): string {
  return text.length > LONGEST ? `${text.slice(0, LONGEST)}…` : text;
}

/** The lines describing an entry's summary; none for an entry that recorded no facts. */
export function describeAuditEntry(entry: DescribedEntry, context: DescribeContext): string[] {
  const { locale } = context;
  const summary = entry.summary;
  if (!isRecord(summary)) return [];
  const name = (key: string) => auditFieldName(key, entry.targetType, locale) ?? key;
  const value = (key: string, raw: unknown) => describeValue(key, raw, entry.targetType, context);
  const line = (label: string, text: string) => `${label}${DESCRIBE_WORDS.colon[locale]}${text}`;
  const { records, scalars, facts } = partsOf(summary);
  const lines: string[] = [];
  if (records) {
    const before = isRecord(summary.before) ? summary.before : {};
    const after = isRecord(summary.after) ? summary.after : {};
    const made = !isRecord(summary.before);
    for (const key of [...new Set([...Object.keys(before), ...Object.keys(after)])]) {
      if (key in before && key in after && same(before[key], after[key])) continue;
      if (!(key in before)) {
        // A record made (no before): its filled-in facts, not every empty one.
        if (made && blank(after[key])) continue;
        lines.push(line(name(key), value(key, after[key])));
      } else lines.push(line(name(key), `${value(key, before[key])} → ${value(key, after[key])}`));
    }
  } else if (scalars) {
    if (!same(summary.before, summary.after))
      lines.push(line(scalarChangeName(entry.action, locale), `${value('', summary.before)} → ${value('', summary.after)}`));
  }
  for (const [key, raw] of facts) {
    // The case a task decision (or a case's step) is about is the entry's target, named by its case number there.
    if (key === 'submissionId' && (entry.targetType === 'task' || entry.targetType === 'submission')) continue;
    if (IT_ONLY_FACTS.has(key)) continue;
    // A decision taken without a reason recorded an empty one: nothing to say, rather than "原因：（空）".
    if (key === 'reason' && blank(typeof raw === 'string' ? raw.trim() : raw)) continue;
    lines.push(line(name(key), value(key, raw)));
  }
  // A save that changed nothing says so, rather than showing an empty change.
  if ((records || scalars) && !lines.length) lines.push(DESCRIBE_WORDS.noChange[locale]);
  return lines;
}
