// What the policy needs to know about stored submissions, loaded in a few queries for a whole list: the schema that
// marks their personal fields, whether they are about a worker, the site they were made at, and whether the reader
// works them (assigned cadre, or on one of their tasks).
import type { RJSFSchema } from '@rjsf/utils';
import type { Db } from '../stores/db-types';
import { assignedEnterpriseIds } from '../stores/submissions/submission-enterprises';
import { filedByOutsiders } from '../stores/submissions/submission-filer';
import {
  gateCheckSites,
  handledSubmissionIds,
  releasedSchemas,
  submissionOwners,
  type ReleasedSchema,
} from '../stores/submissions/submission-privacy-store';
import { maskNumbersInText, maskValue } from './mask';
import type { PersonalKind } from './personal-kind';
import { applyPolicy, relationOf, showsInFull, type Purpose, type Reader, type RecordFacts } from './personal-data-policy';
import { isMessageEvent, staffMessageTest, staffOnly } from './sent-messages';
import { outsideStaff, withoutActorId } from './actor-ids';
import { withMaskedReasons } from './result-reasons';

/** The columns of a submission the policy looks at. */
export interface SubmissionRef {
  id: string;
  formKey: string;
  formVersion: number;
  enterpriseId: number | null;
  userId: number | null;
}

/** The schema marking a submission's personal fields, and the facts about it for one reader. */
export interface SubmissionPrivacy {
  schema: RJSFSchema;
  facts: RecordFacts;
}

// A field is personal when the submission's own version or the form's newest version marks it, so marking a field in
// a new version also protects what was filed before.
async function schemasOf(db: Db, refs: SubmissionRef[]) {
  const keys = [...new Set(refs.map((r) => r.formKey))];
  const rows = keys.length ? await releasedSchemas(db, keys) : [];
  const byVersion = new Map(rows.map((row) => [`${row.key}@${row.version}`, row]));
  const newest = new Map<string, ReleasedSchema>();
  for (const row of rows) if (row.version > (newest.get(row.key)?.version ?? 0)) newest.set(row.key, row);
  return (ref: SubmissionRef) => {
    const own = byVersion.get(`${ref.formKey}@${ref.formVersion}`) ?? newest.get(ref.formKey);
    const latest = newest.get(ref.formKey);
    const schemas = [own, latest].filter(Boolean).map((row) => row!.schema);
    return { schema: { allOf: schemas } as RJSFSchema, worker: own?.aboutPerson ?? false };
  };
}

async function handledIds(db: Db, reader: Reader, refs: SubmissionRef[]): Promise<Set<string>> {
  if (reader.userId === null || reader.role === 'public' || !refs.length) return new Set();
  const ids = refs.map((r) => r.id);
  const handler = { userId: reader.userId, role: reader.role, workingGroupId: reader.workingGroupId };
  const handled = new Set(await handledSubmissionIds(db, handler, ids));
  if (reader.role === 'cadre') {
    const assigned = new Set(await assignedEnterpriseIds(db, reader.userId));
    for (const ref of refs) if (ref.enterpriseId !== null && assigned.has(ref.enterpriseId)) handled.add(ref.id);
  }
  return handled;
}

/** The schema and facts of each submission for `reader`, by submission id. */
export async function submissionPrivacy(db: Db, reader: Reader, refs: SubmissionRef[]): Promise<Map<string, SubmissionPrivacy>> {
  const schemaOf = await schemasOf(db, refs);
  const handled = await handledIds(db, reader, refs);
  const ids = refs.map((r) => r.id);
  const sites = ids.length ? await gateCheckSites(db, ids) : new Map<string, number>();
  // Only an enterprise reader can be the enterprise a nomination names: no one else needs the query.
  const nominations = reader.role === 'enterprise' ? await filedByOutsiders(db, ids) : new Set<string>();
  return new Map(
    refs.map((ref) => {
      const { schema, worker } = schemaOf(ref);
      const facts: RecordFacts = {
        subject: worker ? 'worker' : 'enterprise',
        enterpriseId: ref.enterpriseId,
        submitterId: ref.userId,
        siteProjectId: sites.get(ref.id) ?? null,
        handler: handled.has(ref.id),
        filedByOutsider: nominations.has(ref.id),
      };
      return [ref.id, { schema, facts }];
    }),
  );
}

/** What of a submission the policy masks: its data, and its result when it has one. */
type Maskable = SubmissionRef & { data: Record<string, unknown>; result?: Record<string, unknown> | null };

/** `submission`'s data, and the reasons of its result (a gate rule names the temperature it read), as `reader` may see
 * them for `purpose`. */
function maskedParts<T extends Maskable>(submission: T, reader: Reader, privacy: SubmissionPrivacy, purpose: Purpose): T {
  const { schema, facts } = privacy;
  const data = applyPolicy(schema, submission.data, reader, facts, purpose);
  if (submission.result === undefined) return { ...submission, data };
  const full = (kind: PersonalKind) => showsInFull(kind, reader, facts, purpose);
  return { ...submission, data, result: withMaskedReasons(schema, submission.result, full, reader.locale) };
}

/** The submissions with their `data` (and their result's reasons) as `reader` may see them for `purpose`. */
export async function maskSubmissions<T extends Maskable>(db: Db, reader: Reader, submissions: T[], purpose: Purpose): Promise<T[]> {
  const privacy = await submissionPrivacy(db, reader, submissions);
  return submissions.map((submission) => maskedParts(submission, reader, privacy.get(submission.id)!, purpose));
}

/** What of a message the subject rules look at. */
interface SubjectFields {
  to?: unknown;
  subject?: unknown;
  subjectLocale?: unknown;
}

/** The subject of an email about a submission as `reader` may read it: it was rendered for its recipient, so anyone
 * else reads it as free text of the record (a fever alert's subject names the worker's temperature). A masked subject
 * is the mask's words, in the reader's language, and says so. */
function subjectFor(reader: Reader, privacy: SubmissionPrivacy, message: SubjectFields): Pick<SubjectFields, 'subject' | 'subjectLocale'> {
  const { subject, subjectLocale } = message;
  if ((reader.email && message.to === reader.email) || readsOthersMail(reader, privacy)) return { subject, subjectLocale };
  return { subject: maskValue('free-text', subject, reader.locale), subjectLocale: reader.locale };
}

/** Loads the policy's view of stored submissions by id (for records that only name a submission, such as emails). */
export async function privacyByIds(db: Db, reader: Reader, ids: string[]): Promise<Map<string, SubmissionPrivacy>> {
  const unique = [...new Set(ids)];
  return submissionPrivacy(db, reader, unique.length ? await submissionOwners(db, unique) : []);
}

/** True when `reader` may read a message rendered for someone else about this submission. */
export function readsOthersMail(reader: Reader, privacy: SubmissionPrivacy): boolean {
  return showsInFull('free-text', reader, privacy.facts, 'list');
}

/** A submission's messages (channel, to, subject, …) with subjects masked for readers who are not their recipient, and
 * those sent to staff reduced to that fact for readers outside the staff (sent-messages.ts). */
export async function maskEmails<E extends { channel?: string; to: string; subject: string }>(
  db: Db,
  reader: Reader,
  submission: SubmissionRef,
  emails: E[],
) {
  const privacy = (await submissionPrivacy(db, reader, [submission])).get(submission.id)!;
  return maskedMessages(db, reader, submission, privacy, emails);
}

async function maskedMessages<E extends { channel?: string; to: string; subject: string }>(
  db: Db,
  reader: Reader,
  submission: SubmissionRef,
  privacy: SubmissionPrivacy,
  emails: E[],
) {
  const toStaff = emails.length ? await staffMessageTest(db, reader, submission, emails) : () => false;
  return emails.map((email) =>
    toStaff(email) ? staffOnly(email) : { ...email, ...(subjectFor(reader, privacy, email) as Pick<E, 'subject'>) },
  );
}

/**
 * An objection to a publicity notice, on the timeline: the commended enterprise (the record's own or named reader) learns that
 * one was lodged, not what it says nor who lodged it, so it cannot turn on the objector before the review; everyone
 * else reads the reason with any resident ID or mobile in it masked (the review task shows the objection to its
 * reviewers: web/server/notices/objection-for-task.ts).
 */
function objectionFor(reader: Reader, facts: RecordFacts, detail: Record<string, unknown>): Record<string, unknown> {
  const relation = relationOf(reader, facts);
  if (relation === 'own' || relation === 'named') {
    const { reason: _reason, by: _by, ...rest } = detail;
    return rest;
  }
  return typeof detail.reason === 'string' ? { ...detail, reason: maskNumbersInText(detail.reason) } : detail;
}

/** The policy's view of a submission `reader` has filed this very moment, known without asking the database: the form
 * version in hand is the newest, and no task or gate-check row can name the submission yet. */
export function freshSubmissionPrivacy(reader: Reader, ref: SubmissionRef, schema: RJSFSchema, aboutPerson: boolean): SubmissionPrivacy {
  return {
    schema: { allOf: [schema] } as RJSFSchema,
    facts: {
      subject: aboutPerson ? 'worker' : 'enterprise',
      enterpriseId: ref.enterpriseId,
      submitterId: ref.userId,
      siteProjectId: null,
      handler: false,
    },
  };
}

/** One submission with its data masked for `reader` and its messages as maskEmails masks them, from one load
 * of the policy's facts (the answer to a submission), or from facts the caller knows (freshSubmissionPrivacy). */
export async function maskSubmissionWithEmails<T extends Maskable, E extends { channel?: string; to: string; subject: string }>(
  db: Db,
  reader: Reader,
  submission: T,
  emails: E[],
  known?: SubmissionPrivacy,
) {
  const privacy = known ?? (await submissionPrivacy(db, reader, [submission])).get(submission.id)!;
  return {
    ...maskedParts(submission, reader, privacy, 'detail'),
    emails: await maskedMessages(db, reader, submission, privacy, emails),
  };
}

/** A submission's timeline with each event's detail masked like the submission's data (the workflow names the values it
 * records after the form's fields: a fever event carries the `temperature`), and its messages as maskEmails masks them. */
export async function maskTimeline<E extends { kind: string; detail: Record<string, unknown> }>(
  db: Db,
  reader: Reader,
  submission: SubmissionRef,
  events: E[],
): Promise<E[]> {
  const ref = {
    id: submission.id,
    formKey: submission.formKey,
    formVersion: submission.formVersion,
    enterpriseId: submission.enterpriseId,
    userId: submission.userId,
  };
  const privacy = (await submissionPrivacy(db, reader, [ref])).get(ref.id)!;
  const full = (kind: PersonalKind) => showsInFull(kind, reader, privacy.facts, 'list');
  const messages = events.filter((event) => isMessageEvent(event.kind)).map((event) => event.detail);
  const toStaff = messages.length ? await staffMessageTest(db, reader, ref, messages) : () => false;
  return events.map((event) => {
    if (isMessageEvent(event.kind) && toStaff(event.detail))
      return { ...event, detail: staffOnly(event.detail as { to: unknown; subject: unknown }) };
    // A quarantine's start names the gate rules that sent the worker there, as the submission's result does.
    const reasoned = withMaskedReasons(privacy.schema, event.detail, full, reader.locale);
    const detail = applyPolicy(privacy.schema, reasoned, reader, privacy.facts, 'list');
    if (isMessageEvent(event.kind)) Object.assign(detail, subjectFor(reader, privacy, detail));
    if (event.kind === 'publicity.objection') return { ...event, detail: objectionFor(reader, privacy.facts, detail) };
    return { ...event, detail: outsideStaff(reader) ? withoutActorId(detail) : detail };
  });
}
