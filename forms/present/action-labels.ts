// The words of a rung's actions when its definition names them (`params.stages[].actionLabels`): an inspection body's
// 上报 is a pass ("核查通过，报送下一级核查"), its 批准 clears the project to resume. Actions it does not name keep the
// usual words (decision-form.ts ACTION_WORDS), which the app has in its dictionary.
import type { TaskAction } from '#core/domain/human-task';
import type { Locale, LocalizedText } from '#core/domain/locale';

interface StageWords {
  name?: unknown;
  actionLabels?: Partial<Record<TaskAction, LocalizedText>>;
}

/** The labels the rung `step` of a ladder's `params` gives its actions, in `locale`; empty when it gives none. */
export function stageActionLabels(params: unknown, step: string, locale: Locale): Partial<Record<TaskAction, string>> {
  const stages = (params as { stages?: unknown } | null | undefined)?.stages;
  if (!Array.isArray(stages)) return {};
  const stage = (stages as StageWords[]).find((s) => s && s.name === step);
  const labels = stage?.actionLabels;
  if (!labels || typeof labels !== 'object') return {};
  const words: Partial<Record<TaskAction, string>> = {};
  for (const [action, text] of Object.entries(labels) as [TaskAction, LocalizedText][]) {
    const word = text?.[locale] ?? text?.['zh-CN'];
    if (typeof word === 'string' && word) words[action] = word;
  }
  return words;
}
