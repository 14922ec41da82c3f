// The system status page in a real browser (chromium), at a desk and on a phone: its four parts (versions, the workflow
// engine, the outbox, backups) are set apart, each a card with room above its heading, instead of one heading
// sitting on the last line of the list before it.
import { describe, expect, it } from 'vitest';
import { bareAppWithBrowser, DESK, journeyChromium, signIn, switchLanguage } from '../helpers/browser';
import { screenshot } from '../helpers/screenshots';

const executable = journeyChromium();

describe.skipIf(!executable)('the system status page (chromium)', () => {
  const suite = bareAppWithBrowser(executable, { pages: true });

  it.each([
    ['desk', DESK],
    ['phone', { width: 390, height: 844 }],
  ] as const)('sets each part apart with room above its heading (%s)', async (_name, viewport) => {
    const page = await suite.browser.newPage({ viewport });
    await signIn(page, suite.system.baseUrl, 'admin');
    await page.goto(`${suite.system.baseUrl}/#/admin/system`);
    for (const locale of ['zh-CN', 'en'] as const) {
      await switchLanguage(page, locale);
      const parts = page.locator('main section[aria-labelledby^="system-"]');
      await parts.nth(3).waitFor();
      // Between one part's last line and the next part's heading: a card's edge and margin, not the 0 px of before.
      const gaps = await parts.evaluateAll((sections) =>
        sections.slice(1).map((section) => {
          const heading = section.querySelector('h2')!.getBoundingClientRect().top;
          const before = section.previousElementSibling!.getBoundingClientRect().bottom;
          return Math.round(heading - before);
        }),
      );
      expect(gaps).toHaveLength(3);
      for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(24);
      await screenshot(page, { journey: 'system-status', page: 'parts' });
    }
    await page.close();
  });
});
