// Validates every row of an import against the same schemas as the API and against the DB and the rest of the file;
// the result is either a list of problems or a plan that can be written in one transaction.
import type { Db } from '#core/stores/db-types';
import { enterpriseIdsByCreditCode, insertEnterprise, updateEnterprise, type EnterpriseFields } from '#core/stores/org/enterprise-store';
import { insertProject, projectIdByName, updateProject } from '#core/stores/org/project-store';
import { usersInRole } from '#core/stores/user-store';
import type { Locale, LocalizedText } from '#core/domain/locale';
import { readSettings } from '#core/org/settings';
import { assignmentProblem } from '../org/assign-cadre';
import { ENTERPRISE_PROPERTIES, PROJECT_PROPERTIES } from '../org/org-schemas';
import { ASSIGNMENT_RULES, ENTERPRISE_RULES, PROJECT_RULES, cellValue, requiredMessage, headerOf, type ColumnRule } from './column-rules';
import type { ParsedCsv } from './csv-rows';
import { rowProblem, rowProblems, rowSchema, type RowProblem } from './row-problems';

export type { RowProblem } from './row-problems';

/** What an import would do. */
export interface ImportPlan {
  problems: RowProblem[];
  /** Applies the plan inside a transaction; returns created and updated counts. */
  apply(trx: Db, actorId: number): Promise<{ created: number; updated: number }>;
}

const NO_ENTERPRISE: LocalizedText = { 'zh-CN': '没有此统一社会信用代码的企业', en: 'no enterprise has this credit code' };

/** Each rule's cell as the record holds it. */
function recordOf(rules: readonly ColumnRule[], values: Record<string, string>): Record<string, string | boolean> {
  return Object.fromEntries(rules.map((rule) => [rule.field, cellValue(rule, values[rule.column])]));
}

/** Enterprises, matched on credit code: new codes are created, known ones updated. */
export async function planEnterprises(db: Db, { rows, headers }: ParsedCsv, locale: Locale): Promise<ImportPlan> {
  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();
  const schema = rowSchema(ENTERPRISE_PROPERTIES, ENTERPRISE_RULES, headers, locale);
  const records = rows.map(({ line, values }) => {
    // `focus` stays the text given when it is no yes/no, for the schema to refuse it.
    const cells = recordOf(ENTERPRISE_RULES, values);
    const record = { ...cells, creditCode: String(cells.creditCode).toUpperCase() } as Omit<EnterpriseFields, 'focus'> & {
      focus: boolean | string;
    };
    problems.push(...rowProblems(line, schema, record, ENTERPRISE_RULES, headers, locale));
    const code = record.creditCode;
    if (!code) return record;
    const first = seen.get(code);
    if (first)
      problems.push(
        rowProblem(line, 'credit_code', ENTERPRISE_RULES, headers, locale, {
          'zh-CN': `与第 ${first} 行重复`,
          en: `duplicates line ${first}`,
        }),
      );
    else seen.set(code, line);
    return record;
  });
  const existing = new Map<string, number>();
  for (let i = 0; i < records.length; i += 500) {
    const codes = records
      .slice(i, i + 500)
      .map((r) => r.creditCode)
      .filter(Boolean);
    for (const [code, id] of await enterpriseIdsByCreditCode(db, codes)) existing.set(code, id);
  }
  return {
    problems,
    async apply(trx) {
      let created = 0;
      let updated = 0;
      const now = new Date().toISOString();
      for (const record of records) {
        const id = existing.get(record.creditCode);
        if (id) {
          await updateEnterprise(trx, id, { ...record, focus: record.focus as boolean });
          updated += 1;
        } else {
          await insertEnterprise(trx, { ...record, focus: record.focus as boolean }, now);
          created += 1;
        }
      }
      return { created, updated };
    },
  };
}

/** Projects, matched on enterprise credit code + project name. */
export async function planProjects(db: Db, { rows, headers }: ParsedCsv, locale: Locale): Promise<ImportPlan> {
  const problems: RowProblem[] = [];
  const enterprises = await enterpriseIdsByCreditCode(db);
  const schema = rowSchema(PROJECT_PROPERTIES, PROJECT_RULES, headers, locale);
  const records = rows.map(({ line, values }) => {
    const problem = knownEnterprise(values.enterprise_credit_code, enterprises, PROJECT_RULES, headers, locale);
    if (problem) problems.push({ line, ...problem });
    const { name, site, status, major } = recordOf(PROJECT_RULES, values);
    const record = { name: String(name), site: String(site), status: String(status), major };
    problems.push(...rowProblems(line, schema, record, PROJECT_RULES, headers, locale));
    return { enterpriseId: enterprises.get((values.enterprise_credit_code ?? '').trim().toUpperCase()), ...record };
  });
  return {
    problems,
    async apply(trx) {
      let created = 0;
      let updated = 0;
      for (const record of records) {
        // Only applied without problems: every record has its enterprise and a yes/no `major`.
        const fields = {
          enterpriseId: record.enterpriseId!,
          name: record.name,
          site: record.site,
          status: record.status,
          major: record.major as boolean,
        };
        const known = await projectIdByName(trx, fields.enterpriseId, record.name);
        if (known) {
          await updateProject(trx, known, fields);
          updated += 1;
        } else {
          await insertProject(trx, fields);
          created += 1;
        }
      }
      return { created, updated };
    },
  };
}

/** The problem with an enterprise credit code cell that names no enterprise, or none. */
function knownEnterprise(
  cell: string | undefined,
  enterprises: Map<string, number>,
  rules: readonly ColumnRule[],
  headers: Record<string, string>,
  locale: Locale,
): Omit<RowProblem, 'line'> | undefined {
  const column = 'enterprise_credit_code';
  const code = (cell ?? '').trim().toUpperCase();
  if (code && enterprises.has(code)) return undefined;
  const header = headerOf(rules, column, headers, locale);
  return { column, header, message: (code ? NO_ENTERPRISE : requiredMessage(header))[locale] };
}

/** Cadre assignments by cadre username and enterprise credit code; the per-cadre limit counts the file's rows too. */
export async function planAssignments(
  db: Db,
  { rows, headers }: ParsedCsv,
  locale: Locale,
  assign: (trx: Db, cadreId: number, enterpriseId: number, actorId: number) => Promise<void>,
): Promise<ImportPlan> {
  const problems: RowProblem[] = [];
  const { maxEnterprisesPerCadre } = await readSettings(db);
  const cadres = new Map((await usersInRole(db, 'cadre')).map((cadre) => [cadre.username, cadre.id]));
  const enterprises = await enterpriseIdsByCreditCode(db);
  const pending = new Map<number, number>();
  const pairs: [number, number][] = [];
  const cadreProblem = (line: number, message: LocalizedText | string) =>
    rowProblem(line, 'cadre_username', ASSIGNMENT_RULES, headers, locale, message);
  for (const { line, values } of rows) {
    const username = (values.cadre_username ?? '').trim();
    const cadreId = cadres.get(username);
    const enterpriseId = enterprises.get((values.enterprise_credit_code ?? '').trim().toUpperCase());
    if (!cadreId)
      problems.push(
        cadreProblem(
          line,
          username
            ? { 'zh-CN': '没有此用户名的包挂干部', en: 'no cadre has this username' }
            : requiredMessage(headerOf(ASSIGNMENT_RULES, 'cadre_username', headers, locale)),
        ),
      );
    const problem = knownEnterprise(values.enterprise_credit_code, enterprises, ASSIGNMENT_RULES, headers, locale);
    if (problem) problems.push({ line, ...problem });
    if (!cadreId || !enterpriseId) continue;
    const limit = await assignmentProblem(db, cadreId, enterpriseId, maxEnterprisesPerCadre, pending.get(cadreId) ?? 0);
    if (limit) problems.push(cadreProblem(line, limit.messageIn(locale)));
    pending.set(cadreId, (pending.get(cadreId) ?? 0) + 1);
    pairs.push([cadreId, enterpriseId]);
  }
  return {
    problems,
    async apply(trx, actorId) {
      for (const [cadreId, enterpriseId] of pairs) await assign(trx, cadreId, enterpriseId, actorId);
      return { created: pairs.length, updated: 0 };
    },
  };
}
