// Validates every row of an import against the same schemas as the API and against the DB and the rest of the file;
// the result is either a list of problems or a plan that can be written in one transaction.
import type { RJSFSchema } from '@rjsf/utils';
import type { Db } from '#core/stores/db-types';
import {
  ENTERPRISE_FIELD_COLUMNS,
  enterpriseIdsByCreditCode,
  insertEnterprise,
  updateEnterprise,
  type EnterpriseFields,
} from '#core/stores/org/enterprise-store';
import { insertProject, projectIdByName, updateProject } from '#core/stores/org/project-store';
import { usersInRole } from '#core/stores/user-store';
import type { Locale } from '#core/domain/locale';
import { readSettings } from '#core/org/settings';
import { validateFormData } from '#forms/form-validator';
import { assignmentProblem } from '../org/assign-cadre';
import { ENTERPRISE_CREATE, PROJECT_PROPERTIES } from '../org/org-schemas';
import { yesNo, type CsvRow } from './csv-rows';

/** A problem with one row. */
export interface RowProblem {
  line: number;
  column: string;
  message: string;
}

/** What an import would do. */
export interface ImportPlan {
  problems: RowProblem[];
  /** Applies the plan inside a transaction; returns created and updated counts. */
  apply(trx: Db, actorId: number): Promise<{ created: number; updated: number }>;
}

function schemaProblems(
  line: number,
  schema: Parameters<typeof validateFormData>[0],
  data: Record<string, unknown>,
  locale: Locale,
  columnOf: (path: string) => string,
): RowProblem[] {
  return validateFormData(schema, data, locale).map((problem) => ({ line, column: columnOf(problem.path), message: problem.message }));
}

const msg = (locale: Locale, zh: string, en: string) => (locale === 'en' ? en : zh);

/** Enterprises, matched on credit code: new codes are created, known ones updated. */
export async function planEnterprises(db: Db, rows: CsvRow[], locale: Locale): Promise<ImportPlan> {
  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();
  const records = rows.map(({ line, values }) => {
    // `focus` stays the text given when it is no yes/no, for the schema to refuse it.
    const record: Omit<EnterpriseFields, 'focus'> & { focus: boolean | string } = {
      name: values.name ?? '',
      creditCode: (values.credit_code ?? '').toUpperCase(),
      type: values.type ?? '',
      focus: yesNo(values.focus),
      address: values.address ?? '',
      liaisonName: values.liaison_name ?? '',
      liaisonMobile: values.liaison_mobile ?? '',
      liaisonEmail: values.liaison_email ?? '',
    };
    problems.push(
      ...schemaProblems(
        line,
        ENTERPRISE_CREATE,
        record as unknown as Record<string, unknown>,
        locale,
        (path) => ENTERPRISE_FIELD_COLUMNS[path.split('/')[1] as keyof EnterpriseFields] ?? path,
      ),
    );
    const code = record.creditCode;
    if (seen.has(code))
      problems.push({
        line,
        column: 'credit_code',
        message: msg(locale, `与第 ${seen.get(code)} 行重复`, `duplicates line ${seen.get(code)}`),
      });
    else seen.set(code, line);
    return record;
  });
  const existing = new Map<string, number>();
  for (let i = 0; i < records.length; i += 500) {
    const codes = records.slice(i, i + 500).map((r) => r.creditCode);
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
export async function planProjects(db: Db, rows: CsvRow[], locale: Locale): Promise<ImportPlan> {
  const problems: RowProblem[] = [];
  const enterprises = await enterpriseIdsByCreditCode(db);
  const schema: RJSFSchema = {
    type: 'object',
    required: ['name', 'status'],
    properties: {
      name: PROJECT_PROPERTIES.name,
      site: PROJECT_PROPERTIES.site,
      status: PROJECT_PROPERTIES.status,
      major: PROJECT_PROPERTIES.major,
    },
  };
  const records = rows.map(({ line, values }) => {
    const enterpriseId = enterprises.get((values.enterprise_credit_code ?? '').toUpperCase());
    if (!enterpriseId)
      problems.push({
        line,
        column: 'enterprise_credit_code',
        message: msg(locale, '没有此统一社会信用代码的企业', 'no enterprise has this credit code'),
      });
    const record = { name: values.name ?? '', site: values.site ?? '', status: values.status ?? '', major: yesNo(values.major) };
    problems.push(...schemaProblems(line, schema, record, locale, (path) => path.split('/')[1] ?? path));
    return { enterpriseId, ...record };
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

/** Cadre assignments by cadre username and enterprise credit code; the per-cadre limit counts the file's rows too. */
export async function planAssignments(
  db: Db,
  rows: CsvRow[],
  locale: Locale,
  assign: (trx: Db, cadreId: number, enterpriseId: number, actorId: number) => Promise<void>,
): Promise<ImportPlan> {
  const problems: RowProblem[] = [];
  const { maxEnterprisesPerCadre } = await readSettings(db);
  const cadres = new Map((await usersInRole(db, 'cadre')).map((cadre) => [cadre.username, cadre.id]));
  const enterprises = await enterpriseIdsByCreditCode(db);
  const pending = new Map<number, number>();
  const pairs: [number, number][] = [];
  for (const { line, values } of rows) {
    const cadreId = cadres.get(values.cadre_username ?? '');
    const enterpriseId = enterprises.get((values.enterprise_credit_code ?? '').toUpperCase());
    if (!cadreId)
      problems.push({ line, column: 'cadre_username', message: msg(locale, '没有此用户名的包挂干部', 'no cadre has this username') });
    if (!enterpriseId)
      problems.push({
        line,
        column: 'enterprise_credit_code',
        message: msg(locale, '没有此统一社会信用代码的企业', 'no enterprise has this credit code'),
      });
    if (!cadreId || !enterpriseId) continue;
    const problem = await assignmentProblem(db, cadreId, enterpriseId, maxEnterprisesPerCadre, pending.get(cadreId) ?? 0);
    if (problem) problems.push({ line, column: 'cadre_username', message: problem.messageIn(locale) });
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
