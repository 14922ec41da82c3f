// The compliance grid: enterprises × days (daily forms) or × campaigns (one-off forms), each cell on time, late,
// missed, expected (still open) or not required, with the submission it links to. Always within the caller's scope.
import type { ComplianceCell, ComplianceColumn, ComplianceGrid } from '../../api/collection-types';
import { publicId } from '../../domain/public-id';
import { addDays } from '../../domain/working-calendar';
import type { Db } from '../db-types';
import { newestPublishedForms } from './collection-form-store';

export type { ComplianceCell, ComplianceColumn, ComplianceGrid };

/** Filters of a grid request, already checked. */
export interface GridQuery {
  formKey: string | null;
  from: string;
  to: string;
  cadreId: number | null;
  scope: 'all' | number[];
  limit: number;
  offset: number;
}

const NOT_REQUIRED: ComplianceCell = { status: 'not_required', submissionId: null, amendments: 0, escalatedTo: null };

/** The collection forms (newest published version of each). */
export async function collectionForms(db: Db): Promise<ComplianceGrid['forms']> {
  return (await newestPublishedForms(db))
    .filter((form) => form.process.processType === 'collection')
    .map((form) => ({ key: form.key, title: form.title, recurrence: (form.process.params.recurrence as string | undefined) ?? 'daily' }));
}

function dateRange(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) dates.push(date);
  return dates;
}

/** Builds the grid for one form over a date range: the form named, or the daily report when none is; undefined when
 * the form named is not a published collection form (unknown, retired, or not a collection). */
export async function complianceGrid(db: Db, query: GridQuery): Promise<ComplianceGrid | undefined> {
  const forms = await collectionForms(db);
  if (query.formKey !== null && !forms.some((f) => f.key === query.formKey)) return undefined;
  const form = forms.find((f) => f.key === query.formKey) ?? forms.find((f) => f.key === 'daily-report') ?? forms[0];
  const empty: ComplianceGrid = {
    forms,
    formKey: form?.key ?? null,
    from: query.from,
    to: query.to,
    columns: [],
    rows: [],
    totalEnterprises: 0,
  };
  if (!form) return empty;
  const rounds = await db('collection_rounds')
    .where({ form_key: form.key })
    .whereBetween('local_date', [query.from, query.to])
    .orderBy('opens_at')
    .select('id', 'local_date', 'deadline_at');
  const columns: ComplianceColumn[] =
    form.recurrence === 'daily'
      ? dateRange(query.from, query.to).map((date) => {
          const round = rounds.find((r) => r.local_date === date);
          return { key: date, date, roundId: round?.id ?? null, deadlineAt: round?.deadline_at ?? null };
        })
      : rounds.map((round) => ({ key: round.id, date: round.local_date, roundId: round.id, deadlineAt: round.deadline_at }));
  const enterprises = db('enterprises as e')
    .leftJoin('cadre_assignments as a', function active() {
      this.on('a.enterprise_id', 'e.id').andOnNull('a.ended_at');
    })
    .leftJoin('users as c', 'c.id', 'a.cadre_id');
  if (query.scope !== 'all') enterprises.whereIn('e.id', query.scope);
  if (query.cadreId !== null) enterprises.where('a.cadre_id', query.cadreId);
  const total = await enterprises.clone().countDistinct({ n: 'e.id' }).first();
  const list = await enterprises
    .orderBy('e.name')
    .orderBy('e.id')
    .limit(query.limit)
    .offset(query.offset)
    .select('e.id', 'e.name', 'c.display_name as cadre');
  const ids = list.map((row) => Number(row.id));
  const roundIds = columns.flatMap((column) => (column.roundId ? [column.roundId] : []));
  const reports =
    ids.length && roundIds.length
      ? await db('collection_reports')
          .whereIn('round_id', roundIds)
          .whereIn('enterprise_id', ids)
          .select('round_id', 'enterprise_id', 'status', 'submission_id', 'amendments', 'escalated_to')
      : [];
  const byKey = new Map(reports.map((r) => [`${r.round_id}|${r.enterprise_id}`, r]));
  const seen = new Set<number>();
  const rows = list
    .filter((row) => !seen.has(Number(row.id)) && seen.add(Number(row.id)))
    .map((row) => ({
      enterpriseId: Number(row.id),
      name: row.name as string,
      cadre: (row.cadre as string | null) ?? null,
      cells: columns.map((column): ComplianceCell => {
        const report = column.roundId ? byKey.get(`${column.roundId}|${row.id}`) : undefined;
        if (!report) return NOT_REQUIRED;
        return {
          status: report.status,
          submissionId: report.submission_id ?? null,
          amendments: Number(report.amendments),
          escalatedTo: report.escalated_to ?? null,
        };
      }),
    }));
  // A campaign's column is keyed by its round; both show the round's id as the API shows it (no `/`).
  const shown = columns.map((column) => ({
    ...column,
    key: column.key === column.roundId ? publicId(column.key) : column.key,
    roundId: column.roundId === null ? null : publicId(column.roundId),
  }));
  return { ...empty, columns: shown, rows, totalEnterprises: Number(total?.n ?? 0) };
}
