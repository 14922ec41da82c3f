// Messages of the gate check, quarantine follow-up and site register.
// The zh-CN object defines the keys; en is typed against it so both sets stay identical.

/** zh-CN messages of this feature. */
export const gateZhCn = {
  'gate.title': '门岗检查',
} as const;

/** en messages of this feature. */
export const gateEn: Record<keyof typeof gateZhCn, string> = {
  'gate.title': 'Gate check',
};
