// The language scan's rules (test/helpers/language-scan.ts) applied to one journey page in both languages.
import type { Page } from 'playwright-core';
import { switchLanguage } from './browser';
import { knownValues, languageProblems, seenTexts } from './language-scan';

/** What the language scan's rules find on the page in each language, as `[locale] rule: text` lines; `userData` are
 * the words the journey itself typed (titles, keys, names), which may be in either language. Ends in zh-CN. */
export async function languageFindings(page: Page, userData: string[]): Promise<string[]> {
  const findings: string[] = [];
  for (const locale of ['en', 'zh-CN'] as const) {
    await switchLanguage(page, locale);
    const problems = languageProblems(await seenTexts(page), locale, { userData, values: knownValues() });
    findings.push(...problems.map((problem) => `[${locale}] ${problem.rule}: ${problem.text}`));
  }
  return findings;
}
