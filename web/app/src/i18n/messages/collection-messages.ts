// Messages of the daily-report compliance grid and daily bulletins.
// The zh-CN object defines the keys; en is typed against it so both sets stay identical.

/** zh-CN messages of this feature. */
export const collectionZhCn = {
  'compliance.title': '每日报送情况',
} as const;

/** en messages of this feature. */
export const collectionEn: Record<keyof typeof collectionZhCn, string> = {
  'compliance.title': 'Daily reporting',
};
