// What the JSON Schema of a notification-preferences change cannot say: a role's fixed channel stays on, and each kind of
// notice on each channel, and each channel's quiet hours, is set once (twice, the last would win without a word).
import { AppError } from '#core/errors';
import { lockedChoice } from '#core/notify/notice-preferences';
import type { Role } from '#core/org/org-types';

/** A change as PUT /api/me/notification-preferences takes it. */
export type PreferenceChange = {
  choices?: { purposeClass: string; channel: string; enabled: boolean }[];
  quietHours?: { channel: string; hours: { start: string; end: string } | null }[];
};

type Detail = { path: string; message: string };

const REPEATS = {
  choices: {
    'zh-CN': (n: number) => `与第 ${n} 项重复：同一类通知的同一渠道只能设置一次`,
    en: (n: number) => `repeats item ${n}: set each kind of notice on each channel once`,
  },
  quietHours: {
    'zh-CN': (n: number) => `与第 ${n} 项重复：每个渠道的免打扰时段只能设置一次`,
    en: (n: number) => `repeats item ${n}: give each channel its quiet hours once`,
  },
};

/** Each entry of `list` whose `identity` an earlier entry has, at its own path, naming the earlier one (from 1). */
function repeats<T>(list: T[], identity: (entry: T) => string, field: keyof typeof REPEATS, en: boolean): Detail[] {
  const firstAt = new Map<string, number>();
  return list.flatMap((entry, index) => {
    const id = identity(entry);
    const first = firstAt.get(id);
    if (first === undefined) firstAt.set(id, index);
    return first === undefined ? [] : [{ path: `/${field}/${index}`, message: REPEATS[field][en ? 'en' : 'zh-CN'](first + 1) }];
  });
}

/** Refuses 422 a change that turns off a role's fixed channel (a cadre's email) or sets something twice, at each path. */
export function refuseBadChange(role: Role, change: PreferenceChange, en: boolean): void {
  const choices = change.choices ?? [];
  const locked = choices.flatMap((choice, index) =>
    !choice.enabled && lockedChoice(role, choice.channel)
      ? [{ path: `/choices/${index}/enabled`, message: en ? 'Cadres always receive email' : '包挂干部须始终接收邮件通知' }]
      : [],
  );
  const details = [
    ...locked,
    ...repeats(choices, (c) => `${c.purposeClass} ${c.channel}`, 'choices', en),
    ...repeats(change.quietHours ?? [], (q) => q.channel, 'quietHours', en),
  ];
  if (details.length)
    throw new AppError(422, 'invalid_body', { 'zh-CN': '提交的内容有误，请按提示修改', en: 'Some fields need attention' }, details);
}
