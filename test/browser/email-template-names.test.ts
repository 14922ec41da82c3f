// The email templates page names each template as the form editor's process settings do when an admin picks one
// (受理回执 / Receipt), with what it is for below it, in each language; the system's keys (submission-received) are not
// shown, and a template an administrator created goes by the name they gave it.
import { beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '#scripts/kit/http-session';
import { bareAppWithBrowser, DESK, journeyChromium, signIn, switchLanguage } from '../helpers/browser';
import { screenshot } from '../helpers/screenshots';

const executable = journeyChromium();

describe.skipIf(!executable)('the email templates list (chromium)', () => {
  const suite = bareAppWithBrowser(executable, { pages: true });

  beforeAll(async () => {
    const admin = await signedIn(suite.system.baseUrl, 'admin');
    const made = await admin.request('POST', '/api/admin/email-templates', { name: 'receipt-night-shift', purpose: 'submission-received' });
    if (made.status >= 300) throw new Error(`create: ${made.status} ${JSON.stringify(made.body)}`);
  });

  it('names the templates by their short names, not their keys, in zh-CN and en', async () => {
    const page = await suite.browser.newPage({ viewport: DESK });
    await signIn(page, suite.system.baseUrl, 'admin');
    await page.goto(`${suite.system.baseUrl}/#/admin/email-templates`);
    const receipt = page.getByRole('rowheader', { name: /^受理回执/ });
    await receipt.waitFor();
    expect(await receipt.innerText()).toContain('企业提交表单后的回执');
    const heads = await page.getByRole('rowheader').allInnerTexts();
    expect(heads.join('\n')).not.toMatch(/\b(submission-received|case-update|task-assigned)\b/);
    expect(heads.some((head) => head.startsWith('receipt-night-shift'))).toBe(true);
    await screenshot(page, { journey: 'email-templates', page: 'list' });
    await switchLanguage(page, 'en');
    await page.getByRole('rowheader', { name: /^Receipt/ }).waitFor();
    expect((await page.getByRole('rowheader').allInnerTexts()).join('\n')).not.toMatch(/\b(submission-received|case-update)\b/);
    await page.close();
  });
});
