// A form's markdown text of words and links into the app renders without fetching markdown-to-jsx (issue 21: it was
// 30 KB of the enterprise's daily-report page), exactly as markdown-to-jsx renders it; anything else is left to it.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Markdown as RealMarkdown } from 'markdown-to-jsx/react';
import { describe, expect, it } from 'vitest';
import { readShippedForms } from '#forms/shipped-forms';
import { plainInlineMarkdown } from '#web/app/src/form/plain-inline-markdown';

// As rjsf's RichDescription and RichHelp call it.
const RJSF_PROPS = { 'data-testid': 'rjsf-markdown' };
const byParser = (text: string) =>
  renderToStaticMarkup(createElement(RealMarkdown, { ...RJSF_PROPS, options: { disableParsingRawHTML: true }, children: text }));
const byPlainPath = (text: string) => {
  const node = plainInlineMarkdown(text, RJSF_PROPS);
  return node === undefined ? undefined : renderToStaticMarkup(createElement('div', null, node)).slice('<div>'.length, -'</div>'.length);
};

/** Every markdown description or help text of the shipped forms, in each language. */
function shippedMarkdownTexts(): string[] {
  const texts: string[] = [];
  for (const form of readShippedForms()) {
    const ui = (form.uiSchema ?? {}) as Record<string, Record<string, unknown>>;
    for (const [field, options] of Object.entries(ui)) {
      if (typeof options !== 'object' || !options) continue;
      const property = (form.schema as { properties?: Record<string, { description?: string; help?: string }> }).properties?.[field];
      const i18n = (form as { i18n?: Record<string, Record<string, string>> }).i18n ?? {};
      if (options['ui:enableMarkdownInDescription']) {
        if (property?.description) texts.push(property.description);
        for (const words of Object.values(i18n)) if (words[`/${field}/description`]) texts.push(words[`/${field}/description`]!);
      }
      if (options['ui:enableMarkdownInHelp'] && typeof options['ui:help'] === 'string') texts.push(options['ui:help']);
    }
  }
  return texts;
}

describe('plain inline markdown', () => {
  it.each([
    '简要说明；需要协调解决的，请另行[填报困难问题反映](#/forms/difficulty-report)。',
    'In brief; for a difficulty that needs solving, [file a difficulty report](#/forms/difficulty-report).',
    '见[表单列表](#/forms)和[待办](/#/inbox?tab=mine)',
    '[只有链接](#/notices)',
    '只有文字，没有链接',
    'Words only, with "quotes" and 3 numbers.',
  ])('renders %j as markdown-to-jsx does, without it', (text) => {
    expect(byPlainPath(text)).toBe(byParser(text));
  });

  it.each([
    '**必填**：写明数量',
    '写明 `数量` 与 *单位*',
    '## 标题',
    '- 一项\n- 两项',
    '1. 第一步',
    '第一段\n\n第二段',
    '[外部链接](https://example.com)',
    '见 https://example.com 或 www.example.com',
    'a@example.com',
    '[链接](javascript:alert(1))',
    '<b>粗体</b>',
    'A &amp; B',
    '两个  空格',
    ' 首尾空格 ',
    '![图片](/logo.png)',
  ])('leaves %j to markdown-to-jsx', (text) => {
    expect(byPlainPath(text)).toBeUndefined();
  });

  it("renders every shipped form's markdown texts without markdown-to-jsx", () => {
    const texts = shippedMarkdownTexts();
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(byPlainPath(text), text).toBe(byParser(text));
  });

  it('answers a long text that is not plain at once', () => {
    expect(byPlainPath(`${'很长的说明'.repeat(2_000)}*`)).toBeUndefined();
  });
});
