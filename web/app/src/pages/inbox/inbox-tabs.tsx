// The three inbox tabs as a group of toggle buttons: assigned to me, my groups, done.
import { useI18n } from '../../i18n/use-i18n';
import type { InboxBox } from './inbox-filter';

const BOXES: readonly InboxBox[] = ['mine', 'groups', 'done'];

/** Props of InboxTabs. */
export interface InboxTabsProps {
  box: InboxBox;
  onChange: (box: InboxBox) => void;
}

/** Buttons that switch the tab; the pressed one is the current tab. */
export function InboxTabs({ box, onChange }: InboxTabsProps) {
  const { t } = useI18n();
  return (
    <div className="inbox-tabs" role="group" aria-label={t('inbox.tabs')}>
      {BOXES.map((name) => (
        <button key={name} type="button" className="button button--quiet" aria-pressed={name === box} onClick={() => onChange(name)}>
          {t(`inbox.tab.${name}`)}
        </button>
      ))}
    </div>
  );
}
