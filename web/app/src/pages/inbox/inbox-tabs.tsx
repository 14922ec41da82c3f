// The inbox tabs as one group of toggle buttons: assigned to me, my groups, done, then each saved filter — a saved
// filter is a tab of its own, pressed while the inbox shows exactly what it holds.
import type { SavedFilter } from '../../api/inbox-types';
import { useI18n } from '../../i18n/use-i18n';
import { filterFromParams, filterToParams, paramsToQueryString, type InboxBox, type InboxFilter } from './inbox-filter';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { inboxZhCn } from '../../i18n/messages/inbox-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(inboxZhCn);

const BOXES: readonly InboxBox[] = ['mine', 'groups', 'done'];

/** Props of InboxTabs. */
export interface InboxTabsProps {
  filter: InboxFilter;
  saved: readonly SavedFilter[];
  onBox: (box: InboxBox) => void;
  onApply: (filter: InboxFilter) => void;
}

const same = (a: InboxFilter, b: InboxFilter) => paramsToQueryString(filterToParams(a)) === paramsToQueryString(filterToParams(b));

/** Buttons that switch the tab; the pressed one is what the list shows. */
export function InboxTabs({ filter, saved, onBox, onApply }: InboxTabsProps) {
  const { t } = useI18n();
  const savedTabs = saved.map((entry) => ({ entry, filter: filterFromParams(entry.query) }));
  const savedPressed = savedTabs.find((tab) => same(tab.filter, filter));
  return (
    <div className="inbox-tabs" role="group" aria-label={t('inbox.tabs')}>
      {BOXES.map((name) => (
        <button
          key={name}
          type="button"
          className="button button--quiet"
          aria-pressed={!savedPressed && name === filter.box}
          onClick={() => onBox(name)}
        >
          {t(`inbox.tab.${name}`)}
        </button>
      ))}
      {savedTabs.map((tab) => (
        <button
          key={tab.entry.id}
          type="button"
          className="button button--quiet inbox-tabs__saved"
          aria-pressed={tab === savedPressed}
          onClick={() => onApply(tab.filter)}
        >
          {tab.entry.name}
        </button>
      ))}
    </div>
  );
}
