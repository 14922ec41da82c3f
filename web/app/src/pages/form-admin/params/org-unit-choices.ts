// The organisation units a parameter may name, in the reader's language: the working groups and the inspection bodies
// (P2). The rung's actor and an overdue alert's unit offer the same list.
import type { Locale } from '#core/domain/locale';
import { INSPECTION_BODIES } from '#core/org/inspection-bodies';
import { WORKING_GROUPS } from '#core/org/org-types';

/** One unit: its key as the params store it, and its name. */
export interface OrgUnitChoice {
  key: string;
  name: string;
}

/** The working groups and the inspection bodies, each named in `locale`. */
export function orgUnitChoices(locale: Locale): { groups: OrgUnitChoice[]; bodies: OrgUnitChoice[] } {
  const named = (unit: { key: string; nameZh: string; nameEn: string }) => ({
    key: unit.key,
    name: locale === 'en' ? unit.nameEn : unit.nameZh,
  });
  return { groups: WORKING_GROUPS.map(named), bodies: INSPECTION_BODIES.map(named) };
}
