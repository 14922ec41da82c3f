// The inbox filter survives a reload: kept per user in localStorage as the same query string a saved filter holds.
import { useCallback, useState } from 'react';
import { filterFromParams, filterToParams, paramsToQueryString, queryStringToParams, type InboxFilter } from './inbox-filter';

const storageKey = (userId: number) => `fugong.inbox.filter.${userId}`;

function read(userId: number): InboxFilter {
  try {
    return filterFromParams(queryStringToParams(window.localStorage.getItem(storageKey(userId)) ?? ''));
  } catch {
    // Storage may be disabled (private mode, policy): start from the default.
    return filterFromParams({});
  }
}

function write(userId: number, filter: InboxFilter): void {
  try {
    window.localStorage.setItem(storageKey(userId), paramsToQueryString(filterToParams(filter)));
  } catch {
    // Not being able to remember the filter is no reason to fail the page.
  }
}

/** The current inbox filter of `userId` and a setter that also remembers it. */
export function useInboxFilter(userId: number): [InboxFilter, (next: InboxFilter) => void] {
  const [filter, setFilter] = useState(() => read(userId));
  const update = useCallback(
    (next: InboxFilter) => {
      write(userId, next);
      setFilter(next);
    },
    [userId],
  );
  return [filter, update];
}
