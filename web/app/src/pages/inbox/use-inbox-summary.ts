// Reads the home card's figures (inbox-summary.ts) and keeps them current as the inbox list is: every 30 s while the
// page is visible, and at once when the reader comes back to the tab.
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { inboxApi } from '../../api/inbox-api';
import { queryKeys } from '../../api/query-keys';
import { worthRetrying } from '../../api/worth-retrying';
import { SUMMARY_QUERIES, summarizeInbox, type InboxSummary, type TaskListAnswer } from './inbox-summary';
import { INBOX_POLL_MS } from './use-inbox-list';

/** The card's state. */
export interface InboxSummaryData {
  summary: InboxSummary | undefined;
  error: unknown;
  /** When the shown figures were read (for overdue marking). */
  readAt: number;
  reload: () => void;
}

async function readSummary(signal: AbortSignal): Promise<InboxSummary> {
  const entries = await Promise.all(
    Object.entries(SUMMARY_QUERIES).map(async ([name, query]) => [name, await inboxApi.tasks(query, signal)] as const),
  );
  return summarizeInbox(Object.fromEntries(entries) as Record<keyof typeof SUMMARY_QUERIES, TaskListAnswer>);
}

/** The reader's open work in figures, kept current. */
export function useInboxSummary(): InboxSummaryData {
  const query = useQuery({
    queryKey: queryKeys.taskSummary,
    queryFn: ({ signal }) => readSummary(signal),
    refetchInterval: (current) => (current.state.status === 'error' && !worthRetrying(current.state.error) ? false : INBOX_POLL_MS),
    refetchOnWindowFocus: true,
  });
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);
  return { summary: query.data, error: query.error ?? null, readAt: query.dataUpdatedAt, reload };
}
