// The columns an import file needs, with the accepted headers, whether each is required and how values are written.
import type { ImportKind } from '../../api/admin-types';
import { useI18n } from '../../i18n/use-i18n';
import { IMPORT_COLUMNS } from './import-columns';

/** A table describing the columns of one import kind. */
export function ImportColumnTable({ kind }: { kind: ImportKind }) {
  const { t } = useI18n();
  return (
    <div className="table-wrap">
      <table className="table table--stack column-table">
        <caption className="visually-hidden">{t('import.columnsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.header')}</th>
            <th scope="col">{t('import.headerZh')}</th>
            <th scope="col">{t('common.required')}</th>
            <th scope="col">{t('import.values')}</th>
          </tr>
        </thead>
        <tbody>
          {IMPORT_COLUMNS[kind].map((column) => (
            <tr key={column.name}>
              <td data-label={t('import.header')}>
                <code>{column.name}</code>
              </td>
              <td data-label={t('import.headerZh')}>{column.zh}</td>
              <td data-label={t('common.required')}>{column.required ? t('common.yes') : t('common.no')}</td>
              <td data-label={t('import.values')}>{t(`import.values.${column.values}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
