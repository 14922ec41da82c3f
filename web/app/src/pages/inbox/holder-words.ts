// Who a task is offered to, in words: its assignee, else its role and, when offered to one unit, that unit. An
// inspection body's task names the body alone ("镇（街道）检查组（任一成员）"): its members hold the service class's
// role in the data, but they inspect, and calling them the class would be untrue.
import type { OfferedGroup } from '#core/org/org-types';
import type { I18n } from '../../i18n/i18n-context';
import { isMessageKey } from '../../i18n/is-message-key';

/** The unit a task is offered to, as the working-group list names it. */
export interface OfferedUnit {
  name: string;
  /** An inspection body of the readiness inspection rather than a working group of the service class. */
  inspection: boolean;
}

/** The unit a task was offered to in the reader's language, from the name and kind the server sends with the task. */
export function unitOf(pick: I18n['pick'], group: OfferedGroup | null): OfferedUnit | undefined {
  return group ? { name: pick(group.name), inspection: group.kind === 'inspection' } : undefined;
}

/** What a task that waits for any member of a role or unit shows as its holder. */
export function offeredTo(t: I18n['t'], candidateRole: string | null, unit: OfferedUnit | undefined): string {
  if (unit?.inspection) return t('task.candidateBody', { group: unit.name });
  const key = `role.${candidateRole ?? ''}`;
  const role = isMessageKey(key) ? t(key) : (candidateRole ?? '');
  return unit ? t('task.candidateGroup', { role, group: unit.name }) : t('task.candidateRole', { role });
}

/** Who opened a step was for, as the timeline says it ("企业服务专班 · 原材料供应组", "镇（街道）检查组"). */
export function openedFor(t: I18n['t'], candidateRole: string | null, unit: OfferedUnit | undefined): string {
  if (unit?.inspection) return unit.name;
  const key = `role.${candidateRole ?? ''}`;
  const role = isMessageKey(key) ? t(key) : (candidateRole ?? '');
  return unit ? `${role} · ${unit.name}` : role;
}
