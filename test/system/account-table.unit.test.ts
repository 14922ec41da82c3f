// `npm start`'s list of demo logins (scripts/kit/account-table.ts): every row's role and name start in the same column,
// however long the longest username, and Chinese text is measured as the two columns a terminal gives each character.
import { describe, expect, it } from 'vitest';
import { accountTable, displayWidth } from '#scripts/kit/account-table';

describe('the start banner account table', () => {
  it('lines up role and name after the longest username and role', () => {
    const lines = accountTable([
      { username: 'admin', role: 'admin', displayName: '市场监管科管理员' },
      { username: 'inspector-industry-regulator', role: 'special_class', displayName: '行业主管部门·检查员' },
      { username: 'ent01', role: 'enterprise', displayName: '泉城城市建设投资集团有限公司·联络员' },
    ]);
    expect(lines).toEqual([
      '    admin                         admin          市场监管科管理员',
      '    inspector-industry-regulator  special_class  行业主管部门·检查员',
      '    ent01                         enterprise     泉城城市建设投资集团有限公司·联络员',
    ]);
    const roleColumns = lines.map((line, i) => line.indexOf(['admin', 'special_class', 'enterprise'][i]!, 6));
    expect(new Set(roleColumns).size).toBe(1);
  });

  it('pads a Chinese value by its display width, so the next column still lines up on screen', () => {
    const lines = accountTable([
      { username: '管理员', role: 'admin', displayName: 'x' },
      { username: 'abcdef', role: 'hq', displayName: 'y' },
    ]);
    expect(lines.map((line) => displayWidth(line.slice(0, line.search(/(admin|hq) /))))).toEqual([12, 12]);
  });

  it('counts a CJK character as two columns and anything else as one', () => {
    expect(displayWidth('ent01')).toBe(5);
    expect(displayWidth('专班·卫健')).toBe(9);
    expect(displayWidth('（包挂干部）')).toBe(12);
  });
});
