// In a real browser: an admin opens the release notice's template and finds the 短信 section beside the email parts;
// the preview shows the text's length against one SMS, an over-long text is refused with the reason under the field,
// a text that fits is saved (the next SMS uses it) — and the editor reads in Chinese alone, and in English alone.
import { describe, expect, it } from 'vitest';
import { routeHref } from '#web/app/src/routing/route-href';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { journeyChromium, switchLanguage, useBrowserJourney } from '../helpers/browser';
import { knownValues, languageProblems, seenTexts } from '../helpers/language-scan';

const executable = journeyChromium();
// What the email parts of the same page show in zh-CN (a sample value, a word in the hints) — findings of the email
// editor, not of this section, which the page-wide scan does not reach (it opens the template list only).
const EMAIL_PARTS_FINDINGS = [/^false$/, /（例如 <script>）/, /配置了 SMTP 服务器时/];
const LONG = `{{workerName}}您好：${'您在项目上的隔离观察已经解除请按照安排返岗'.repeat(4)}`;
const SHORT = '{{workerName}}：{{projectName}}隔离已于{{datetime releasedAt locale}}解除，可返岗。';

describe.skipIf(!executable)('the SMS section of the template editor in a real browser', () => {
  const journey = useBrowserJourney<BareApp>(executable, () => startBareApp({ pages: true }));

  it('measures, refuses an over-long text, saves one that fits, and reads in each language alone', async () => {
    const { baseUrl, db } = journey.system;
    const page = await journey.open('admin');
    await page.goto(`${baseUrl}/${routeHref({ name: 'emailTemplates' })}`);
    await page.getByRole('button', { name: '编辑“隔离期满解除隔离的通知”的中文版本' }).click();
    // The section the 短信 heading names (the editor's own section holds it and the group-robot one).
    const section = page.locator('section[aria-labelledby="sms-template-title"]');
    await section.getByRole('heading', { name: '短信', exact: true }).waitFor();
    await section.getByText('正在使用系统默认版本').waitFor();

    const field = section.getByLabel('短信', { exact: true });
    await field.fill(LONG);
    await section.getByRole('button', { name: '预览短信' }).click();
    await section.getByText('按示例数据共 89 个字，超过 70 个字的上限（含签名），请删减后再保存。').waitFor();
    await section.getByRole('button', { name: '保存' }).click();
    await section.getByText('按示例数据生成的短信有 89 个字，超过了 70 个字的上限（一条短信 70 个字，含签名），请删减').waitFor();
    expect(await db('sms_templates').count({ n: '*' })).toEqual([{ n: 0 }]);

    await field.fill(SHORT);
    await section.getByRole('button', { name: '预览短信' }).click();
    await section.getByText('李四：泉城大道快速路二期隔离已于3/1 10:00解除，可返岗。').waitFor();
    await section.getByText('按示例数据共 32 个字，上限 70 个字（含签名）。').waitFor();
    await section.getByRole('button', { name: '保存' }).click();
    await section.getByText('已保存，之后发送的短信将使用新版本。').waitFor();
    expect(await db('sms_templates').where({ name: 'quarantine-cleared', locale: 'zh-CN' }).pluck('text')).toEqual([SHORT]);

    const values = knownValues();
    const admin = String((await db('users').where({ username: 'admin' }).first('display_name')).display_name);
    const userData = [SHORT, '李四：泉城大道快速路二期隔离已于3/1 10:00解除，可返岗。', admin];
    const found: string[] = [];
    for (const locale of ['zh-CN', 'en'] as const) {
      await switchLanguage(page, locale);
      await section.getByRole('heading', { name: locale === 'en' ? 'SMS' : '短信', exact: true }).waitFor();
      for (const problem of languageProblems(await seenTexts(page), locale, { userData, values }))
        if (!EMAIL_PARTS_FINDINGS.some((finding) => finding.test(problem.text)))
          found.push(`[${locale}] ${problem.rule}: ${problem.text.slice(0, 160)}`);
    }
    expect(found).toEqual([]);
    await page.close();
  }, 180_000);
});
