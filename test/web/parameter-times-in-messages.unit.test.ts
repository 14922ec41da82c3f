// The app's own words never state a time that a process parameter sets (the daily report's deadline, its reminders,
// the check-ins of a quarantine or of the site rounds): an admin changes those in the form editor, and a fixed "17:00"
// in a page's text would then lie. Where the time matters it is read from the definition (its guidance names the
// parameter, forms/param-text.ts; the site register reads the check-in times).
import { describe, expect, it } from 'vitest';
import { readShippedForms } from '#forms/shipped-forms';
import { DICTIONARIES } from '#web/app/src/i18n/dictionaries';

const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
// How a time is typed, not when something happens.
const FORMAT_EXAMPLES = new Set(['rules.valueHint']);

/** Every time of day the shipped definitions' parameters set, at any depth. */
function parameterTimes(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string' && LOCAL_TIME.test(value)) into.add(value);
  else if (Array.isArray(value)) for (const item of value) parameterTimes(item, into);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) parameterTimes(item, into);
  return into;
}

describe('times that process parameters set, in the app’s words', () => {
  const times = parameterTimes(readShippedForms().map((form) => form.process.params));

  it('knows the shipped times it looks for', () => {
    expect([...times]).toEqual(expect.arrayContaining(['17:00', '15:00', '08:00', '16:00', '18:00']));
  });

  it.each(['zh-CN', 'en'] as const)('states none of them as fixed text (%s)', (locale) => {
    const stating = Object.entries(DICTIONARIES[locale])
      .filter(([key]) => !FORMAT_EXAMPLES.has(key))
      .filter(([, text]) => [...times].some((time) => text.includes(time)))
      .map(([key, text]) => `${key}: ${text}`);
    expect(stating).toEqual([]);
  });
});
