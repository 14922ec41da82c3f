// The lists the pickers offer, worded for the reader: a person by name with their role and enterprise or unit, an enterprise by name
// with its type, a robot by name with its channel. Deactivated people and switched-off robots are not offered (publish
// refuses them) but still name a stored value. Also: reading every page of a list the API pages.
import { ENTERPRISE_TYPE_NAMES, ROLE_NAMES } from '#core/domain/glossary';
import type { Locale } from '#core/domain/locale';
import type { Page } from '#core/api/paging-types';
import type { PickableEnterprise, PickablePeople, PickableRobot } from './params-editor-context';
import type { PickChoice } from './pick-choices';

/** Offered choices and those that only name a stored value. */
export interface ChoiceLists<V extends string | number, C extends PickChoice<V> = PickChoice<V>> {
  offered: C[];
  retired: C[];
}

/** A person as the people picker offers them; `role` narrows the list to an alert's role. */
export type PersonChoice = PickChoice<number> & { role: PickablePeople['users'][number]['role'] };

function split<T extends { active: boolean }, C>(items: readonly T[], choice: (item: T) => C): { offered: C[]; retired: C[] } {
  return { offered: items.filter((item) => item.active).map(choice), retired: items.filter((item) => !item.active).map(choice) };
}

/** The people, each named with their role and the enterprise or unit they belong to. */
export function personChoices({ users, units }: PickablePeople, locale: Locale): ChoiceLists<number, PersonChoice> {
  const unitNames = new Map(units.map((unit) => [unit.id, unit.name[locale]]));
  return split(users, (user) => {
    const unit = user.enterpriseName ?? (user.workingGroupId === null ? undefined : unitNames.get(user.workingGroupId));
    const person = { value: user.id, label: user.displayName, role: user.role, detail: ROLE_NAMES[user.role][locale] };
    // HQ and admins belong to no enterprise or unit.
    return unit ? { ...person, owner: unit } : person;
  });
}

/** The enterprises, each with its type. */
export function enterpriseChoices(enterprises: readonly PickableEnterprise[], locale: Locale): PickChoice<number>[] {
  return enterprises.map((enterprise) => ({
    value: enterprise.id,
    label: enterprise.name,
    detail: ENTERPRISE_TYPE_NAMES[enterprise.type][locale],
  }));
}

/** The robots, each with its channel's name (`channelName`). */
export function robotChoices(
  robots: readonly PickableRobot[],
  channelName: (channel: PickableRobot['channel']) => string,
): ChoiceLists<string> {
  return split(robots, (robot) => ({ value: robot.key, label: robot.name, detail: channelName(robot.channel) }));
}

/** Every row of a paged list, read `size` rows at a time until the list's total is reached. */
export async function loadAllPages<T>(
  loadPage: (page: { limit: number; offset: number }) => Promise<{ rows: T[]; page: Page }>,
  size: number,
): Promise<T[]> {
  const rows: T[] = [];
  for (;;) {
    const answer = await loadPage({ limit: size, offset: rows.length });
    rows.push(...answer.rows);
    if (answer.rows.length === 0 || rows.length >= answer.page.total) return rows;
  }
}
