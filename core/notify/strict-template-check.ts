// The check an admin's edited channel template (group-robot markdown, SMS text) passes before it is saved: the email
// templates' hardening (no partials, no prototype walks, no deep loops), then every variable it reads — in every branch,
// not only those the sample takes — looked up in the purpose's sample data, so a variable the purpose does not have is
// refused instead of rendering empty; then a strict render.
import type Handlebars from 'handlebars';
import type { LocalizedText } from '../domain/locale';
import { forbiddenConstructs } from '../mail/template-constructs';
import { templateParseMessage, templateRenderMessage } from '../mail/template-error-message';
import { MESSAGE_NOUN, unknownVariableMessages } from '../mail/unknown-variable-message';

/** The outcome of a strict check: the problems, or the rendered text when there are none. */
export type StrictCheck = { problems: LocalizedText[]; rendered?: undefined } | { problems: []; rendered: string };

/** Checks `text` with `hbs` (its helpers allowed) and renders it strictly with `context`; `cache` keeps compiled texts. */
export function strictTemplateCheck(
  hbs: typeof Handlebars,
  text: string,
  context: Record<string, unknown>,
  cache: Map<string, HandlebarsTemplateDelegate>,
): StrictCheck {
  let ast: ReturnType<typeof hbs.parse>;
  try {
    ast = hbs.parse(text);
  } catch (error) {
    return { problems: [templateParseMessage(error, text)] };
  }
  const helperNames = new Set(Object.keys(hbs.helpers));
  const forbidden = forbiddenConstructs(ast, 'text', helperNames);
  if (forbidden.length) return { problems: forbidden };
  const unknown = unknownVariableMessages(ast, context, helperNames, MESSAGE_NOUN);
  if (unknown.length) return { problems: unknown };
  try {
    if (cache.size > 100) cache.clear();
    const template = cache.get(text) ?? hbs.compile(text, { noEscape: true, strict: true });
    cache.set(text, template);
    return { problems: [], rendered: template(context) };
  } catch (error) {
    const unknown = /^"([^"]{1,80})" not defined in/.exec(String((error as Error)?.message));
    if (unknown) return { problems: [{ 'zh-CN': `不认识变量 “${unknown[1]}”`, en: `There is no variable called "${unknown[1]}"` }] };
    return { problems: [templateRenderMessage(error)] };
  }
}
