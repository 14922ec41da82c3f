// In a real browser against a system with `npm start`'s forms and demo data: an enterprise fills the liaison form (a mistake first,
// then a number pasted with direction marks), follows its submission to "received" with the receipt email, reads the
// page in English; an admin finds the email.
import { describe, expect, it } from 'vitest';
import { journeyChromium, useBrowserJourney, SCREENSHOTS } from '../helpers/browser';
import { startJourneySystem } from '../helpers/running-system';
import { fullPageShot } from '../helpers/screenshots';

const executable = journeyChromium();

describe.skipIf(!executable)('liaison designation in a real browser (chromium)', () => {
  const journey = useBrowserJourney(executable, startJourneySystem);

  it('an enterprise corrects a mistake, submits once, and sees the receipt; the page reads in English too', async () => {
    const page = await journey.open('ent01', { width: 390, height: 844 });
    await page.getByRole('link', { name: '填写「工作联络员指定」' }).click();
    await page.getByLabel('联络员姓名').fill('张三');
    await page.getByLabel('手机号码').fill('12345');
    await page.getByLabel('电子邮箱').fill('zhangsan@example.com');
    await page.getByRole('button', { name: '提交' }).click();
    await expect.poll(() => page.getByText('请填写11位手机号码').count()).toBeGreaterThan(0);

    // Pasted from Excel or WeChat desktop, the number carries invisible direction marks: the form takes them out, so it
    // passes the browser's own check (the server's middleware strips them from what other clients send).
    await page.getByLabel('手机号码').fill('\u202A13800138000\u202C');
    expect(await page.getByLabel('手机号码').inputValue()).toBe('13800138000');
    await page.getByRole('button', { name: '提交' }).click();
    await page.getByText('已受理').first().waitFor({ timeout: 30_000 });
    await page.getByRole('cell', { name: '【复工】已收到您的《工作联络员指定》' }).waitFor({ timeout: 30_000 });
    // Filed, its process ends: the case reads as settled with its last step done, not "received" beside "finished".
    await page.locator('.progress-steps__step--done').filter({ hasText: '已办结' }).waitFor({ timeout: 30_000 });
    // The case moved, so a worker runs: the footer, read when the page opened (maybe before the worker polled), says so.
    await page.locator('.app-footer').getByText('系统状态：运行正常').waitFor({ timeout: 15_000 });

    await page.getByLabel('语言').selectOption('en');
    await page.getByText('Received').first().waitFor();
    // The server's words — the fields' titles, the status beside the case number, the result line — arrive with the
    // page's read in English: until then the Chinese answer stays on screen, so wait for them before judging the page.
    await page.getByText('Liaison name').first().waitFor({ timeout: 15_000 });
    const english = await page.locator('main').innerText();
    // Only what was sent stays Chinese (the receipt's subject, the liaison's own name).
    for (const chinese of ['已受理', '已收到，', '联络员姓名', '手机号码', '已办结']) expect(english).not.toContain(chinese);
    await fullPageShot(page, `${SCREENSHOTS}liaison-submission-en.png`);
    await page.close();
  });

  it('an admin reads the receipt email in the outbox', async () => {
    const page = await journey.open('admin');
    await page.getByRole('link', { name: '消息发件箱' }).first().click();
    await page.getByText('【复工】已收到您的《工作联络员指定》').first().waitFor({ timeout: 15_000 });
    await fullPageShot(page, `${SCREENSHOTS}admin-outbox.png`);
    await page.close();
  });
});
