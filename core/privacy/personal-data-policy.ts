// The one place that decides whether a reader sees a personal value in full or masked. Every way data leaves the
// server (API views and lists, timelines, CSV/XLSX exports, bulletins, emails, public notices) asks it.
//
// A field is personal when its form's JSON Schema marks it `x-personal` (core/privacy/personal-kind.ts). What decides
// is the reader's RELATION to the record, worked out by the route from what it already loaded:
//   site-officer  a gate officer of the site where a worker record was made (gate checks, the site register)
//   own           the record's submitter, or a user of the enterprise that filed it
//   named         a user of the enterprise a record names that someone outside it filed as their own (a cadre's or a
//                 working-group member's nomination): the nominator's contact is not the enterprise's to call
//   handler       the enterprise's assigned cadre, or whoever is assigned, candidate for or decided a task of the record
//   oversight     HQ and admins with no closer tie
//   none          anyone else (another enterprise, another site, a working group member not on the case, the public)
// and the PURPOSE: one person's own page (person: the register's worker page, the gate's look-up of the worker at the
// gate), one record on its own page (detail: a case page), many in a list or timeline (list), a CSV/XLSX (export), an
// email (email), the public notice board (public), or HQ's / an admin's audited full export (full-export).
//
// Full value shown for (every other combination shows the mask: 370102********1870, 139****5678, a "health data
// hidden" word, a "may contain personal data" note):
//
// | record about         | kind      | site-officer        | own          | named        | handler            | oversight                  | none |
// |----------------------|-----------|---------------------|--------------|--------------|--------------------|----------------------------|------|
// | a worker (monitoring | id-number | person              | –            | –            | –                  | full-export                | –    |
// |  forms, register)    | mobile    | person              | –            | –            | –                  | full-export                | –    |
// |                      | health    | person, detail,     | –            | –            | –                  | full-export                | –    |
// |                      |           |  list, email        |              |              |                    |                            |      |
// |                      | free-text | person, detail, list| –            | –            | –                  | full-export                | –    |
// | the enterprise       | id-number | –                   | detail       | –            | detail             | full-export                | –    |
// |  itself (its own     | mobile    | –                   | detail, list | –            | detail, list       | full-export                | –    |
// |  submissions, and    | health    | –                   | detail, list | –            | detail             | full-export                | –    |
// |  nominations of it)  | free-text | –                   | detail, list, email | detail, list, email | detail, list, email | detail, list, export, email, full-export | – |
//
// Why: the gate officer works with the worker in front of them (IDs and mobiles stay masked in their lists and on a
// gate check's case page all the same, full on one worker's page, where the officer goes to read them); an enterprise reads what it filed itself and the people working its case need its contact
// number and its words; HQ and admins read problems and notes city-wide (they receive the daily bulletin) but no
// worker's ID, mobile or health unless they ask for an audited full export with a reason. An enterprise reads a
// nomination of itself (its words about the enterprise, the nominator's name) but not the nominator's mobile, ID or
// health: it needs none of them, as it needs no objector's name (submission-facts.ts). Emails and public pages never
// carry an ID or mobile in full: they leave the system and get forwarded.
import type { RJSFSchema } from '@rjsf/utils';
import type { Locale } from '../domain/locale';
import type { Role } from '../org/org-types';
import { maskValue } from './mask';
import { isPersonalKind, PERSONAL_KEYWORD, type PersonalKind } from './personal-kind';

/** Who is reading: a signed-in user, or the public (notice board, anonymous pages). */
export interface Reader {
  role: Role | 'public';
  userId: number | null;
  enterpriseId: number | null;
  projectId: number | null;
  workingGroupId: number | null;
  locale: Locale;
  /** The reader's address: an email's subject was written for its recipient. */
  email?: string | null;
}

/** What the route knows about the record being shown. */
export interface RecordFacts {
  /** `worker`: about a person someone else checked (monitoring forms, the gate register); `enterprise`: the filer's own. */
  subject: 'worker' | 'enterprise';
  enterpriseId: number | null;
  submitterId: number | null;
  /** The project site where a worker record was made, when it was made at a site. */
  siteProjectId: number | null;
  /** The reader works this record: assigned cadre of its enterprise, or on one of its tasks. */
  handler: boolean;
  /** Its submitter filed it as their own from outside the enterprise it names (a cadre's nomination); absent: no. */
  filedByOutsider?: boolean;
}

/** Why the data is leaving the server. */
export type Purpose = 'person' | 'detail' | 'list' | 'export' | 'email' | 'public' | 'full-export';

/** The reader's tie to a record. */
export type Relation = 'site-officer' | 'own' | 'named' | 'handler' | 'oversight' | 'none';

type Table = Record<PersonalKind, Partial<Record<Relation, readonly Purpose[]>>>;

/** The table of the header comment: purposes for which each relation sees each kind in full. */
export const FULL_VALUE_RULES: Record<RecordFacts['subject'], Table> = {
  worker: {
    'id-number': { 'site-officer': ['person'], oversight: ['full-export'] },
    mobile: { 'site-officer': ['person'], oversight: ['full-export'] },
    health: { 'site-officer': ['person', 'detail', 'list', 'email'], oversight: ['full-export'] },
    'free-text': { 'site-officer': ['person', 'detail', 'list'], oversight: ['full-export'] },
  },
  enterprise: {
    'id-number': { own: ['detail'], handler: ['detail'], oversight: ['full-export'] },
    mobile: { own: ['detail', 'list'], handler: ['detail', 'list'], oversight: ['full-export'] },
    health: { own: ['detail', 'list'], handler: ['detail'], oversight: ['full-export'] },
    'free-text': {
      own: ['detail', 'list', 'email'],
      named: ['detail', 'list', 'email'],
      handler: ['detail', 'list', 'email'],
      oversight: ['detail', 'list', 'export', 'email', 'full-export'],
    },
  },
};

/** The reader's closest tie to the record. */
export function relationOf(reader: Reader, facts: RecordFacts): Relation {
  if (reader.role === 'public') return 'none';
  if (facts.subject === 'worker') {
    if (reader.role === 'gate' && reader.projectId !== null && reader.projectId === facts.siteProjectId) return 'site-officer';
  } else {
    if (reader.userId !== null && reader.userId === facts.submitterId) return 'own';
    if (reader.role === 'enterprise' && reader.enterpriseId !== null && reader.enterpriseId === facts.enterpriseId)
      return facts.filedByOutsider ? 'named' : 'own';
  }
  if (facts.handler) return 'handler';
  if (reader.role === 'hq' || reader.role === 'admin') return 'oversight';
  return 'none';
}

/** True when `reader` may see a value of `kind` of this record in full for `purpose`. */
export function showsInFull(kind: PersonalKind, reader: Reader, facts: RecordFacts, purpose: Purpose): boolean {
  // Only HQ and admins can ask for a full export; anyone else asking gets an ordinary export.
  const asked = purpose === 'full-export' && reader.role !== 'hq' && reader.role !== 'admin' ? 'export' : purpose;
  if (asked === 'full-export') return true;
  return FULL_VALUE_RULES[facts.subject][kind][relationOf(reader, facts)]?.includes(asked) ?? false;
}

type Node = RJSFSchema | undefined;

/** The subschemas that may describe the same value: the node and its allOf/anyOf/oneOf/then/else/dependencies. */
function branches(node: Node): RJSFSchema[] {
  if (!node || typeof node !== 'object') return [];
  const out: RJSFSchema[] = [node];
  for (const list of [node.allOf, node.anyOf, node.oneOf]) for (const s of list ?? []) out.push(...branches(s as RJSFSchema));
  for (const s of [node.then, node.else]) out.push(...branches(s as RJSFSchema));
  for (const s of Object.values(node.dependencies ?? {})) if (!Array.isArray(s)) out.push(...branches(s as RJSFSchema));
  return out;
}

/** The schema of one property of an object, gathered from every branch that declares it. */
function propertySchema(node: Node, key: string): RJSFSchema | undefined {
  const found = branches(node)
    .map((s) => (s.properties as Record<string, RJSFSchema> | undefined)?.[key])
    .filter((s): s is RJSFSchema => Boolean(s) && typeof s === 'object');
  return found.length ? { allOf: found } : undefined;
}

function itemSchema(node: Node, index: number): RJSFSchema | undefined {
  const found = branches(node)
    .map((s) => (Array.isArray(s.items) ? s.items[index] : s.items) as RJSFSchema | undefined)
    .filter((s): s is RJSFSchema => Boolean(s) && typeof s === 'object');
  return found.length ? { allOf: found } : undefined;
}

/** The personal kind a schema node marks, looking through its branches. */
export function personalKindOf(node: Node): PersonalKind | null {
  for (const s of branches(node)) {
    const mark = (s as Record<string, unknown>)[PERSONAL_KEYWORD];
    if (isPersonalKind(mark)) return mark;
  }
  return null;
}

/** Every personal field of a schema as a dotted path (`liaison.mobile`, `people.[].residentId`) and its kind. */
export function personalFields(schema: RJSFSchema, prefix = ''): Record<string, PersonalKind> {
  const out: Record<string, PersonalKind> = {};
  for (const s of branches(schema)) {
    for (const [key, child] of Object.entries((s.properties ?? {}) as Record<string, RJSFSchema>)) {
      const path = prefix ? `${prefix}.${key}` : key;
      const kind = personalKindOf(child);
      if (kind) out[path] ??= kind;
      else Object.assign(out, personalFields(child, path));
    }
    if (s.items && typeof s.items === 'object' && !Array.isArray(s.items))
      Object.assign(out, personalFields(s.items as RJSFSchema, prefix ? `${prefix}.[]` : '[]'));
  }
  return out;
}

/** A copy of `value` with every personal field the reader may not see in full replaced by its mask, walked by schema. */
export function maskBySchema(
  schema: RJSFSchema | undefined,
  value: unknown,
  full: (kind: PersonalKind) => boolean,
  locale: Locale,
): unknown {
  const kind = personalKindOf(schema);
  if (kind) return full(kind) ? value : maskValue(kind, value, locale);
  if (Array.isArray(value)) return value.map((item, index) => maskBySchema(itemSchema(schema, index), item, full, locale));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, child]) => [
        key,
        maskBySchema(propertySchema(schema, key), child, full, locale),
      ]),
    );
  }
  return value;
}

/** Submission data as `reader` may see it for `purpose`: personal fields of the schema masked unless the table allows. */
export function applyPolicy<T>(schema: RJSFSchema | undefined, data: T, reader: Reader, facts: RecordFacts, purpose: Purpose): T {
  return maskBySchema(schema, data, (kind) => showsInFull(kind, reader, facts, purpose), reader.locale) as T;
}
