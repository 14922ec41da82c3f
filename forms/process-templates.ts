// What a new form starts from: the starter the admin picked in the "new" dialog (forms/starter-definitions.ts), made
// into a definition with the admin's key and titles.
import type { ProcessTypeOffer, StarterOffer } from '#core/api/form-admin-types';
import type { FormDefinition } from './form-definition';
import { PROCESS_TYPES } from './process-types';
import { defaultStarterOf, STARTERS } from './starter-definitions';

export type { ProcessTypeOffer, StarterOffer };

export function processTypeOffers(): ProcessTypeOffer[] {
  return Object.keys(PROCESS_TYPES).map((name) => {
    const starter = defaultStarterOf(name);
    return { name, starterParams: structuredClone(starter ? STARTERS[starter]!.params : {}) };
  });
}

/** Every starter, in the order the dialog lists them. */
export function starterOffers(): StarterOffer[] {
  return Object.entries(STARTERS).map(([name, starter]) => ({ name, processType: starter.processType }));
}

/** The name of the starter a request means: the one it names, else its process type's default; undefined if unknown. */
export function resolveStarter(starter: string | undefined, processType: string | undefined): string | undefined {
  if (starter) return Object.hasOwn(STARTERS, starter) ? starter : undefined;
  return processType ? defaultStarterOf(processType) : undefined;
}

/** The definition a new form starts as, from the starter `starterName`. */
export function starterDefinition(key: string, title: FormDefinition['title'], starterName: string): FormDefinition {
  const starter = STARTERS[starterName] ?? STARTERS[defaultStarterOf(starterName) ?? 'ladder']!;
  return {
    key,
    version: 1,
    title,
    description: { 'zh-CN': '', en: '' },
    audience: [...(starter.audience ?? ['enterprise'])],
    schema: structuredClone(starter.schema),
    uiSchema: structuredClone(starter.uiSchema),
    i18n: { en: { ...starter.en } },
    process: { processType: starter.processType, params: structuredClone(starter.params) },
  };
}
