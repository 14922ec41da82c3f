// The audit log as CSV for an IT team: the columns of the page in the reader's words (who, in which role, the action
// and its target by name, the change as the page's lines), instants in the server's zone, and the action code and
// request id beside them to match the logs. A BOM first, so Excel reads the Chinese as UTF-8; formula-like cells
// escaped, since the log holds what people typed (a failed sign-in's username).
import { ROLE_NAMES } from '#core/domain/glossary';
import type { Locale } from '#core/domain/locale';
import { spreadsheetTime, zoneCalled } from '#core/domain/spreadsheet-time';
import { spreadsheetCsv } from '#core/spreadsheet-csv';
import type { AuditLogRow } from '#core/stores/audit-store';
import { auditLogEn, auditLogZhCn } from '#web/app/src/i18n/messages/audit-log-messages';
import { orgAdminEn, orgAdminZhCn } from '#web/app/src/i18n/messages/org-admin-messages';

/** A row of the log with what the page shows beside it. */
export interface WordedAuditRow {
  row: AuditLogRow;
  /** The target's name, or its id as the API shows it when it has none. */
  target: string;
  /** The change in words (`described` of the page's answer). */
  described: string[];
}

// The page's own words for actions and targets (the app's catalogues, plain data), so the file reads as the page does.
const WORDS: Record<Locale, Record<string, string>> = {
  'zh-CN': { ...orgAdminZhCn, ...auditLogZhCn },
  en: { ...orgAdminEn, ...auditLogEn },
};

const HEADERS: Record<Locale, string[]> = {
  'zh-CN': ['操作人', '用户名', '角色', '操作', '对象类型', '对象', '变更内容', '操作代码', '请求编号'],
  en: ['Actor', 'Username', 'Role', 'Action', 'Target type', 'Target', 'Change', 'Action code', 'Request id'],
};

/** A target type in words, as the page names it. */
export function auditTargetWords(targetType: string, locale: Locale): string {
  const words = WORDS[locale];
  return words[`audit.target.${targetType}`] ?? words['audit.targetOther']!;
}

/** An action in words, as the page names it (web/app/src/pages/admin/audit-words.ts): never its code. */
export function auditActionWords(action: string, targetType: string, locale: Locale): string {
  const words = WORDS[locale];
  const known = words[`audit.action.${action}`];
  if (known) return known;
  const target = words[`audit.target.${targetType}`];
  return target ? words['audit.actionOn']!.replace('{target}', target) : words['audit.actionOther']!;
}

/** The CSV text, BOM first, one line per entry in the order given. */
export function auditCsv(entries: readonly WordedAuditRow[], locale: Locale, timeZone: string): string {
  const zone = zoneCalled(timeZone, locale);
  const headers = [locale === 'en' ? `Time (${zone})` : `时间（${zone}）`, ...HEADERS[locale]];
  const lines = entries.map(({ row, target, described }) => [
    spreadsheetTime(row.createdAt, timeZone),
    row.actor?.displayName ?? WORDS[locale]['audit.noActor']!,
    row.actor?.username ?? '',
    row.actorRole && row.actorRole in ROLE_NAMES ? ROLE_NAMES[row.actorRole as keyof typeof ROLE_NAMES][locale] : '',
    auditActionWords(row.action, row.targetType, locale),
    auditTargetWords(row.targetType, locale),
    target,
    described.join('\n'),
    row.action,
    row.requestId ?? '',
  ]);
  return spreadsheetCsv([headers, ...lines]);
}
