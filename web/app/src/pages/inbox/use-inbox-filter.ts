// The inbox filter survives a reload: kept per user in localStorage as the same query string a saved filter holds.
// Until the user chooses a tab, the inbox opens where their work arrives (defaultBox); a remembered choice wins.
import { useCallback, useState } from 'react';
import type { User } from '../../api/api-types';
import {
  defaultBox,
  filterFromParams,
  filterToParams,
  paramsToQueryString,
  queryStringToParams,
  type InboxBox,
  type InboxFilter,
} from './inbox-filter';

const storageKey = (userId: number) => `fugong.inbox.filter.${userId}`;

function read(userId: number, fallbackBox: InboxBox): InboxFilter {
  try {
    return filterFromParams(queryStringToParams(window.localStorage.getItem(storageKey(userId)) ?? ''), fallbackBox);
  } catch {
    // Storage may be disabled (private mode, policy): start from the default.
    return filterFromParams({}, fallbackBox);
  }
}

function write(userId: number, filter: InboxFilter): void {
  try {
    window.localStorage.setItem(storageKey(userId), paramsToQueryString(filterToParams(filter)));
  } catch {
    // Not being able to remember the filter is no reason to fail the page.
  }
}

/** The current inbox filter of `user` and a setter that also remembers it. */
export function useInboxFilter(user: Pick<User, 'id' | 'role'>): [InboxFilter, (next: InboxFilter) => void] {
  const userId = user.id;
  const [filter, setFilter] = useState(() => read(userId, defaultBox(user.role)));
  const update = useCallback(
    (next: InboxFilter) => {
      write(userId, next);
      setFilter(next);
    },
    [userId],
  );
  return [filter, update];
}
