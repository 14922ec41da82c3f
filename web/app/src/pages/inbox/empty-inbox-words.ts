// What an unfiltered empty tab says, and the button that leads on from it. Headquarters is not a working group: its
// tasks are offered to its role, so its group tab and the way there speak of headquarters.
import type { Role } from '#core/org/org-types';
import type { InboxBox } from './inbox-filter';

/** The message keys of an empty tab: its line, and the button's label with the tab it opens (null for none). */
export interface EmptyInboxWords {
  message: 'inboxList.empty.mine' | 'inboxList.empty.groups' | 'inboxList.empty.groupsHq' | 'inboxList.empty.done';
  action: { label: 'inboxList.empty.mineAction' | 'inboxList.empty.mineActionHq' | 'inboxList.empty.doneAction'; box: InboxBox } | null;
}

/** The words of `box` when it is empty for a user with `role`. */
export function emptyInboxWords(box: InboxBox, role: Role): EmptyInboxWords {
  const hq = role === 'hq';
  if (box === 'mine')
    return {
      message: 'inboxList.empty.mine',
      action: { label: hq ? 'inboxList.empty.mineActionHq' : 'inboxList.empty.mineAction', box: 'groups' },
    };
  if (box === 'done') return { message: 'inboxList.empty.done', action: { label: 'inboxList.empty.doneAction', box: 'mine' } };
  return { message: hq ? 'inboxList.empty.groupsHq' : 'inboxList.empty.groups', action: null };
}
