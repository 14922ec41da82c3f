// The columns of each CSV import (web/server/import/import-plans.ts) with the Chinese headers the server also accepts (csv-rows.ts).
import type { ImportKind } from '../../api/admin-types';

/** How a column's values are written. */
export type ColumnValues = 'text' | 'creditCode' | 'enterpriseType' | 'projectStatus' | 'yesNo' | 'mobile' | 'email' | 'username';

/** One column of an import file. */
export interface ImportColumn {
  /** The canonical header; error reports name columns this way. */
  name: string;
  /** The Chinese header accepted as an alias. */
  zh: string;
  required: boolean;
  values: ColumnValues;
}

const column = (name: string, zh: string, required: boolean, values: ColumnValues): ImportColumn => ({ name, zh, required, values });

/** The columns of each import kind, in template order. */
export const IMPORT_COLUMNS: Record<ImportKind, readonly ImportColumn[]> = {
  enterprises: [
    column('name', '企业名称', true, 'text'),
    column('credit_code', '统一社会信用代码', true, 'creditCode'),
    column('type', '企业类型', true, 'enterpriseType'),
    column('focus', '重点企业', false, 'yesNo'),
    column('address', '地址', false, 'text'),
    column('liaison_name', '联络员', false, 'text'),
    column('liaison_mobile', '联络员手机', false, 'mobile'),
    column('liaison_email', '联络员邮箱', false, 'email'),
  ],
  projects: [
    column('enterprise_credit_code', '企业统一社会信用代码', true, 'creditCode'),
    column('name', '项目名称', true, 'text'),
    column('site', '工地地址', false, 'text'),
    column('status', '状态', true, 'projectStatus'),
    column('major', '重大项目', false, 'yesNo'),
  ],
  assignments: [
    column('cadre_username', '干部用户名', true, 'username'),
    column('enterprise_credit_code', '企业统一社会信用代码', true, 'creditCode'),
  ],
};

/** A header-only CSV template: Chinese headers (with a BOM, so Excel reads them) or the canonical English ones. */
export function importTemplate(kind: ImportKind, chinese: boolean): string {
  const headers = IMPORT_COLUMNS[kind].map((c) => (chinese ? c.zh : c.name));
  return `${chinese ? '\uFEFF' : ''}${headers.join(',')}\r\n`;
}
