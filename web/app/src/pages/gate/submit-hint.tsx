// The line beside the gate's submit button: what is still missing, where the officer's thumb is ("请先签名", "还需：
// 填写身份证号、填写姓名"), while the button waits for it, so a disabled button never stands there without saying why. On an
// untouched form it is a plain list (nothing is wrong yet); a warning once filling has started; red after a try to submit.
import type { Locale } from '#core/domain/locale';
import type { I18n } from '../../i18n/i18n-context';
import { useI18n } from '../../i18n/use-i18n';
import { punctuation } from '../../i18n/punctuation';
import type { MissingItem } from './missing-before-submit';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { gateZhCn } from '../../i18n/messages/gate-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(gateZhCn);

/** Props of SubmitHint. */
export interface SubmitHintProps {
  /** The element id the submit button names in aria-describedby. */
  id: string;
  missing: readonly MissingItem[];
  /** How strongly it speaks: `plain` before anything is entered, `warning` while filling, `error` after a try to submit. */
  tone?: SubmitHintTone;
}

/** The hint's emphasis, from an untouched form to a refused try. */
export type SubmitHintTone = 'plain' | 'warning' | 'error';

/** What the submit button waits for, as one sentence; null when it waits for nothing. */
function hintText(t: I18n['t'], locale: Locale, missing: readonly MissingItem[]): string | null {
  if (missing.length === 0) return null;
  const words = missing.map((item) =>
    item.key === 'steps' ? t('gate.missing.steps', { count: item.count }) : t(`gate.missing.${item.key}`),
  );
  const text =
    missing.length === 1
      ? t('gate.missingOne', { item: words[0]! })
      : t('gate.missingMany', { items: words.join(punctuation(locale).list) });
  // "{item} first" starts with the item's lower-case word in English.
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "请先签名" / "Sign first" for one thing, "还需：测体温、签名" / "Still to do: take the temperature, sign" for more. */
export function SubmitHint({ id, missing, tone = 'warning' }: SubmitHintProps) {
  const { t, locale } = useI18n();
  const text = hintText(t, locale, missing);
  if (text === null) return null;
  return (
    <p id={id} className={`gate-submit__hint gate-submit__hint--${tone}`} aria-live="polite">
      {text}
    </p>
  );
}
