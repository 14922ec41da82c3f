// Keeps the inbox list current without a reload: the shown list is read again every 30 s while the tab is visible and
// at once when it becomes visible again (paused while hidden, as the task page's polling is). A re-read replaces the
// rows in place, so the reader's filter, scroll position and focus stay, and no loading state flashes; what it brought
// is counted for a polite note.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { inboxApi } from '../../api/inbox-api';
import type { Task } from '../../api/inbox-types';
import type { Page } from '../../api/paging';
import { queryKeys } from '../../api/query-keys';
import { worthRetrying } from '../../api/worth-retrying';
import { arrivedCount, listRead, type ListRead } from './arrived-tasks';

/** How often the shown list is read again while the page is visible. */
export const INBOX_POLL_MS = 30_000;

/** What the inbox page shows of its list. */
export interface InboxList {
  data: { tasks: Task[]; page: Page } | undefined;
  error: unknown;
  /** True while a new list (the first, another filter or page) is read; never for the quiet re-reads. */
  loading: boolean;
  /** True while a refresh the reader asked for runs. */
  refreshing: boolean;
  /** When the shown answer arrived. */
  readAt: number;
  /** How many tasks the last re-read of the same list brought that it did not show before. */
  arrived: number;
  refresh: () => void;
}

interface News {
  at: number;
  read: ListRead | null;
  arrived: number;
}

/** The page at `offset` of the inbox list `query` (see inbox-filter.ts), kept current. */
export function useInboxList(query: string, offset: number): InboxList {
  const result = useQuery({
    queryKey: [...queryKeys.tasks, query, offset],
    queryFn: ({ signal }) => inboxApi.tasks(query, signal, offset),
    // Another filter keeps the previous rows on screen until the new ones arrive.
    placeholderData: keepPreviousData,
    // A refusal (forbidden, signed out) does not change by asking again; network trouble may pass.
    refetchInterval: (current) => (current.state.status === 'error' && !worthRetrying(current.state.error) ? false : INBOX_POLL_MS),
    // The app reads nothing again on focus by default; a cadre coming back to this tab wants the new work at once.
    refetchOnWindowFocus: true,
  });
  const { data, dataUpdatedAt, isPlaceholderData, isPending, isFetching, error, refetch } = result;

  // Adjusted while rendering (not in an effect), so the note and the rows it speaks of appear together.
  const [news, setNews] = useState<News>({ at: 0, read: null, arrived: 0 });
  if (data && !isPlaceholderData && dataUpdatedAt !== news.at) {
    const read = listRead(`${query}&offset=${offset}`, data.tasks);
    setNews({ at: dataUpdatedAt, read, arrived: arrivedCount(news.read, read) });
  }

  const [refreshing, setRefreshing] = useState(false);
  const refresh = useCallback(() => {
    setRefreshing(true);
    void refetch().finally(() => setRefreshing(false));
  }, [refetch]);

  const loading = isPending || (isFetching && isPlaceholderData);
  return {
    data,
    error: loading ? null : (error ?? null),
    loading,
    refreshing,
    readAt: news.at || dataUpdatedAt,
    arrived: news.arrived,
    refresh,
  };
}
