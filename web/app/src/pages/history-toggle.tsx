// "Show ended assignments too": one checkbox that switches a list between current and full history.
import { CheckboxField } from '../components/checkbox-field';
import { useI18n } from '../i18n/use-i18n';
import { addZhCnMessages } from '../i18n/loaded-dictionaries';
import { orgPagesZhCn } from '../i18n/messages/org-pages-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(orgPagesZhCn);

/** The history checkbox. */
export function HistoryToggle({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  const { t } = useI18n();
  return <CheckboxField label={t('assignment.showHistory')} checked={checked} onChange={onChange} />;
}
