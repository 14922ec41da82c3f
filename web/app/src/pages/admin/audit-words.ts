// The audit log in words: an action and a target type as a person reads them (what a summary recorded comes worded
// from the server, as `described`). The stored codes stay in the API (and in the entry's tooltip) for IT; the page
// never shows them as its own text.
import { CASE_NUMBER_PATTERN } from '#core/domain/case-number';
import { isMessageKey } from '../../i18n/is-message-key';
import type { MessageParams } from '../../i18n/translate';
import type { MessageKey } from '../../i18n/zh-cn-messages';

/** The page's translate function. */
type Translate = (key: MessageKey, params?: MessageParams) => string;

/** What the log calls a target type: its word, or "other record" for a type this build does not know. */
export function auditTargetLabel(t: Translate, targetType: string): string {
  const key = `audit.target.${targetType}`;
  return isMessageKey(key) ? t(key) : t('audit.targetOther');
}

/** What the log calls an action: its word; an action this build does not know is named by what it acted on
 * ("用户相关操作"), or as "other action" when that is unknown too — never by its code. */
export function auditActionLabel(t: Translate, action: string, targetType: string): string {
  const key = `audit.action.${action}`;
  if (isMessageKey(key)) return t(key);
  return isMessageKey(`audit.target.${targetType}`)
    ? t('audit.actionOn', { target: auditTargetLabel(t, targetType) })
    : t('audit.actionOther');
}

/** Targets the log names by their case number (core/stores/audit-target-names.ts). */
const CASE_TARGETS = new Set(['submission', 'task', 'gate_check', 'quarantine', 'monitoring_subject']);

/** The case number an entry's target links to, or null: a gate check refused at the gate has no case, and is named by
 * its site, worker and time instead, which is no page's address. */
export function auditCaseLink(entry: { targetType: string; targetName: string | null }): string | null {
  if (!CASE_TARGETS.has(entry.targetType) || !entry.targetName) return null;
  return CASE_NUMBER_PATTERN.test(entry.targetName) ? entry.targetName : null;
}
