// What an email template is called where an admin picks one: its purpose's short name ("受理回执"), as the case pages
// say what a sent message was; one an admin created, by that and the name they gave it. The params editor's select
// and the version diff both name templates so.
import type { I18n } from '../../../i18n/i18n-context';
import { isMessageKey } from '../../../i18n/is-message-key';
import { addZhCnMessages } from '../../../i18n/loaded-dictionaries';
import { sentMessageZhCn } from '../../../i18n/messages/sent-message-messages';
import { paramsEditorZhCn } from '../../../i18n/messages/params-editor-messages';

addZhCnMessages(sentMessageZhCn);
addZhCnMessages(paramsEditorZhCn);

/** A template as the template list answers it (GET /api/admin/email-templates). */
export interface NamedTemplate {
  name: string;
  createdPurpose: string | null;
}

/** The template's short name in the reader's language. */
export function templateShortName(template: NamedTemplate, t: I18n['t']): string {
  const purpose = template.createdPurpose ?? template.name;
  const key = `sentMessage.purpose.${purpose}`;
  const short = isMessageKey(key) ? t(key) : purpose;
  return template.createdPurpose ? t('params.createdTemplate', { purpose: short, name: template.name }) : short;
}

/** A name-to-words lookup over `templates`: a shipped template is known by its name even before the list arrives;
 * undefined for a name that is neither listed nor shipped. */
export function templateNamer(templates: readonly NamedTemplate[], t: I18n['t']): (name: string) => string | undefined {
  return (name) => {
    const listed = templates.find((template) => template.name === name);
    if (listed) return templateShortName(listed, t);
    return isMessageKey(`sentMessage.purpose.${name}`) ? templateShortName({ name, createdPurpose: null }, t) : undefined;
  };
}
