// The rungs of a ladder as a parameter that names one offers them (the rung that reviews an objection): by their titles
// in the reader's language from the same params' `stages`, the stored key kept, marked, when no rung has it.
import type { Locale } from '#core/domain/locale';

/** One rung to pick: its key (what the params store), its title and its place on the ladder (1 for the first); no
 * place when no rung has the key. */
export interface RungOption {
  value: string;
  label: string;
  position?: number;
}

/** The rungs of `params.stages` in order, each titled in `locale` (its key when untitled), and `current` when missing. */
export function rungOptions(params: unknown, locale: Locale, current: string | undefined): RungOption[] {
  const stages = (params as { stages?: unknown } | undefined)?.stages;
  const rungs = (Array.isArray(stages) ? stages : []).flatMap((stage, index): RungOption[] => {
    const { name, title } = (stage ?? {}) as { name?: unknown; title?: Record<string, unknown> };
    if (typeof name !== 'string' || name === '') return [];
    const words = title?.[locale];
    return [{ value: name, label: typeof words === 'string' && words.trim() !== '' ? words : name, position: index + 1 }];
  });
  if (!current || rungs.some((rung) => rung.value === current)) return rungs;
  return [{ value: current, label: current }, ...rungs];
}
