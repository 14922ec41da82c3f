import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar } from '#core/domain/identifiers';
import type { Locale } from '#core/domain/locale';
import { ENTERPRISE_RULES, PROJECT_RULES, cellValue } from '#web/server/import/column-rules';
import { parseCsv } from '#web/server/import/csv-rows';
import { rowProblems, rowSchema } from '#web/server/import/row-problems';
import { ENTERPRISE_PROPERTIES, PROJECT_PROPERTIES } from '#web/server/org/org-schemas';

const CODE = `91370102MA3C4Y9U1${creditCodeCheckChar('91370102MA3C4Y9U1')}`;
const GOOD: Record<string, string> = {
  name: '济南第一建设工程有限公司',
  credit_code: CODE,
  type: '施工企业',
  focus: '是',
  address: '',
  liaison_name: '张三',
  liaison_mobile: '13800138000',
  liaison_email: '',
};
const ZH_HEADERS = {
  name: '企业名称',
  credit_code: '统一社会信用代码',
  type: '企业类型',
  focus: '重点企业',
  liaison_mobile: '手机',
  liaison_email: '联络员邮箱',
};

function enterpriseProblems(cells: Record<string, string>, locale: Locale, headers: Record<string, string> = ZH_HEADERS) {
  const values = { ...GOOD, ...cells };
  const record = Object.fromEntries(ENTERPRISE_RULES.map((rule) => [rule.field, cellValue(rule, values[rule.column])]));
  const schema = rowSchema(ENTERPRISE_PROPERTIES, ENTERPRISE_RULES, headers, locale);
  return rowProblems(7, schema, { ...record, creditCode: GOOD.credit_code }, ENTERPRISE_RULES, headers, locale);
}

describe('import row problems', () => {
  it('finds none in a good row whose type is written by its Chinese name', () => {
    expect(enterpriseProblems({}, 'zh-CN')).toEqual([]);
  });

  // cell changed, column, header, zh-CN, en
  const CASES = [
    [{ liaison_mobile: '1360013' }, 'liaison_mobile', '手机', '请填写11位手机号码', 'Enter an 11-digit mobile number'],
    [{ liaison_email: 'zhang@' }, 'liaison_email', '联络员邮箱', '请填写有效的电子邮箱地址', 'Enter a valid email address'],
    [
      { type: '面包店' },
      'type',
      '企业类型',
      '请填写以下之一：施工企业、工程总承包企业、监理企业、政府投资平台',
      'Enter one of: Construction enterprise, General contracting enterprise, Supervision enterprise, Government investment platform',
    ],
    [
      { focus: '也许' },
      'focus',
      '重点企业',
      '请填写“是”或“否”（也可填 Y/N、1/0），留空为否',
      'Enter yes or no (or Y/N, 1/0); empty means no',
    ],
    [{ name: '' }, 'name', '企业名称', '请填写「企业名称」', 'Enter “企业名称”'],
    [{ type: '　' }, 'type', '企业类型', '请填写「企业类型」', 'Enter “企业类型”'],
    [{ name: '甲' }, 'name', '企业名称', '至少填写 2 个字', 'Enter at least 2 characters'],
  ] as const;

  it.each(CASES)('speaks of the column’s own rule for %j, naming the row and the file’s header', (cells, column, header, zh, en) => {
    expect(enterpriseProblems(cells, 'zh-CN')).toEqual([{ line: 7, column, header, message: zh }]);
    expect(enterpriseProblems(cells, 'en')).toEqual([{ line: 7, column, header, message: en }]);
  });

  it('names a column the file lacks by the template’s header in the reader’s language', () => {
    const headers = { name: 'name', credit_code: 'credit_code' };
    expect(enterpriseProblems({ type: '' }, 'zh-CN', headers)).toEqual([
      { line: 7, column: 'type', header: '企业类型', message: '请填写「企业类型」' },
    ]);
    expect(enterpriseProblems({ type: '' }, 'en', headers)).toEqual([{ line: 7, column: 'type', header: 'type', message: 'Enter “type”' }]);
  });

  it('reads a project status by its name and asks for a missing one', () => {
    const headers = { name: '项目名称', status: '状态' };
    const schema = rowSchema(PROJECT_PROPERTIES, PROJECT_RULES, headers, 'zh-CN');
    const record = (status: string) => ({ name: '一号楼', site: '', status: cellValue(PROJECT_RULES[3]!, status), major: false });
    expect(record('具备开工条件').status).toBe('ready');
    expect(rowProblems(3, schema, record('具备开工条件'), PROJECT_RULES, headers, 'zh-CN')).toEqual([]);
    expect(rowProblems(3, schema, record('停工'), PROJECT_RULES, headers, 'zh-CN')).toEqual([
      { line: 3, column: 'status', header: '状态', message: '请填写以下之一：已开工、具备开工条件、延期开工' },
    ]);
  });
});

describe('the rows of a CSV file', () => {
  it('are numbered as a spreadsheet shows them, blank rows counted, with each column’s header as written', () => {
    const parsed = parseCsv('\uFEFF企业名称, 手机 \n甲公司,1\n\n,\n"乙\n公司",2\n');
    expect(parsed.columns).toEqual(['name', 'liaison_mobile']);
    expect(parsed.headers).toEqual({ name: '企业名称', liaison_mobile: '手机' });
    expect(parsed.rows).toEqual([
      { line: 2, values: { name: '甲公司', liaison_mobile: '1' } },
      { line: 5, values: { name: '乙\n公司', liaison_mobile: '2' } },
    ]);
  });
});
