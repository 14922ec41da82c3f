// Reads what the parameter editor's pickers offer, through the query cache (a change on the users, enterprises or
// robots pages reads it again): every user account and the units that place them, every enterprise, the registered
// robots. Each list is undefined until read; `failed` holds the first read that could not be done, to show with a retry.
import { useMemo } from 'react';
import { adminApi } from '../../../api/admin-api';
import { orgApi } from '../../../api/org-api';
import { MAX_PAGE } from '../../../api/paging';
import { queryKeys } from '../../../api/query-keys';
import { robotApi } from '../../../api/robot-api';
import { useApiData } from '../../../hooks/use-api-data';
import type { ParamsEditorContext } from './params-editor-context';
import { loadAllPages } from './pick-lists';

// The cached answers here are whole lists, unlike the pages other screens read under the same resource.
const EVERY_PAGE = 'params-picker';

/** The pickers' lists, and what went wrong reading them. */
export function usePickLists(): Pick<ParamsEditorContext, 'people' | 'enterprises' | 'robots'> & { failed: unknown; retry: () => void } {
  const users = useApiData(
    (signal) =>
      loadAllPages((page) => adminApi.users('', signal, page).then((answer) => ({ rows: answer.users, page: answer.page })), MAX_PAGE),
    [EVERY_PAGE],
    queryKeys.users,
  );
  const units = useApiData((signal) => orgApi.workingGroups(signal), [], queryKeys.workingGroups);
  const enterprises = useApiData(
    (signal) =>
      loadAllPages(
        (page) => orgApi.enterprises('', signal, false, page).then((answer) => ({ rows: answer.enterprises, page: answer.page })),
        MAX_PAGE,
      ),
    [EVERY_PAGE],
    queryKeys.enterprises,
  );
  const robots = useApiData((signal) => robotApi.list(signal), [], queryKeys.robots);
  const reads = [users, units, enterprises, robots];
  const people = useMemo(
    () => (users.data && units.data ? { users: users.data, units: units.data.workingGroups } : undefined),
    [users.data, units.data],
  );
  return {
    people,
    enterprises: enterprises.data,
    robots: robots.data?.robots,
    failed: reads.find((read) => read.error)?.error ?? null,
    retry: () => reads.filter((read) => read.error).forEach((read) => read.reload()),
  };
}
