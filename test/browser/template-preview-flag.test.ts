// In a real browser: an admin opens the commendation publicity's template and reads it as it stands while an objection
// is reviewed. The yes/no variable `paused` is a 是 / 否 choice beside its placeholder (否, the sample, at first); the
// preview shows the open text with 否 and the 暂停公示 text once 是 is picked — in Chinese, and in English alone. A time
// typed bare ({{closesAt}}) gets advice under the part to write it with datetime.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { routeHref } from '#web/app/src/routing/route-href';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { journeyChromium, rawKeysOn, seriousAxeViolations, switchLanguage, useBrowserJourney } from '../helpers/browser';

const executable = journeyChromium();

/** What the editor reads like in each language, and the two branches of the publicity's text. */
const WORDS = {
  'zh-CN': {
    edit: /^编辑“表扬公示：.*”的中文版本$/,
    choice: 'paused 的示例值',
    yes: '是',
    no: '否',
    preview: '预览',
    paused: '暂停公示：公示期间收到的异议正在核查中，核查期间暂不受理新的异议。',
    open: '公示期间，任何单位和个人对上述事项有异议的，均可在本页提出并说明理由。',
  },
  en: {
    edit: /^Edit “Commendation publicity: .*” in English$/,
    choice: 'Sample value of paused',
    yes: 'Yes',
    no: 'No',
    preview: 'Preview',
    paused: 'Publicity paused: an objection lodged during this notice is under review, and no further objection is taken meanwhile.',
    open: 'Until then anyone may lodge an objection on this page, with a reason.',
  },
} as const;

describe.skipIf(!executable)('a yes/no sample value in the template editor, in a real browser', () => {
  const journey = useBrowserJourney<BareApp>(executable, () => startBareApp({ pages: true }));

  /** Previews the publicity's text in the UI's language with `paused` set as picked, and reads the plain-text part. */
  async function previewWith(page: Page, locale: 'zh-CN' | 'en', paused: boolean): Promise<string> {
    const words = WORDS[locale];
    const choice = page.getByRole('radiogroup', { name: words.choice });
    await choice.getByRole('radio', { name: paused ? words.yes : words.no, exact: true }).check();
    await page.getByRole('button', { name: words.preview, exact: true }).click();
    const text = page.locator('.template-preview__text');
    await text.getByText(paused ? words.paused : words.open, { exact: false }).waitFor();
    return text.innerText();
  }

  it('shows the paused text once 是 is picked, and the open one with 否', async () => {
    const { baseUrl } = journey.system;
    const page = await journey.open('admin');
    await page.goto(`${baseUrl}/${routeHref({ name: 'emailTemplates' })}`);
    for (const locale of ['zh-CN', 'en'] as const) {
      const words = WORDS[locale];
      if (locale === 'en') await switchLanguage(page, 'en');
      await page.getByRole('button', { name: words.edit }).click();
      const choice = page.getByRole('radiogroup', { name: words.choice });
      // The sample is 否 / No: the text as it reads while objections are taken.
      expect(await choice.getByRole('radio', { name: words.no, exact: true }).isChecked()).toBe(true);
      expect(await choice.getByRole('radio', { name: words.yes, exact: true }).isChecked()).toBe(false);

      const open = await previewWith(page, locale, false);
      expect(open).toContain(words.open);
      expect(open).not.toContain(words.paused);
      const paused = await previewWith(page, locale, true);
      expect(paused).toContain(words.paused);
      expect(paused).not.toContain(words.open);
      const again = await previewWith(page, locale, false);
      expect(again).not.toContain(words.paused);
      expect(await rawKeysOn(page)).toEqual([]);
      expect(await seriousAxeViolations(page)).toEqual([]);
    }
    await page.close();
  }, 180_000);

  it('advises, under the part, writing a time the template prints bare with datetime', async () => {
    const page = await journey.open('admin');
    await page.goto(`${journey.system.baseUrl}/${routeHref({ name: 'emailTemplates' })}`);
    await page.getByRole('button', { name: WORDS['zh-CN'].edit }).click();
    const subject = page.getByLabel('主题', { exact: true });
    const shipped = await subject.inputValue();
    const advice =
      '{{closesAt}} 会照数据原样显示（如 2026-02-24T16:00:00Z）；写成 {{datetime closesAt locale}}，按收件人的语言显示日期时间。';
    // The shipped text writes its times with datetime: no advice.
    expect(await page.getByText('会照数据原样显示').count()).toBe(0);
    await subject.fill(`${shipped} 截止 {{closesAt}}`);
    await page.getByText(advice).waitFor();
    await subject.fill(`${shipped} 截止 {{datetime closesAt locale}}`);
    await expect.poll(() => page.getByText('会照数据原样显示').count()).toBe(0);
    await page.close();
  });
});
