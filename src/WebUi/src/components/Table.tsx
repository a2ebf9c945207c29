import type { ReactNode } from "react";

export interface TableColumn<T> {
  /** The header's text; also the column's key. */
  label: string;
  cell(row: T): ReactNode;
  /** Replaces the text in the header cell (e.g. a sort button). */
  header?: ReactNode;
  sorted?: "ascending" | "descending";
}

/** A data table; `actions` adds a last column of buttons whose header only screen readers hear. */
export function Table<T>({
  rows,
  columns,
  rowKey,
  actions,
  caption,
}: {
  rows: T[];
  columns: TableColumn<T>[];
  rowKey(row: T): string;
  actions?(row: T): ReactNode;
  caption?: string;
}) {
  return (
    <table>
      {caption && <caption className="muted">{caption}</caption>}
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.label} scope="col" aria-sort={c.sorted}>
              {c.header ?? c.label}
            </th>
          ))}
          {actions && (
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((c) => (
              <td key={c.label}>{c.cell(row)}</td>
            ))}
            {actions && (
              <td>
                <div className="actions">{actions(row)}</div>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
