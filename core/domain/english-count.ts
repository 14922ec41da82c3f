// A number and its unit in English, singular for one: "1 minute", "15 minutes", never "15 minute(s)".

/** `count` and `unit`, the unit taking an -s unless the count is 1. */
export function englishCount(count: number, unit: 'minute' | 'hour' | 'second' | 'day'): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}
