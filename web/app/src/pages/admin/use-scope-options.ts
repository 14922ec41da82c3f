// The choices behind a user's scope: every enterprise, working group and project, as select options.
import { useMemo } from 'react';
import { orgApi } from '../../api/org-api';
import type { SelectOption } from '../../components/select-field';
import { useApiData } from '../../hooks/use-api-data';
import { queryKeys } from '../../api/query-keys';
import { useI18n } from '../../i18n/use-i18n';

/** Options for the three scope pickers, name lookups for the users table, and the load state. */
export interface ScopeOptions {
  enterprises: SelectOption[];
  workingGroups: SelectOption[];
  projects: SelectOption[];
  label: (kind: 'workingGroup' | 'project', id: number | null) => string | undefined;
  error: unknown;
  reload: () => void;
}

/** Loads enterprises, working groups and projects once per page. */
export function useScopeOptions(): ScopeOptions {
  const { pick } = useI18n();
  const { data, error, reload } = useApiData(
    (signal) => Promise.all([orgApi.enterprises('', signal), orgApi.workingGroups(signal), orgApi.projects(undefined, signal)]),
    [],
    queryKeys.scopeOptions,
  );
  return useMemo(() => {
    const [enterprises, groups, projects] = data ?? [];
    const workingGroups = (groups?.workingGroups ?? []).map((group) => ({ value: String(group.id), label: pick(group.name) }));
    const projectOptions = (projects?.projects ?? []).map((project) => ({
      value: String(project.id),
      label: `${project.name} · ${project.enterpriseName ?? ''}`,
    }));
    const byKind = { workingGroup: workingGroups, project: projectOptions };
    return {
      enterprises: (enterprises?.enterprises ?? []).map((enterprise) => ({
        value: String(enterprise.id),
        label: `${enterprise.name} · ${enterprise.creditCode}`,
      })),
      workingGroups,
      projects: projectOptions,
      label: (kind, id) => (id === null ? undefined : byKind[kind].find((option) => option.value === String(id))?.label),
      error,
      reload,
    };
  }, [data, error, reload, pick]);
}
