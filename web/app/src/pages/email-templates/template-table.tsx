// The email templates with, per language, whether the shipped text or an admin's edited copy is in use.
import { LOCALES, type Locale } from '#core/domain/locale';
import type { TemplateSummary } from '../../api/email-template-api';
import { formatDateTime } from '../../format/format-date-time';
import { useI18n } from '../../i18n/use-i18n';
import { templateShortName } from '../form-admin/params/template-short-name';

/** Props of TemplateTable. */
export interface TemplateTableProps {
  templates: readonly TemplateSummary[];
  selected: { name: string; locale: Locale } | null;
  onEdit: (name: string, locale: Locale) => void;
}

/** One row per template, one column per language, each with its state and an edit button. */
export function TemplateTable({ templates, selected, onEdit }: TemplateTableProps) {
  const { t, pick, locale: uiLocale } = useI18n();
  return (
    <div className="table-wrap">
      <table className="table table--stack">
        <caption className="visually-hidden">{t('emailTemplates.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('emailTemplates.template')}</th>
            {LOCALES.map((locale) => (
              <th key={locale} scope="col">
                {t(`language.${locale}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {templates.map((template) => (
            <tr key={template.name}>
              {/* Named as the form editor's process settings name it (受理回执), with what it is for below; a shipped
                  template's key (submission-received) is the system's, an admin's own template goes by the name they gave it. */}
              <th scope="row">
                {template.createdPurpose ? template.name : templateShortName(template, t)}
                {template.createdPurpose && <span className="badge"> {t('newTemplate.createdBadge')}</span>}
                <br />
                <span className="muted">{pick(template.purpose)}</span>
              </th>
              {LOCALES.map((locale) => {
                const state = template.locales[locale];
                const isSelected = selected?.name === template.name && selected.locale === locale;
                return (
                  <td key={locale} data-label={t(`language.${locale}`)} className={isSelected ? 'is-selected' : undefined}>
                    <span className={`template-state template-state--${state.edited ? 'edited' : 'shipped'}`}>
                      {state.edited ? t('emailTemplates.edited') : t('emailTemplates.shipped')}
                    </span>
                    {state.updatedAt && <span className="muted template-state__when"> {formatDateTime(state.updatedAt, uiLocale)}</span>}
                    <br />
                    {/* The visible word is short; the accessible name says which template and language it opens. */}
                    <button
                      type="button"
                      className="link-button"
                      aria-pressed={isSelected}
                      aria-label={t('emailTemplates.editIn', { template: pick(template.purpose), language: t(`language.${locale}`) })}
                      onClick={() => onEdit(template.name, locale)}
                    >
                      {t('common.edit')}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
