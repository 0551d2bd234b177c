import type { DataPath } from '../../problems.ts';
import type { SlideIssue } from '../slide.ts';

interface TableLike {
  columns: readonly { id: string }[];
  rows: readonly { metric: string }[];
}

type ColumnRef = string | { column: string; base?: string | undefined; per?: string | undefined };
type RowRef = number | string;

/**
 * The column ids and row metrics a slide's options name, checked against its table document, so a
 * typo is a located error from `quarterdeck check` and `build` instead of a gap on the slide.
 */
export function checkTableChoices(
  doc: TableLike,
  options: { columns?: readonly ColumnRef[] | undefined; rows?: readonly string[] | { from?: RowRef | undefined; to?: RowRef | undefined } | undefined; emphasis?: readonly string[] | undefined },
): SlideIssue[] {
  const issues: SlideIssue[] = [];
  const columns = doc.columns.map((column) => column.id);
  const metrics = doc.rows.map((row) => row.metric);
  const column = (id: string, path: DataPath) => {
    if (!columns.includes(id)) issues.push({ path, message: `No column ${id} in the data. Its columns: ${columns.join(', ')}.` });
  };
  const metric = (id: string, path: DataPath) => {
    if (!metrics.includes(id)) issues.push({ path, message: `No row with metric ${id} in the data. Its rows: ${metrics.join(', ')}.` });
  };
  options.columns?.forEach((choice, index) => {
    if (typeof choice === 'string') return column(choice, ['columns', index]);
    column(choice.column, ['columns', index, 'column']);
    if (choice.base !== undefined) column(choice.base, ['columns', index, 'base']);
    if (choice.per !== undefined) metric(choice.per, ['columns', index, 'per']);
  });
  if (Array.isArray(options.rows)) options.rows.forEach((id, index) => metric(id, ['rows', index]));
  else if (options.rows) {
    const range = options.rows as { from?: RowRef | undefined; to?: RowRef | undefined };
    for (const end of ['from', 'to'] as const) {
      const ref = range[end];
      if (typeof ref === 'string') metric(ref, ['rows', end]);
      else if (typeof ref === 'number' && ref > metrics.length) issues.push({ path: ['rows', end], message: `Row ${ref} is past the last row (${metrics.length}).` });
    }
  }
  options.emphasis?.forEach((id, index) => metric(id, ['emphasis', index]));
  return issues;
}
