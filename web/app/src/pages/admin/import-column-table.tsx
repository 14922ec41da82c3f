// The columns an import file needs, with the accepted headers, whether each is required and how values are written.
import { ENTERPRISE_TYPE_NAMES, PROJECT_STATUS_NAMES } from '#core/domain/glossary';
import type { LocalizedText } from '#core/domain/locale';
import type { ImportKind } from '../../api/admin-types';
import { punctuation } from '../../i18n/punctuation';
import { useI18n } from '../../i18n/use-i18n';
import { IMPORT_COLUMNS, type ColumnValues } from './import-columns';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { orgAdminZhCn } from '../../i18n/messages/org-admin-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(orgAdminZhCn);

// Columns of a fixed set of values, named as a city's spreadsheet holds them; the server also takes the other
// language's name and the stored key (web/server/import/column-values.ts), which the hint below the names says.
const CHOICES: Partial<Record<ColumnValues, Readonly<Record<string, LocalizedText>>>> = {
  enterpriseType: ENTERPRISE_TYPE_NAMES,
  projectStatus: PROJECT_STATUS_NAMES,
};

/** A table describing the columns of one import kind. */
export function ImportColumnTable({ kind }: { kind: ImportKind }) {
  const { t, pick, locale } = useI18n();
  return (
    <div className="table-wrap">
      <table className="table table--stack column-table">
        <caption className="visually-hidden">{t('import.columnsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.header')}</th>
            <th scope="col">{t('import.headerZh')}</th>
            {/* A column head, capitalised like its neighbours: not the lower-case mark beside a field's label. */}
            <th scope="col">{t('import.requiredColumn')}</th>
            <th scope="col">{t('import.values')}</th>
          </tr>
        </thead>
        <tbody>
          {IMPORT_COLUMNS[kind].map((column) => {
            const choices = CHOICES[column.values];
            return (
              <tr key={column.name}>
                <td data-label={t('import.header')}>
                  <code>{column.name}</code>
                </td>
                <td data-label={t('import.headerZh')}>
                  <code>{column.zh}</code>
                </td>
                <td data-label={t('import.requiredColumn')}>{column.required ? t('common.yes') : t('common.no')}</td>
                <td data-label={t('import.values')}>
                  {t(`import.values.${column.values}`)}
                  {choices && (
                    <>
                      <p>{Object.values(choices).map(pick).join(punctuation(locale).list)}</p>
                      <p className="muted">{t('import.values.otherNames')}</p>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
