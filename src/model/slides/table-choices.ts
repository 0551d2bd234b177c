import type { DataPath } from '../data-path.ts';
import type { SlideIssue } from '../slide.ts';

interface TableLike {
  columns: readonly { id: string }[];
  rows: readonly { metric: string }[];
}

type ColumnRef = string | { column: string; base?: string | undefined; per?: string | undefined };
type RowRef = number | string;

/** An issue at `path` when the table has no column `id`; none when it has. */
export function columnIssues(doc: TableLike, id: string | undefined, path: DataPath): SlideIssue[] {
  const columns = doc.columns.map((column) => column.id);
  if (id === undefined || columns.includes(id)) return [];
  return [{ path, message: `No column ${id} in the data. Its columns: ${columns.join(', ')}.` }];
}

/** An issue at `path` when the table has no row with metric `id`; none when it has. */
export function metricIssues(doc: TableLike, id: string | undefined, path: DataPath): SlideIssue[] {
  const metrics = doc.rows.map((row) => row.metric);
  if (id === undefined || metrics.includes(id)) return [];
  return [{ path, message: `No row with metric ${id} in the data. Its rows: ${metrics.join(', ')}.` }];
}

/**
 * The column ids and row metrics a slide's options name, checked against its table document, so a
 * typo is a located error from `quarterdeck check` and `build` instead of a gap on the slide.
 */
export function checkTableChoices(
  doc: TableLike,
  options: { columns?: readonly ColumnRef[] | undefined; rows?: readonly string[] | { from?: RowRef | undefined; to?: RowRef | undefined } | undefined; emphasis?: readonly string[] | undefined },
): SlideIssue[] {
  const columns = (options.columns ?? []).flatMap((choice, index) =>
    typeof choice === 'string'
      ? columnIssues(doc, choice, ['columns', index])
      : [
          ...columnIssues(doc, choice.column, ['columns', index, 'column']),
          ...columnIssues(doc, choice.base, ['columns', index, 'base']),
          ...metricIssues(doc, choice.per, ['columns', index, 'per']),
        ],
  );
  const rows = Array.isArray(options.rows)
    ? options.rows.flatMap((id, index) => metricIssues(doc, id, ['rows', index]))
    : (['from', 'to'] as const).flatMap((end): SlideIssue[] => {
        const ref = (options.rows as { from?: RowRef | undefined; to?: RowRef | undefined } | undefined)?.[end];
        if (typeof ref === 'string') return metricIssues(doc, ref, ['rows', end]);
        if (typeof ref === 'number' && ref > doc.rows.length) {
          return [{ path: ['rows', end], message: `Row ${ref} is past the last row (${doc.rows.length}).` }];
        }
        return [];
      });
  const emphasis = (options.emphasis ?? []).flatMap((id, index) => metricIssues(doc, id, ['emphasis', index]));
  return [...columns, ...rows, ...emphasis];
}
