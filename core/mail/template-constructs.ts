// Admins edit email templates in the browser, so an edited template is treated as hostile input: it may use
// variables, the built-in block helpers, `datetime` and `localdate`, nothing that prints unescaped HTML, loads partials,
// reaches into prototypes, or nests loops deep enough to turn a list of a hundred tasks into a hang of the worker.
import type Handlebars from 'handlebars';
import type { LocalizedText } from '../domain/locale';

/** Helpers an edited template may call; `log` is left out (it writes to the server's console). */
export const ALLOWED_HELPERS: ReadonlySet<string> = new Set(['if', 'unless', 'each', 'with', 'lookup', 'datetime', 'localdate']);

const FORBIDDEN_SEGMENTS = new Set([
  'constructor',
  '__proto__',
  'prototype',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
]);
const MAX_BLOCK_DEPTH = 8;
const MAX_EACH_DEPTH = 2;
// Every other block (each, or a section such as {{#tasks}}) may iterate over a list.
const NON_LOOPING = new Set(['if', 'unless', 'with']);

interface Node {
  type?: string;
  [key: string]: unknown;
}

/** What a walk found wrong, worded for the admin. */
type Finding = LocalizedText;

function pathName(node: unknown): string | null {
  const path = node as Node | undefined;
  return path?.type === 'PathExpression' ? String(path.original) : null;
}

function checkCall(node: Node, part: string, helperNames: ReadonlySet<string>, found: Finding[]): void {
  const name = pathName(node.path);
  const hasArgs = ((node.params as unknown[] | undefined)?.length ?? 0) > 0 || Boolean(node.hash);
  const isCall = hasArgs || node.type === 'SubExpression' || (name !== null && helperNames.has(name));
  if (isCall && (name === null || !ALLOWED_HELPERS.has(name))) {
    const shown = name ?? '?';
    found.push({
      'zh-CN': `不能使用辅助函数 “${shown}”；可用：${[...ALLOWED_HELPERS].join('、')}`,
      en: `The helper "${shown}" is not available; use one of ${[...ALLOWED_HELPERS].join(', ')}`,
    });
  }
  if (part === 'html' && node.type === 'MustacheStatement' && node.escaped === false) {
    found.push({
      'zh-CN': 'HTML 部分不能用 {{{ }}} 或 {{& }} 输出未转义的内容',
      en: 'The HTML part may not print unescaped content with {{{ }}} or {{& }}',
    });
  }
}

function walk(
  node: unknown,
  ctx: { part: string; helperNames: ReadonlySet<string>; blocks: number; eaches: number },
  found: Finding[],
): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, ctx, found);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const current = node as Node;
  let next = ctx;
  switch (current.type) {
    case 'PartialStatement':
    case 'PartialBlockStatement':
    case 'Decorator':
    case 'DecoratorBlock':
      found.push({ 'zh-CN': '不能使用局部模板（{{> }}）或装饰器', en: 'Partials ({{> }}) and decorators are not available' });
      return;
    case 'PathExpression':
      for (const segment of (current.parts as string[] | undefined) ?? []) {
        if (FORBIDDEN_SEGMENTS.has(segment))
          found.push({ 'zh-CN': `变量名不能包含 “${segment}”`, en: `Variable names may not contain "${segment}"` });
      }
      return;
    case 'StringLiteral':
      // `lookup` takes property names as strings.
      if (FORBIDDEN_SEGMENTS.has(String(current.value)))
        found.push({
          'zh-CN': `变量名不能包含 “${String(current.value)}”`,
          en: `Variable names may not contain "${String(current.value)}"`,
        });
      return;
    case 'MustacheStatement':
    case 'SubExpression':
      checkCall(current, ctx.part, ctx.helperNames, found);
      break;
    case 'BlockStatement': {
      checkCall(current, ctx.part, ctx.helperNames, found);
      next = { ...ctx, blocks: ctx.blocks + 1, eaches: ctx.eaches + (NON_LOOPING.has(pathName(current.path) ?? '') ? 0 : 1) };
      if (next.blocks > MAX_BLOCK_DEPTH)
        found.push({ 'zh-CN': `区块嵌套不能超过 ${MAX_BLOCK_DEPTH} 层`, en: `Blocks may not nest deeper than ${MAX_BLOCK_DEPTH} levels` });
      if (next.eaches > MAX_EACH_DEPTH)
        found.push({
          'zh-CN': `循环（{{#each}}）嵌套不能超过 ${MAX_EACH_DEPTH} 层`,
          en: `Loops ({{#each}}) may not nest deeper than ${MAX_EACH_DEPTH} levels`,
        });
      if (next.blocks > MAX_BLOCK_DEPTH || next.eaches > MAX_EACH_DEPTH) return;
      break;
    }
  }
  for (const [key, value] of Object.entries(current)) if (key !== 'loc' && value && typeof value === 'object') walk(value, next, found);
}

/** The constructs of a parsed template part that an edited copy may not use; empty when it is acceptable. */
export function forbiddenConstructs(ast: ReturnType<typeof Handlebars.parse>, part: string, helperNames: ReadonlySet<string>): Finding[] {
  const found: Finding[] = [];
  walk(ast, { part, helperNames, blocks: 0, eaches: 0 }, found);
  // The same mistake repeated ten times is one message to fix.
  return found.filter((finding, index) => found.findIndex((other) => other.en === finding.en) === index);
}
