// Form definitions in the DB: shipped ones are loaded on start; published versions are immutable. The submit path
// reads the newest published version of a form on every request, so its parsed definition is cached per database.
import { fromJson, toJson } from '#core/db';
import type { LocalizedText } from '#core/domain/locale';
import type { FormDefinition } from '#forms/form-definition';
import { checkDefinition } from '#forms/check-definition';
import { inAudience, type AudienceMember } from '#forms/form-audience';
import { readShippedForms, readShippedHistory } from '#forms/shipped-forms';
import { rawRows } from '../raw-rows';
import type { Db } from '../db-types';

// The version column is a 32-bit integer on PostgreSQL.
const LARGEST_VERSION = 2_147_483_647;

/** A stored definition with its lifecycle fields. */
export interface StoredForm extends FormDefinition {
  status: 'draft' | 'published' | 'retired';
  source: 'shipped' | 'admin';
  author: string;
  createdAt: string;
}

/** Shipped definitions this process has found sound, by their JSON: the check compiles each version's schema, and a
 * process that prepares many databases (the test suite prepares one per system it starts) need not compile the same
 * definition again. */
const soundShipped = new Set<string>();

/** Inserts shipped versions the DB does not have yet, older ones first; never touches versions already there. */
export async function syncShippedForms(
  db: Db,
  definitions = [...readShippedHistory(), ...readShippedForms()],
  now = new Date(),
): Promise<string[]> {
  const added: string[] = [];
  for (const definition of definitions) {
    const text = JSON.stringify(definition);
    if (!soundShipped.has(text)) {
      const problems = checkDefinition(definition);
      if (problems.length) {
        throw new Error(
          `shipped form ${definition.key} v${definition.version} is invalid: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`,
        );
      }
      soundShipped.add(text);
    }
    const row = { ...toRow(definition), status: 'published', source: 'shipped', author: 'system', created_at: now.toISOString() };
    const inserted = await db('form_definitions').insert(row).onConflict(['key', 'version']).ignore().returning('id');
    if (inserted.length) added.push(`${definition.key}@${definition.version}`);
  }
  return added;
}

/** Definition → columns (without lifecycle fields). */
export function toRow(definition: FormDefinition) {
  return {
    key: definition.key,
    version: definition.version,
    case_prefix: definition.casePrefix ?? null,
    title: toJson(definition.title),
    description: toJson(definition.description),
    guidance: definition.guidance ? toJson(definition.guidance) : null,
    schema: toJson(definition.schema),
    ui_schema: toJson(definition.uiSchema),
    i18n: toJson(definition.i18n ?? {}),
    process: toJson(definition.process),
    audience: toJson(definition.audience),
    audience_excludes: toJson(definition.audienceExcludes ?? []),
  };
}

/** Columns → stored definition. */
export function fromRow(row: Record<string, unknown>): StoredForm {
  return {
    key: row.key as string,
    version: Number(row.version),
    ...(row.case_prefix ? { casePrefix: row.case_prefix as string } : {}),
    status: row.status as StoredForm['status'],
    source: row.source as StoredForm['source'],
    author: row.author as string,
    title: fromJson(row.title),
    description: fromJson(row.description),
    ...(row.guidance ? { guidance: fromJson<LocalizedText>(row.guidance) } : {}),
    schema: fromJson(row.schema),
    uiSchema: fromJson(row.ui_schema),
    i18n: fromJson(row.i18n),
    process: fromJson(row.process),
    audience: fromJson(row.audience),
    ...audienceExcludesOf(row),
    createdAt: row.created_at as string,
  };
}

// Absent when the version leaves nobody out, as in a shipped file (and a row read without the column).
function audienceExcludesOf(row: Record<string, unknown>): Pick<FormDefinition, 'audienceExcludes'> {
  const excludes = row.audience_excludes === undefined ? [] : fromJson<FormDefinition['audienceExcludes']>(row.audience_excludes);
  return excludes?.length ? { audienceExcludes: excludes } : {};
}

/** The newest published version of every form `member` may submit. */
export async function listPublishedForms(db: Db, member: AudienceMember): Promise<StoredForm[]> {
  const rows = await db('form_definitions as f')
    .where('f.status', 'published')
    .whereNotExists(
      db('form_definitions as newer')
        .whereRaw('newer.key = f.key')
        .andWhere('newer.status', 'published')
        .andWhereRaw('newer.version > f.version'),
    )
    .orderBy('f.key');
  return rows.map(fromRow).filter((form) => inAudience(form, member));
}

// Asked on every submission and form page: fixed SQL, not built anew by the query builder each time.
const NEWEST_PUBLISHED =
  'select id, version, created_at from form_definitions where "key" = ? and status = \'published\' order by version desc limit 1';

/** The newest published version of one form, or undefined. Published versions never change, so the definition is
 * parsed once per database and version: each call reads only which version is the newest (an index lookup), which
 * also makes a publish or retire in any process visible to the next call in every other. */
export async function latestPublishedForm(db: Db, key: string): Promise<StoredForm | undefined> {
  const [head] = rawRows<{ id: number; version: number; created_at: string }>(await db.raw(NEWEST_PUBLISHED, [key]));
  if (!head) return undefined;
  const cache = publishedCache(db);
  const stamp = `${key}@${head.version}#${head.id}@${head.created_at}`;
  let form = cache.get(stamp);
  if (!form) {
    const row = await db('form_definitions').where({ id: head.id, status: 'published' }).first();
    if (!row) return latestPublishedForm(db, key);
    form = deepFreeze(fromRow(row));
    if (cache.size >= PUBLISHED_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(stamp, form);
  }
  return { ...form };
}

/** One exact version of a form, or undefined. */
export async function formVersion(db: Db, key: string, version: number): Promise<StoredForm | undefined> {
  // A version no column can hold names none. A device's queued item, a visit or a gate check says which version it was
  // made with: 2^40 (or 1e308, a whole number to JSON Schema) failed PostgreSQL's integer comparison, a 500, not a miss.
  if (!Number.isSafeInteger(version) || version < 1 || version > LARGEST_VERSION) return undefined;
  const row = await db('form_definitions').where({ key, version }).first();
  return row ? fromRow(row) : undefined;
}

/** The titles of the newest versions of the forms `keys` names (whatever their status), by key; unknown keys are absent. */
export async function newestFormTitles(db: Db, keys: readonly string[]): Promise<Map<string, LocalizedText>> {
  if (!keys.length) return new Map();
  const rows: { key: string; title: string }[] = await db('form_definitions as f')
    .whereIn('f.key', [...new Set(keys)])
    .where('f.version', db('form_definitions as n').where('n.key', db.ref('f.key')).max('n.version'))
    .select('f.key', 'f.title');
  return new Map(rows.map((row) => [row.key, fromJson<LocalizedText>(row.title)]));
}

/** The title of the newest version of a form, whatever its status, or undefined when there is no such form. */
export async function newestFormTitle(db: Db, key: string): Promise<LocalizedText | undefined> {
  const row: { title: string } | undefined = await db('form_definitions').where({ key }).orderBy('version', 'desc').first('title');
  return row ? fromJson<LocalizedText>(row.title) : undefined;
}

// Parsed published definitions per database (a test process opens many), oldest first; a few hundred at most.
const PUBLISHED_CACHE_SIZE = 256;
const publishedCaches = new WeakMap<Db, Map<string, StoredForm>>();

function publishedCache(db: Db): Map<string, StoredForm> {
  let cache = publishedCaches.get(db);
  if (!cache) publishedCaches.set(db, (cache = new Map()));
  return cache;
}

/** Freezes a parsed definition all the way down: callers share it, so a change by one would be seen by all. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
