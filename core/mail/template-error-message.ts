// Handlebars says what is wrong with a template in English parser jargon ("Expecting 'ID', … got 'EOF'"), which read
// as an English fragment inside the Chinese editor. This turns its parse and render errors into a sentence in each
// language, with the line and column where the template goes wrong; nothing of the English original is shown.
import type { LocalizedText } from '../domain/locale';

/** Where a template goes wrong, counted from 1. */
export interface TemplatePosition {
  line: number;
  column?: number;
}

const PARSE_ERROR = /^Parse error on line (\d+):\n(.*)\n(-*)\^\n(?:Expecting (.*), )?got '([A-Z_]+)'/;
const LEXICAL_ERROR = /^Lexical error on line (\d+)\./;
const MISMATCH = /^(.+) doesn't match (.+) - (\d+):(\d+)/;
const MISSING_HELPER = /^Missing helper: "(.+)"/;
const ONE_ARGUMENT = /^#(\w+) requires exactly one argument/;
const EACH_ITERATOR = /^Must pass iterator to #each/;

/** Offset in `source` of the character the parser pointed at, found from the excerpt it quotes around it. */
function pointedOffset(source: string, excerpt: string, caret: number): number | undefined {
  // Jison quotes up to 20 characters before (after "..." when there were more) and after, with line breaks removed.
  const before = excerpt.slice(0, caret).replace(/^\.\.\./, '');
  const after = excerpt.slice(caret).replace(/\.\.\.$/, '');
  const flat = (text: string) => text.replace(/\n/g, '');
  for (let offset = 0; offset <= source.length; offset += 1) {
    if (flat(source.slice(0, offset)).endsWith(before) && flat(source.slice(offset)).startsWith(after)) return offset;
  }
  return undefined;
}

function positionOf(source: string, offset: number): TemplatePosition {
  const lines = source.slice(0, offset).split('\n');
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

function where(position: TemplatePosition | undefined): LocalizedText {
  if (!position) return { 'zh-CN': '', en: '' };
  if (position.column === undefined) return { 'zh-CN': `第 ${position.line} 行：`, en: `Line ${position.line}: ` };
  return {
    'zh-CN': `第 ${position.line} 行第 ${position.column} 列：`,
    en: `Line ${position.line}, column ${position.column}: `,
  };
}

/** `text` prefixed with where in the template it applies (第 3 行第 5 列： / Line 3, column 5: ). */
export function templateMessageAt(position: TemplatePosition | undefined, text: LocalizedText): LocalizedText {
  const prefix = where(position);
  return { 'zh-CN': `${prefix['zh-CN']}${text['zh-CN']}`, en: `${prefix.en}${text.en}` };
}

// What the parser got where it expected something else, said as what the writer most likely has to fix.
const UNEXPECTED: Record<string, LocalizedText> = {
  EOF: {
    'zh-CN': '模板在这里意外结束，可能缺少结束标记（如 {{/if}}、{{/each}}）或右括号 }}',
    en: 'the template ends too early; a closing tag (such as {{/if}} or {{/each}}) or a closing }} may be missing',
  },
  INVALID: { 'zh-CN': '这里有无法识别的内容，可能缺少右括号 }}', en: 'something here cannot be read; a closing }} may be missing' },
  CLOSE: { 'zh-CN': '括号不配对：{{{ 要用 }}} 结束', en: 'the braces do not match: {{{ must end with }}}' },
  CLOSE_UNESCAPED: { 'zh-CN': '括号不配对：{{ 要用 }} 结束', en: 'the braces do not match: {{ must end with }}' },
  INVERSE: {
    'zh-CN': '{{else}} 只能写在 {{#if}} 或 {{#each}} 区块之内',
    en: '{{else}} may only stand inside an {{#if}} or {{#each}} block',
  },
  OPEN_ENDBLOCK: {
    'zh-CN': '这个结束标记没有对应的开始标记',
    en: 'this closing tag has no opening tag',
  },
};
const UNEXPECTED_OTHER: LocalizedText = { 'zh-CN': '这里的写法不符合模板语法', en: 'what is written here is not valid template syntax' };

/** A Handlebars parse error (from `parse`) as a message in both languages, with its line and column in `source`. */
export function templateParseMessage(error: unknown, source: string): LocalizedText {
  const message = String((error as Error)?.message ?? error);
  const parse = PARSE_ERROR.exec(message);
  if (parse) {
    const [, line, excerpt, dashes, , got] = parse;
    const offset = pointedOffset(source, excerpt!, dashes!.length);
    const position = offset === undefined ? { line: Number(line) } : positionOf(source, offset);
    return templateMessageAt(position, UNEXPECTED[got!] ?? UNEXPECTED_OTHER);
  }
  const lexical = LEXICAL_ERROR.exec(message);
  if (lexical) return templateMessageAt({ line: Number(lexical[1]) }, UNEXPECTED.INVALID!);
  const mismatch = MISMATCH.exec(message);
  if (mismatch) {
    const [, open, close, line, column] = mismatch;
    return templateMessageAt(
      { line: Number(line), column: Number(column) + 1 },
      {
        'zh-CN': `区块 {{#${open}}} 的结束标记写成了 {{/${close}}}，应为 {{/${open}}}`,
        en: `the block {{#${open}}} is closed with {{/${close}}}; close it with {{/${open}}}`,
      },
    );
  }
  return {
    'zh-CN': '模板语法有误，请检查括号和区块是否成对',
    en: 'The template syntax is not valid; check that braces and blocks are paired',
  };
}

/** A Handlebars error raised while rendering with sample data, as a message in both languages. */
export function templateRenderMessage(error: unknown): LocalizedText {
  const message = String((error as Error)?.message ?? error);
  const helper = MISSING_HELPER.exec(message);
  if (helper) return { 'zh-CN': `不认识辅助函数 “${helper[1]}”`, en: `There is no helper called "${helper[1]}"` };
  const argument = ONE_ARGUMENT.exec(message);
  if (argument)
    return {
      'zh-CN': `{{#${argument[1]}}} 后面要写且只写一个值`,
      en: `{{#${argument[1]}}} needs exactly one value after it`,
    };
  if (EACH_ITERATOR.test(message))
    return { 'zh-CN': '{{#each}} 后面要写一个列表的名字', en: '{{#each}} needs the name of a list after it' };
  return {
    'zh-CN': '用示例数据渲染时出错，请检查变量和区块的写法',
    en: 'Rendering with the sample data failed; check how variables and blocks are written',
  };
}
