// A city's spreadsheet names enterprise types in Chinese and gets, for each bad cell, the rule of that column, the row
// number it shows and the header it used.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { creditCodeCheckChar } from '#core/domain/identifiers';
import { HttpSession } from '#scripts/kit/http-session';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';

function code(seq: number): string {
  const first17 = `91370105${String(seq).padStart(8, '0')}Y`;
  return first17 + creditCodeCheckChar(first17);
}

const HEADER = '企业名称,统一社会信用代码,企业类型,重点企业,手机,联络员邮箱';
/** Row 2 and 4 are good; row 3 has a 7-digit mobile; row 5 is blank; row 6 has a broken email. */
const CITY_FILE = [
  HEADER,
  `历下施工有限公司,${code(701)},施工企业,是,13800138000,`,
  `槐荫监理有限公司,${code(702)},Supervision enterprise,否,1360013,`,
  `天桥投资有限公司,${code(703)},政府投资平台,Y,,`,
  '',
  `市中总包有限公司,${code(704)},工程总承包企业,N,13900139000,li@`,
].join('\n');

describe.each(testDatabases())('CSV import values on $name', (database) => {
  let system: RunningSystem;
  let admin: HttpSession;
  const post = (path: string, text: string) => admin.request('POST', path, text, { contentType: 'text/csv' });

  beforeAll(async () => {
    system = await startSystem(database);
    admin = new HttpSession(system.baseUrl);
    await admin.login('admin', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('accepts 施工企业 and speaks of the mobile and email rules at the spreadsheet’s row and header, in Chinese', async () => {
    admin.locale = 'zh-CN';
    const report = await post('/api/import/enterprises?dryRun=1', CITY_FILE);
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ dryRun: true, total: 4, written: false });
    expect(report.body.errors).toEqual([
      { line: 3, column: 'liaison_mobile', header: '手机', message: '请填写11位手机号码' },
      { line: 6, column: 'liaison_email', header: '联络员邮箱', message: '请填写有效的电子邮箱地址' },
    ]);
  });

  it('says the same in English', async () => {
    admin.locale = 'en';
    const report = await post('/api/import/enterprises?dryRun=1', CITY_FILE);
    expect(report.body.errors).toEqual([
      { line: 3, column: 'liaison_mobile', header: '手机', message: 'Enter an 11-digit mobile number' },
      { line: 6, column: 'liaison_email', header: '联络员邮箱', message: 'Enter a valid email address' },
    ]);
  });

  it('lists the accepted enterprise types by name and asks for an empty required cell by its header', async () => {
    const file = [HEADER, `某某面包房,${code(705)},面包店,,,`, `,${code(706)},监理企业,,,`].join('\n');
    admin.locale = 'zh-CN';
    expect((await post('/api/import/enterprises?dryRun=1', file)).body.errors).toEqual([
      { line: 2, column: 'type', header: '企业类型', message: '请填写以下之一：施工企业、工程总承包企业、监理企业、政府投资平台' },
      { line: 3, column: 'name', header: '企业名称', message: '请填写「企业名称」' },
    ]);
    admin.locale = 'en';
    expect((await post('/api/import/enterprises?dryRun=1', file)).body.errors).toEqual([
      {
        line: 2,
        column: 'type',
        header: '企业类型',
        message:
          'Enter one of: Construction enterprise, General contracting enterprise, Supervision enterprise, Government investment platform',
      },
      { line: 3, column: 'name', header: '企业名称', message: 'Enter “企业名称”' },
    ]);
  });

  it('stores the keys of the names and yes/no words the file used', async () => {
    admin.locale = 'zh-CN';
    const fixed = CITY_FILE.replace(',1360013,', ',13600131234,').replace(',li@', ',li@example.com');
    const answer = await post('/api/import/enterprises', fixed);
    expect(answer.body).toMatchObject({ written: true, created: 4, errors: [] });
    const stored = await system
      .db('enterprises')
      .whereIn('credit_code', [code(701), code(702), code(703), code(704)])
      .orderBy('credit_code')
      .select('type', 'focus', 'liaison_mobile');
    expect(stored.map((row: { type: string; focus: unknown }) => [row.type, Boolean(row.focus)])).toEqual([
      ['construction', true],
      ['supervision', false],
      ['investment_platform', true],
      ['general_contractor', false],
    ]);
  });

  it('imports projects whose status is written by its Chinese name', async () => {
    const file = [
      '企业统一社会信用代码,项目名称,状态,重大项目',
      `${code(701)},历下一号楼,具备开工条件,是`,
      `${code(702)},槐荫二号楼,停工,否`,
    ].join('\n');
    const report = await post('/api/import/projects?dryRun=1', file);
    expect(report.body.errors).toEqual([
      { line: 3, column: 'status', header: '状态', message: '请填写以下之一：已开工、具备开工条件、延期开工' },
    ]);
    const written = await post('/api/import/projects', file.split('\n').slice(0, 2).join('\n'));
    expect(written.body).toMatchObject({ written: true, created: 1 });
    expect(await system.db('projects').where({ name: '历下一号楼' }).first()).toMatchObject({ status: 'ready' });
  });
});
