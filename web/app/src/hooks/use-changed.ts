// What an action calls once it has changed server state: it names the resources it changed, and every query reading
// them (this page's and any other shown, such as the navigation or a side panel) is read again.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { invalidate, type Resource } from '../api/query-keys';

/** Returns `changed(...resources)`, which invalidates the queries made of those resources (and resolves once the shown
 * ones have been read again). */
export function useChanged(): (...resources: Resource[]) => Promise<void> {
  const client = useQueryClient();
  return useCallback((...resources: Resource[]) => invalidate(client, resources), [client]);
}
