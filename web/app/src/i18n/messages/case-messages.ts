// Messages of the enterprise side of a reported case and the working-day calendar.
// The zh-CN object defines the keys; en is typed against it so both sets stay identical.

/** zh-CN messages of this feature. */
export const caseViewZhCn = {
  'case.title': '办理进展',
} as const;

/** en messages of this feature. */
export const caseViewEn: Record<keyof typeof caseViewZhCn, string> = {
  'case.title': 'Progress',
};
