// Every list of records in the app: a captioned table that stacks into cards below 600px (CSS reads `data-label`).
import type { ReactNode } from 'react';

/** One column: its header and how a row fills its cell. */
export interface Column<T> {
  /** Stable id of the column (React key). */
  key: string;
  label: string;
  render: (row: T) => ReactNode;
  /** Classes of the column's cells (e.g. `mono nowrap`). */
  className?: string;
  /** The header is read by screen readers but not shown (an actions column). */
  hideLabel?: boolean;
}

/** Props of DataTable; leave a column out of `columns` (e.g. with `false`) to hide it. */
export interface DataTableProps<T> {
  caption: string;
  columns: (Column<T> | false | null | undefined)[];
  rows: readonly T[];
  rowKey: (row: T) => string | number;
  rowClassName?: (row: T) => string | undefined;
}

/** A responsive table of records. */
export function DataTable<T>({ caption, columns, rows, rowKey, rowClassName }: DataTableProps<T>) {
  const shown = columns.filter((column): column is Column<T> => Boolean(column));
  return (
    <div className="table-wrap">
      <table className="table table--stack">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {shown.map((column) => (
              <th scope="col" key={column.key}>
                {column.hideLabel ? <span className="visually-hidden">{column.label}</span> : column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className={rowClassName?.(row)}>
              {shown.map((column) => (
                <td key={column.key} data-label={column.label} className={column.className}>
                  {/* One box for the cell's content: stacked on a phone, the cell is a grid of label and content, where
                      every loose piece ("走访对象", "：", "项目经理") would take a grid cell, and a line of its own. */}
                  <div className="data-table__cell">{column.render(row)}</div>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
