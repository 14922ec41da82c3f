// The statuses a process words its own way: a readiness inspection (P2) that fails reads 不予通过, as its button says,
// where a difficulty report reads the glossary's 不予受理 (and one passed on reads 核查通过，已报送下一级核查, not 已上报).
// Read by the case words of lists, case pages and exports (forms/present/case-words.ts) and by the dashboard's cases of
// other processes, so both say the same.
import { INSPECTION_STATUS_NAMES } from './glossary';
import type { LocalizedText } from './locale';

/** The part of a form's process binding this module reads. */
export interface StatusProcess {
  processType: string;
  params: Record<string, unknown>;
}

/** True for an inspection (P2's readiness check): a ladder whose rungs are inspection bodies, not cadres or groups. */
export function isInspection(process: StatusProcess | null): boolean {
  if (process?.processType !== 'ladder') return false;
  const stages: unknown = process.params.stages;
  return (
    Array.isArray(stages) &&
    stages.some((stage: { actor?: unknown } | null) => typeof stage?.actor === 'object' && stage.actor !== null && 'body' in stage.actor)
  );
}

/** The statuses `process` words its own way, by status; the glossary's STATUS_NAMES for the rest. */
export function ownStatusNames(process: StatusProcess | null): Partial<Record<string, LocalizedText>> {
  return isInspection(process) ? INSPECTION_STATUS_NAMES : {};
}
