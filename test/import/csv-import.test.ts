import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { creditCodeCheckChar } from '#core/domain/identifiers';
import { HttpSession } from '#scripts/kit/http-session';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';

const TYPES = ['construction', 'general_contractor', 'supervision', 'investment_platform'];

function code(seq: number): string {
  const first17 = `91370102${String(seq).padStart(8, '0')}X`;
  return first17 + creditCodeCheckChar(first17);
}

/** 1,000 enterprise rows; `broken` replaces three of them with faults at known lines. */
function enterprisesCsv(broken: boolean): { text: string; badLines: number[] } {
  const rows = Array.from({ length: 1000 }, (_, i) => [
    `第${i + 1}建设工程有限公司`,
    code(i + 1),
    TYPES[i % 4]!,
    i % 10 === 0 ? '是' : '否',
    `济南市槐荫区 ${i + 1} 号`,
    '联络员',
    '13800138000',
    '',
  ]);
  if (broken) {
    rows[9]![1] = `${code(10).slice(0, 17)}${code(10).endsWith('0') ? '1' : '0'}`; // wrong check character → line 11
    rows[499]![2] = 'bakery'; // not an enterprise type → line 501
    rows[998]![1] = code(1); // the same code as line 2 → line 1000
  }
  const header = '企业名称,统一社会信用代码,企业类型,重点企业,地址,联络员,联络员手机,联络员邮箱';
  return { text: [header, ...rows.map((r) => r.join(','))].join('\n'), badLines: broken ? [11, 501, 1000] : [] };
}

describe.each(testDatabases())('CSV import on $name', (database) => {
  let system: RunningSystem;
  let admin: HttpSession;
  const post = (path: string, text: string) => admin.request('POST', path, text, { contentType: 'text/csv' });
  const count = async (table: string) => Number((await system.db(table).count({ n: '*' }).first())?.n);

  beforeAll(async () => {
    system = await startSystem(database);
    admin = new HttpSession(system.baseUrl);
    await admin.login('admin', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('reports exactly the 3 bad rows of 1,000 in a dry run, and writes nothing', async () => {
    const before = await count('enterprises');
    const { text, badLines } = enterprisesCsv(true);
    const report = await post('/api/import/enterprises?dryRun=1', text);
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ dryRun: true, total: 1000, written: false });
    expect(report.body.errors.map((e: { line: number }) => e.line)).toEqual(badLines);
    expect(report.body.errors.map((e: { column: string }) => e.column)).toEqual(['credit_code', 'type', 'credit_code']);
    expect(report.body.errors[2].message).toBe('与第 2 行重复');
    expect(await count('enterprises')).toBe(before);
  });

  it('refuses the real import of that file with 422 and writes nothing', async () => {
    const before = await count('enterprises');
    const answer = await post('/api/import/enterprises', enterprisesCsv(true).text);
    expect(answer.status).toBe(422);
    expect(answer.body.errors).toHaveLength(3);
    expect(await count('enterprises')).toBe(before);
  });

  it('imports all 1,000 rows of the corrected file and audits it', async () => {
    const before = await count('enterprises');
    const answer = await post('/api/import/enterprises', enterprisesCsv(false).text);
    expect(answer.body).toMatchObject({ written: true, created: 1000, updated: 0, errors: [] });
    expect(await count('enterprises')).toBe(before + 1000);
    expect(
      await system
        .db('enterprises')
        .where({ credit_code: code(1) })
        .first(),
    ).toMatchObject({ name: '第1建设工程有限公司', type: 'construction' });
    expect(await system.db('audit_log').where({ action: 'import.enterprises' }).first()).toBeDefined();
    const again = await post('/api/import/enterprises', enterprisesCsv(false).text);
    expect(again.body).toMatchObject({ created: 0, updated: 1000 });
  });

  it('imports projects and cadre assignments, refusing rows that name nobody or overfill a cadre', async () => {
    const projects = await post(
      '/api/import/projects',
      ['enterprise_credit_code,name,site,status,major', `${code(1)},一号楼,济南,started,1`, `${code(2)},二号楼,济南,ready,0`].join('\n'),
    );
    expect(projects.body).toMatchObject({ written: true, created: 2 });
    const badProjects = await post(
      '/api/import/projects?dryRun=1',
      ['enterprise_credit_code,name,status', `${code(999_999)},幽灵项目,started`, `${code(3)},三号楼,paused`].join('\n'),
    );
    expect(badProjects.body.errors.map((e: { line: number; column: string }) => [e.line, e.column])).toEqual([
      [2, 'enterprise_credit_code'],
      [3, 'status'],
    ]);
    const cadre3Count = Number(
      (
        await system
          .db('cadre_assignments as a')
          .join('users as u', 'u.id', 'a.cadre_id')
          .where('u.username', 'cadre3')
          .whereNull('a.ended_at')
          .count({ n: '*' })
          .first()
      )?.n,
    );
    const rows = Array.from({ length: 6 - cadre3Count }, (_, i) => `cadre3,${code(100 + i)}`);
    const overfilled = await post('/api/import/assignments?dryRun=1', ['cadre_username,enterprise_credit_code', ...rows].join('\n'));
    expect(overfilled.body.errors.map((e: { line: number }) => e.line)).toEqual([rows.length + 1]);
    const fits = await post('/api/import/assignments', ['cadre_username,enterprise_credit_code', ...rows.slice(0, -1)].join('\n'));
    expect(fits.body).toMatchObject({ written: true, created: rows.length - 1 });
  });

  it('says what is wrong with a file that is not CSV', async () => {
    const answer = await post('/api/import/enterprises', 'name,credit_code\n"unterminated');
    expect(answer).toMatchObject({ status: 400, body: { error: { code: 'bad_csv' } } });
  });
});
