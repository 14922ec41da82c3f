// In a real browser: an admin opens the quarantine alert's template and reads its group-robot message and its SMS text
// as they go out when a quarantine starts. The yes/no variable `started` is the 是 / 否 choice of the placeholder list
// (否, the sample's fever, at first); both channel previews render with it, so 是 shows the start in the robot message
// and in the text, and 否 shows neither — a preview made before the change says it is stale. In Chinese, and in English.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { routeHref } from '#web/app/src/routing/route-href';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { journeyChromium, rawKeysOn, seriousAxeViolations, switchLanguage, useBrowserJourney } from '../helpers/browser';

const executable = journeyChromium();

/** What the editor reads like in each language, and the start of a quarantine in each channel's text. */
const WORDS = {
  'zh-CN': {
    edit: '编辑“隔离人员发热或漏测时提醒门岗检查员和包挂干部”的中文版本',
    choice: 'started 的示例值',
    yes: '是',
    no: '否',
    robotPreview: '预览群消息',
    robotStale: '消息内容或示例值在预览后又有修改，点击“预览群消息”查看最新效果。',
    robotStarted: '### 隔离观察开始 · 泉城大道快速路二期',
    smsPreview: '预览短信',
    smsStale: '短信内容或示例值在预览后又有修改，点击“预览短信”查看最新效果。',
    smsStarted: '李四您好：您在泉城大道快速路二期入场检查后需隔离观察至',
  },
  en: {
    edit: 'Edit “Alerts the gate officer and the cadre to a fever or a missed check-in in quarantine” in English',
    choice: 'Sample value of started',
    yes: 'Yes',
    no: 'No',
    robotPreview: 'Preview the group message',
    robotStale: 'The message or sample values changed after this preview; choose “Preview the group message” to see the latest.',
    robotStarted: '### Quarantine started · Quancheng Avenue expressway, phase II',
    smsPreview: 'Preview the SMS',
    smsStale: 'The text or sample values changed after this preview; choose “Preview the SMS” to see the latest.',
    smsStarted: 'Li Si: quarantine till',
  },
} as const;

describe.skipIf(!executable)('a yes/no sample value in the group-robot and SMS previews, in a real browser', () => {
  const journey = useBrowserJourney<BareApp>(executable, () => startBareApp({ pages: true }));

  /** Previews the channel of `section` with its `button` and answers the text it shows once the preview is current. */
  async function previewOf(section: Locator, button: string, stale: string): Promise<string> {
    await section.getByRole('button', { name: button, exact: true }).click();
    const text = section.locator('.template-preview__text');
    // Attached, not visible: the text of the SMS with neither branch is empty.
    await text.waitFor({ state: 'attached' });
    await section.getByText(stale).waitFor({ state: 'hidden' });
    return text.innerText();
  }

  /** Picks 是 or 否 for `started` in the placeholder list. */
  async function pickStarted(page: Page, locale: 'zh-CN' | 'en', started: boolean) {
    const words = WORDS[locale];
    await page
      .getByRole('radiogroup', { name: words.choice })
      .getByRole('radio', { name: started ? words.yes : words.no, exact: true })
      .check();
  }

  it('shows the start of a quarantine in both previews once 是 is picked, and neither with 否', async () => {
    const { baseUrl } = journey.system;
    const page = await journey.open('admin');
    await page.goto(`${baseUrl}/${routeHref({ name: 'emailTemplates' })}`);
    for (const locale of ['zh-CN', 'en'] as const) {
      const words = WORDS[locale];
      if (locale === 'en') await switchLanguage(page, 'en');
      await page.getByRole('button', { name: words.edit }).click();
      const robot = page.locator('section[aria-labelledby="markdown-template-title"]');
      const sms = page.locator('section[aria-labelledby="sms-template-title"]');
      await robot.getByRole('button', { name: words.robotPreview, exact: true }).waitFor();
      // The sample is 否 / No: the fever alert, which speaks of no start.
      const choice = page.getByRole('radiogroup', { name: words.choice });
      expect(await choice.getByRole('radio', { name: words.no, exact: true }).isChecked()).toBe(true);

      await pickStarted(page, locale, true);
      const startedRobot = await previewOf(robot, words.robotPreview, words.robotStale);
      expect(startedRobot).toContain(words.robotStarted);
      const startedSms = await previewOf(sms, words.smsPreview, words.smsStale);
      expect(startedSms).toContain(words.smsStarted);

      await pickStarted(page, locale, false);
      // The previews made with 是 say they no longer match the values.
      await robot.getByText(words.robotStale).waitFor();
      await sms.getByText(words.smsStale).waitFor();
      const feverRobot = await previewOf(robot, words.robotPreview, words.robotStale);
      expect(feverRobot).not.toContain(words.robotStarted);
      const feverSms = await previewOf(sms, words.smsPreview, words.smsStale);
      expect(feverSms).not.toContain(words.smsStarted);
      expect(await rawKeysOn(page)).toEqual([]);
      expect(await seriousAxeViolations(page)).toEqual([]);
    }
    await page.close();
  }, 240_000);
});
