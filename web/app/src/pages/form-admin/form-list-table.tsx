// The admin's forms as a table: lifecycle, newest version, audience, process, pending draft, running instances.
import type { AdminFormSummary } from '../../api/form-admin-api';
import { formAdminApi } from '../../api/form-admin-api';
import { isMessageKey } from '../../i18n/is-message-key';
import { useI18n } from '../../i18n/use-i18n';
import { punctuation } from '../../i18n/punctuation';
import { routeHref } from '../../routing/route-href';
import { SideScroll } from '../../components/side-scroll';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { formAdminZhCn } from '../../i18n/messages/form-admin-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(formAdminZhCn);

/** A responsive table of forms, each linking to its editor and its CSV export. */
export function FormListTable({ forms, caption }: { forms: AdminFormSummary[]; caption: string }) {
  const { t, pick, locale } = useI18n();
  const processName = (name: string) => {
    const key = `process.${name}`;
    return isMessageKey(key) ? t(key) : name;
  };
  return (
    // Scrolls sideways, and says so, when the columns do not fit (English at 1024px cut the actions off at the edge).
    <SideScroll className="table-wrap" label={caption}>
      <table className="table table--stack form-list">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('formAdmin.column.form')}</th>
            <th scope="col">{t('formAdmin.column.status')}</th>
            <th scope="col" className="form-list__short">
              {t('formAdmin.column.version')}
            </th>
            <th scope="col">{t('formAdmin.column.audience')}</th>
            <th scope="col">{t('formAdmin.column.process')}</th>
            <th scope="col" className="form-list__short">
              {t('formAdmin.column.running')}
            </th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {forms.map((form) => {
            const title = pick(form.title);
            return (
              <tr key={form.key}>
                <td data-label={t('formAdmin.column.form')}>
                  <a href={routeHref({ name: 'formEditor', key: form.key })}>{title}</a>
                  {/* The title in the other language, as the administrator wrote it, marked as that language. */}
                  <span className="form-list__other-title" lang={locale === 'en' ? 'zh-CN' : 'en'}>
                    {locale === 'en' ? form.title['zh-CN'] : form.title.en}
                  </span>
                  <code className="muted">{form.key}</code>
                </td>
                <td data-label={t('formAdmin.column.status')}>
                  <span className={`badge badge--form-${form.status}`}>{t(`formAdmin.status.${form.status}`)}</span>
                  {form.hasDraft && <span className="badge badge--form-draft">{t('formAdmin.hasDraft')}</span>}
                </td>
                <td data-label={t('formAdmin.column.version')} className="form-list__short">
                  {form.latestVersion === null ? '—' : t('form.version', { version: form.latestVersion })}
                </td>
                <td data-label={t('formAdmin.column.audience')}>
                  {form.audience.map((role) => t(`role.${role}`)).join(punctuation(locale).list)}
                  {form.audience.includes('special_class') &&
                    form.audienceExcludes?.includes('inspector') &&
                    t('formAdmin.audienceNoInspectorsShort')}
                </td>
                <td data-label={t('formAdmin.column.process')}>{processName(form.processType)}</td>
                <td data-label={t('formAdmin.column.running')} className="form-list__short">
                  {form.running}
                </td>
                <td data-label={t('common.actions')}>
                  <div className="form-list__actions">
                    <a
                      className="button button--quiet"
                      href={routeHref({ name: 'formEditor', key: form.key })}
                      aria-label={t('formAdmin.editNamed', { title })}
                    >
                      {t('common.edit')}
                    </a>
                    {form.latestVersion !== null && (
                      <a
                        className="button button--quiet"
                        href={formAdminApi.exportHref(form.key)}
                        download
                        title={t('formAdmin.exportNamed', { title })}
                      >
                        {/* The visible words start the link's name (WCAG 2.5.3); the form's title tells the links apart. */}
                        {t('formAdmin.export')}
                        <span className="visually-hidden"> · {title}</span>
                      </a>
                    )}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </SideScroll>
  );
}
