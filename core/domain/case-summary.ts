// What a case is about, in the enterprise's own words: the text field of its submission that names the matter
// (a difficulty's description, a commendation's honour), so two cases of one form can be told apart in a list.

/** Field names that hold a submission's summary, most telling first. */
export const SUMMARY_FIELDS = ['summary', 'title', 'subject', 'honour'] as const;

const LIMIT = 60;

/** The submission's summary on one line, cut to about 60 characters; null when the form has no such field. */
export function caseSummary(data: Readonly<Record<string, unknown>> | null | undefined): string | null {
  if (!data) return null;
  for (const name of SUMMARY_FIELDS) {
    const value = data[name];
    if (typeof value !== 'string') continue;
    const line = value.replace(/\s+/g, ' ').trim();
    if (!line) continue;
    const chars = [...line];
    return chars.length > LIMIT ? `${chars.slice(0, LIMIT - 1).join('')}…` : line;
  }
  return null;
}
