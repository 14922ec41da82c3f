// The ladder's timeline events (workflows/ladder-workflow.ts) as sentences with their details: who returned what and
// why, the resolution, the reason for reopening, where a breach escalated — in the case's process's own words where it
// has them (an inspection passed on is 核查通过，已报送下一级核查, not 上报上一级).
import type { TimelineEvent } from '../../api/api-types';
import type { I18n } from '../../i18n/i18n-context';
import { isMessageKey } from '../../i18n/is-message-key';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { caseViewZhCn } from '../../i18n/messages/case-messages';
import { ownEnding } from '../inbox/own-ending';

// The case's and the calendar's words load with the pages that show them, not with the first scripts.
addZhCnMessages(caseViewZhCn);

type T = I18n['t'];

/** The title of a ladder rung such as `cadre`: the definition's own (`titles`, from the server), else this build's
 * dictionary, else a neutral word — never the rung's engine name. */
export function stageTitle(t: T, stage: unknown, titles?: Record<string, string>): string {
  const name = String(stage ?? '');
  if (titles?.[name]) return titles[name];
  const key = `case.stage.${name}`;
  if (isMessageKey(key)) return t(key);
  return name ? t('case.stage.other') : '';
}

/** The localized word for a resolution's outcome (`solved-on-site`, `coordinated`). */
export function outcomeLabel(t: T, outcome: unknown): string {
  const key = `case.outcome.${String(outcome ?? '')}`;
  return isMessageKey(key) ? t(key) : String(outcome ?? '');
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** A sentence for a `ladder.*` event, or undefined for any other kind; a decision whose status the case's process words
 * its own way (`statusWords`: an inspection's pass, return or failure) says that status, with the body's opinion. */
export function caseEventText(
  t: T,
  event: TimelineEvent,
  titles?: Record<string, string>,
  statusWords?: Record<string, string>,
): string | undefined {
  if (!event.kind.startsWith('ladder.')) return undefined;
  const d = event.detail;
  const stage = stageTitle(t, d.stage, titles);
  const own = ownEnding(event.kind.slice('ladder.'.length), statusWords);
  if (own !== undefined) return t('event.ladder.own', { stage, result: own, note: text(d.note) || text(d.findings) || '—' });
  if (event.kind === 'ladder.sla-breached') {
    if (d.staysOpen) return t('event.ladder.sla-breached.stays-open', { stage });
    return d.escalatesTo
      ? t('event.ladder.sla-breached.escalates', { stage, next: stageTitle(t, d.escalatesTo, titles) })
      : t('event.ladder.sla-breached.expires', { stage });
  }
  const key = `event.${event.kind}`;
  if (!isMessageKey(key)) return undefined;
  return t(key, {
    stage,
    note: text(d.note) || '—',
    text: text(d.text),
    reason: text(d.reason) || '—',
    resolution: text(d.resolution) || text(d.note) || '—',
    outcome: outcomeLabel(t, d.outcome) || '—',
  });
}
