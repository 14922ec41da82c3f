// Says which variable a template reads that its purpose does not provide, where, and what it could use instead, in both
// languages: 第 1 行第 8 列：模板用到了「companyName」，此类邮件没有这个变量。可用：recipientName（收件人）、…
import type Handlebars from 'handlebars';
import type { LocalizedText } from '../domain/locale';
import { variableNote } from './sample-variable-notes';
import { templateMessageAt } from './template-error-message';
import { unknownVariables, type UnknownVariable } from './template-variables';

/** What the messages call the kind of text the template is for ("此类邮件" / "this kind of email"). */
export interface MessageNoun {
  'zh-CN': string;
  en: string;
}

/** The noun of an email template. */
export const EMAIL_NOUN: MessageNoun = { 'zh-CN': '此类邮件', en: 'this kind of email' };
/** The noun of a robot or SMS text. */
export const MESSAGE_NOUN: MessageNoun = { 'zh-CN': '此类消息', en: 'this kind of message' };

function listed(found: UnknownVariable): LocalizedText {
  const notePath = (name: string) => (found.scope ? `${found.scope}.${name}` : name);
  const entry = (name: string, locale: 'zh-CN' | 'en') => {
    const note = variableNote(notePath(name))?.[locale];
    if (!note) return name;
    return locale === 'zh-CN' ? `${name}（${note}）` : `${name} (${note})`;
  };
  if (!found.available.length) return { 'zh-CN': '无', en: 'none' };
  return {
    'zh-CN': found.available.map((name) => entry(name, 'zh-CN')).join('、'),
    en: found.available.map((name) => entry(name, 'en')).join(', '),
  };
}

/** One unknown variable as a message in both languages, with its line and column. */
export function unknownVariableMessage(found: UnknownVariable, noun: MessageNoun = EMAIL_NOUN): LocalizedText {
  const position = { line: found.line, column: found.column };
  const name = found.name;
  if (found.listMisuse) {
    const list = found.listMisuse;
    return templateMessageAt(position, {
      'zh-CN': `模板用到了「${name}」，但 ${list} 是列表，要在 {{#each ${list}}} … {{/each}} 之内逐项读取其中的字段`,
      en: `The template uses "${name}", but ${list} is a list; read its items' fields inside {{#each ${list}}} … {{/each}}`,
    });
  }
  const available = listed(found);
  if (found.scopeKind === 'data')
    return templateMessageAt(position, {
      'zh-CN': `模板用到了「${name}」，没有这个特殊变量。可用：${available['zh-CN']}`,
      en: `The template uses "${name}", which is not a special variable. Available: ${available.en}`,
    });
  if (found.scopeKind === 'item')
    return templateMessageAt(position, {
      'zh-CN': `模板在 ${found.scope} 的每一项中用到了「${name}」，列表项没有这个字段。可用：${available['zh-CN']}；外层的变量写作 ../变量名`,
      en: `Inside ${found.scope} the template uses "${name}", which its items do not have. Available: ${available.en}; variables outside are written ../name`,
    });
  if (found.scopeKind === 'object')
    return templateMessageAt(position, {
      'zh-CN': `模板在 {{#with ${found.scope}}} 中用到了「${name}」，${found.scope} 没有这个字段。可用：${available['zh-CN']}`,
      en: `Inside {{#with ${found.scope}}} the template uses "${name}", which ${found.scope} does not have. Available: ${available.en}`,
    });
  return templateMessageAt(position, {
    'zh-CN': `模板用到了「${name}」，${noun['zh-CN']}没有这个变量。可用：${available['zh-CN']}`,
    en: `The template uses "${name}", which ${noun.en} does not have. Available: ${available.en}`,
  });
}

/** The messages for every variable `ast` reads that `provided` does not have (see unknownVariables). */
export function unknownVariableMessages(
  ast: ReturnType<typeof Handlebars.parse>,
  provided: Record<string, unknown>,
  helperNames: ReadonlySet<string>,
  noun: MessageNoun = EMAIL_NOUN,
): LocalizedText[] {
  return unknownVariables(ast, provided, helperNames).map((found) => unknownVariableMessage(found, noun));
}
