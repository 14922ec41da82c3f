// Hands a figure group out in one language: the screen and the exports read plain strings.
import type { Locale, LocalizedText } from '#core/domain/locale';
import type { FigureCell, FigureColumn, FigureGroup } from '#core/dashboard/figure-group';

/** A cell once localized. */
export type LocalCell = number | string | null;

/** A figure group with every text in one language (same shape, strings instead of bilingual texts). */
export interface LocalFigureGroup {
  key: string;
  title: string;
  dated: boolean;
  note: string | null;
  totals: { key: string; label: string; value: number }[];
  tables: {
    key: string;
    title: string;
    columns: { key: string; label: string; kind: FigureColumn['kind'] }[];
    rows: {
      cells: Record<string, LocalCell>;
      link?: FigureGroup['tables'][number]['rows'][number]['link'];
      drill?: { table: string; column: string; value: LocalCell };
    }[];
    total: number;
    chart?: FigureGroup['tables'][number]['chart'];
  }[];
}

const say = (value: LocalizedText, locale: Locale) => value[locale];

/** The text of a cell in `locale`. */
export function localCell(cell: FigureCell, locale: Locale): LocalCell {
  return cell !== null && typeof cell === 'object' ? cell[locale] : cell;
}

/** The group in `locale`. */
export function localizeGroup(group: FigureGroup, locale: Locale): LocalFigureGroup {
  return {
    key: group.key,
    title: say(group.title, locale),
    dated: group.dated,
    note: group.note ? say(group.note, locale) : null,
    totals: group.totals.map((total) => ({ key: total.key, label: say(total.label, locale), value: total.value })),
    tables: group.tables.map((table) => ({
      ...table,
      title: say(table.title, locale),
      columns: table.columns.map((column) => ({ ...column, label: say(column.label, locale) })),
      rows: table.rows.map((row) => ({
        ...row,
        cells: Object.fromEntries(Object.entries(row.cells).map(([key, cell]) => [key, localCell(cell, locale)])),
        drill: row.drill && { ...row.drill, value: localCell(row.drill.value, locale) },
      })),
    })),
  };
}
