// The `audit_log` table: an append-only log of state changes (who, in which role, did what to which record, in which
// request). Written inside the transaction of the change it records, so the two commit or roll back together; read by
// admins a page at a time.
import type { Page } from '../api/paging-types';
import { fromJson, toJson } from '../db';
import type { Db } from './db-types';
import { pageOfQuery, type PageQuery } from './page-of-query';
import { whereStartsWith } from './like-pattern';

/** One audited state change. */
export interface AuditEntry {
  actorId: number | null;
  actorRole: string | null;
  action: string;
  targetType: string;
  targetId: string;
  summary: Record<string, unknown>;
  requestId: string | null;
}

// Fixed SQL (both databases read it alike): every state change writes one, so it is not built anew each time; a group
// of submissions written together (core/stores/group-commit.ts) writes theirs as one statement of as many rows.
const INSERT_ENTRIES =
  'insert into audit_log (actor_id, actor_role, action, target_type, target_id, summary, request_id, created_at) values ';
const ENTRY_VALUES = '(?, ?, ?, ?, ?, ?, ?, ?)';

/** Writes an audit entry, inside the caller's transaction when given one. */
export async function recordAudit(db: Db, entry: AuditEntry, now = new Date()): Promise<void> {
  await recordAudits(db, [entry], now);
}

/** Writes audit entries in one statement, inside the caller's transaction when given one. */
export async function recordAudits(db: Db, entries: AuditEntry[], now = new Date()): Promise<void> {
  if (!entries.length) return;
  const at = now.toISOString();
  await db.raw(
    INSERT_ENTRIES + entries.map(() => ENTRY_VALUES).join(', '),
    entries.flatMap((entry) => [
      // Bound as null when absent: a raw statement refuses `undefined`, which the query builder wrote as the default.
      entry.actorId ?? null,
      entry.actorRole ?? null,
      entry.action,
      entry.targetType,
      entry.targetId,
      toJson(entry.summary),
      entry.requestId ?? null,
      at,
    ]),
  );
}

/** Writes `entry` once under `key` (kept in `update_id`, unique, as a decision's update id is): a second writer of the
 * same key writes nothing, and nor does anyone when the log has the same action on the same target already (written
 * before keys were given). For an entry a resend must be able to write when the first sending stopped before it. */
export async function recordAuditOnce(db: Db, entry: AuditEntry, key: string, now = new Date()): Promise<void> {
  const { action, targetType, targetId } = entry;
  if (await db('audit_log').where({ action, target_type: targetType, target_id: targetId }).first('id')) return;
  await db('audit_log')
    .insert({
      actor_id: entry.actorId ?? null,
      actor_role: entry.actorRole ?? null,
      action,
      target_type: targetType,
      target_id: targetId,
      summary: toJson(entry.summary),
      request_id: entry.requestId ?? null,
      update_id: key,
      created_at: now.toISOString(),
    })
    .onConflict('update_id')
    .ignore();
}

/** An entry as the log lists it, with the username and name of who acted (when a user did). */
export interface AuditLogRow {
  id: number;
  actor: { id: number; username: string; displayName: string } | null;
  actorRole: string | null;
  action: string;
  targetType: string;
  /** As stored (a task by its workflow's id, unescaped). */
  targetId: string;
  summary: unknown;
  requestId: string | null;
  createdAt: string;
}

/** The log's filters; `targetIds` are the stored forms an id may take, `from`/`to` ISO instants. */
export interface AuditFilter {
  actorUsername?: string;
  /** An action or the start of one (SQL wildcards in it are dropped). */
  actionPrefix?: string;
  targetType?: string;
  targetIds?: string[];
  from?: string;
  to?: string;
  /** Entries older than this one only: an export reads page after page while new entries are written. */
  beforeId?: number;
}

function toAuditLogRow(row: Record<string, unknown>): AuditLogRow {
  return {
    id: Number(row.id),
    actor:
      row.actor_id == null ? null : { id: Number(row.actor_id), username: row.username as string, displayName: row.display_name as string },
    actorRole: (row.actor_role as string | null) ?? null,
    action: String(row.action),
    targetType: String(row.target_type),
    targetId: String(row.target_id),
    summary: fromJson(row.summary),
    requestId: (row.request_id as string | null) ?? null,
    createdAt: String(row.created_at),
  };
}

/** One page of the log entries matching `filter`, newest first. */
export async function auditLogPage(db: Db, filter: AuditFilter, paging: PageQuery): Promise<{ rows: AuditLogRow[]; page: Page }> {
  const query = db('audit_log as a').leftJoin('users as u', 'u.id', 'a.actor_id');
  if (filter.actorUsername) query.where('u.username', filter.actorUsername);
  // `_` is part of action names (session.login_failed): escaped, not dropped, so the prefix matches itself only.
  if (filter.actionPrefix) whereStartsWith(query, 'a.action', filter.actionPrefix);
  if (filter.targetType) query.where('a.target_type', filter.targetType);
  if (filter.targetIds) query.whereIn('a.target_id', filter.targetIds);
  if (filter.from) query.where('a.created_at', '>=', filter.from);
  if (filter.to) query.where('a.created_at', '<', filter.to);
  if (filter.beforeId !== undefined) query.where('a.id', '<', filter.beforeId);
  const { rows, page } = await pageOfQuery<Record<string, unknown>>(
    db,
    query.orderBy('a.id', 'desc').select('a.*', 'u.username', 'u.display_name'),
    paging,
  );
  return { rows: rows.map(toAuditLogRow), page };
}
