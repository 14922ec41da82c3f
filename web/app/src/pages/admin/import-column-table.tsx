// The columns an import file needs, with the accepted headers, whether each is required and how values are written.
import { ENTERPRISE_TYPES, PROJECT_STATUSES } from '#core/org/org-types';
import type { ImportKind } from '../../api/admin-types';
import { useI18n } from '../../i18n/use-i18n';
import type { MessageKey } from '../../i18n/zh-cn-messages';
import { IMPORT_COLUMNS, type ColumnValues } from './import-columns';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { orgAdminZhCn } from '../../i18n/messages/org-admin-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(orgAdminZhCn);

// Columns of a fixed set of values: each value as the file must carry it, in <code>, with its name in words.
const CODES: Partial<Record<ColumnValues, readonly { code: string; label: MessageKey }[]>> = {
  enterpriseType: ENTERPRISE_TYPES.map((code) => ({ code, label: `enterpriseType.${code}` as const })),
  projectStatus: PROJECT_STATUSES.map((code) => ({ code, label: `projectStatus.${code}` as const })),
};

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
              <td data-label={t('import.headerZh')}>
                <code>{column.zh}</code>
              </td>
              <td data-label={t('common.required')}>{column.required ? t('common.yes') : t('common.no')}</td>
              <td data-label={t('import.values')}>
                {t(`import.values.${column.values}`)}
                {CODES[column.values] && (
                  <ul className="plain-list">
                    {CODES[column.values]!.map(({ code, label }) => (
                      <li key={code}>
                        <code>{code}</code> {t(label)}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
