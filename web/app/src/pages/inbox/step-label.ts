// Tasks carry a step key (admin-named, e.g. "cadre") and a localized title "<form> · <stage>" built by the ladder. A
// step outside a ladder (a gate check's fever referral, the review of an offline gate decision) has a title that says
// the case, not the step: its words come from the message catalogue.
import type { I18n } from '../../i18n/i18n-context';
import { isMessageKey } from '../../i18n/is-message-key';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { inboxZhCn } from '../../i18n/messages/inbox-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(inboxZhCn);

/** The step's name: the catalogue's words for a step it names, else the stage's own title, taken from the task title
 * after its last " · ", else the step key. */
export function stepLabel(t: I18n['t'], title: string, step: string): string {
  const key = `taskStep.${step}`;
  if (isMessageKey(key)) return t(key);
  const at = title.lastIndexOf(' · ');
  return at >= 0 && at + 3 < title.length ? title.slice(at + 3) : step;
}
