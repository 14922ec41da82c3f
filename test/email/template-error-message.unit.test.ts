import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { templateParseMessage, templateRenderMessage } from '#core/mail/template-error-message';

const HAN = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

function parseError(source: string): unknown {
  try {
    Handlebars.create().parse(source);
  } catch (error) {
    return error;
  }
  throw new Error(`${source} parsed`);
}

function renderError(source: string): unknown {
  try {
    Handlebars.create().compile(source, { strict: false })({});
  } catch (error) {
    return error;
  }
  throw new Error(`${source} rendered`);
}

// source, zh-CN, en
const PARSE_CASES: readonly (readonly [string, string, string])[] = [
  ['<p>\n  {{#if recipientName}}unclosed</p>', '第 2 行第 36 列：模板在这里意外结束', 'Line 2, column 36: the template ends too early'],
  ['Hello {{name', '第 1 行第 9 列：这里有无法识别的内容，可能缺少右括号 }}', 'Line 1, column 9: something here cannot be read'],
  ['a\nb\n{{x}}}', '第 3 行第 4 列：括号不配对', 'Line 3, column 4: the braces do not match'],
  ['{{else}}', '第 1 行第 1 列：{{else}} 只能写在', 'Line 1, column 1: {{else}} may only stand inside'],
  [
    'x\n{{#if a}}y{{/each}}',
    '第 2 行第 4 列：区块 {{#if}} 的结束标记写成了 {{/each}}，应为 {{/if}}',
    'Line 2, column 4: the block {{#if}} is closed with {{/each}}; close it with {{/if}}',
  ],
];

describe('template error messages', () => {
  it.each(PARSE_CASES)('words the parse error of %j in each language, with its place', (source, zh, en) => {
    const message = templateParseMessage(parseError(source), source);
    expect(message['zh-CN']).toContain(zh);
    expect(message.en).toContain(en);
  });

  it.each([
    ['{{shout name}}', '不认识辅助函数 “shout”', 'There is no helper called "shout"'],
    ['{{#if}}{{/if}}', '{{#if}} 后面要写且只写一个值', '{{#if}} needs exactly one value after it'],
    ['{{#each}}{{/each}}', '{{#each}} 后面要写一个列表的名字', '{{#each}} needs the name of a list after it'],
  ])('words the render error of %j in each language', (source, zh, en) => {
    const message = templateRenderMessage(renderError(source));
    expect(message['zh-CN']).toBe(zh);
    expect(message.en).toBe(en);
  });

  it('never passes on Handlebars’ English, and keeps each language to its own script', () => {
    const sources = [...PARSE_CASES.map(([source]) => source), '{{!-- open comment'];
    for (const source of sources) {
      const message = templateParseMessage(parseError(source), source);
      expect(message['zh-CN']).not.toMatch(/Expecting|Parse error|Lexical|got '/);
      // Only template syntax ({{#if}}, {{/each}}) may carry Latin letters in the Chinese text.
      expect(message['zh-CN'].replace(/\{\{[^}]*\}\}/g, '')).not.toMatch(/[A-Za-z]/);
      expect(message.en).not.toMatch(HAN);
    }
    const unknown = templateRenderMessage(new Error('something Handlebars never said before'));
    expect(unknown['zh-CN']).not.toMatch(/[A-Za-z]/);
    expect(unknown.en).not.toMatch(HAN);
  });
});
